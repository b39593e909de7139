/**
 * The Party report (src/core/report) as a Word .docx, with the `docx` package: no hand-written OOXML.
 * Runs in Node and in the task pane (bytes out; the caller writes the file or offers the download).
 * Layout per Hướng dẫn 36-HD/VPTW: A4, Times New Roman 13–15, margins top/bottom 20 mm, left 30 mm,
 * right 15 mm, header in two columns, the table's header row repeated on every page, page numbers.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import type { Status } from "../core/check/judge";
import type { HeaderLine } from "../core/document/parts";
import type { ReportDocument, ReportRow, ReportSection } from "../core/report";

const FONT = "Times New Roman";
/** Sizes in points (docx counts half-points). */
const PT = { header: 13, party: 14, type: 15, title: 14, body: 14, table: 13, small: 12, recipients: 12 };
/** Word's own A4 in twips (210 × 297 mm rounded as Word writes it). */
const A4 = { width: 11906, height: 16838 };
/** Millimetres to twips, rounded (docx's own helper truncates: 20 mm would be 1133, not 1134). */
function mm(x: number): number {
  return Math.round((x * 1440) / 25.4);
}
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };

/** Light fills behind the verdict (the icon and word carry the meaning; fills only help on screen). */
const STATUS_FILL: Record<Status, string> = { dat: "E2EFDA", vuot: "DDEBF7", "chua-dat": "FBE5E5", "thieu-du-lieu": "FFF2CC", "chua-den-han": "EDEDED" };

const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

function run(text: string, size: number, o: { bold?: boolean; italic?: boolean; underline?: boolean } = {}): TextRun {
  return new TextRun({ text, font: FONT, size: size * 2, bold: o.bold, italics: o.italic, underline: o.underline ? {} : undefined });
}

function para(text: string, size: number, o: { bold?: boolean; italic?: boolean; underline?: boolean; align?: "left" | "center" | "right" | "both"; indent?: number; before?: number; after?: number; keepNext?: boolean } = {}): Paragraph {
  const align = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, both: AlignmentType.JUSTIFIED }[o.align ?? "left"];
  return new Paragraph({
    alignment: align,
    indent: o.indent ? { left: o.indent } : undefined,
    spacing: { before: o.before ?? 0, after: o.after ?? 0 },
    keepNext: o.keepNext,
    children: [run(text, size, o)],
  });
}

function headerCell(lines: HeaderLine[], width: number, size: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
    // No inner padding: the two columns need all of the line for a long committee name and the date line.
    margins: { left: 0, right: 0 },
    children: lines.map((l) => para(l.text, l.underline ? PT.party : size, { bold: l.bold, italic: l.italic, underline: l.underline, align: "center" })),
  });
}

/** The header's two columns as a borderless table (Word's own way of setting them side by side). */
function headerTable(doc: ReportDocument): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    layout: TableLayoutType.FIXED,
    rows: [new TableRow({ children: [headerCell(doc.header.left, 46, PT.header), headerCell(doc.header.right, 54, PT.header)] })],
  });
}

function cell(text: string, width: number, o: { bold?: boolean; italic?: boolean; align?: "left" | "center" | "right"; indent?: number; fill?: string } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    verticalAlign: VerticalAlign.CENTER,
    shading: o.fill ? { type: ShadingType.CLEAR, color: "auto", fill: o.fill } : undefined,
    margins: { left: 60, right: 60, top: 30, bottom: 30 },
    children: [para(text, PT.table, { bold: o.bold, italic: o.italic, align: o.align, indent: o.indent })],
  });
}

function bodyRow(doc: ReportDocument, r: ReportRow): TableRow {
  const cells = doc.columns.map((c) => {
    switch (c.key) {
      case "stt": return cell(r.no, c.width, { align: "center", italic: r.level > 0 });
      case "text": return cell(r.text, c.width, { italic: r.level > 0, indent: r.level > 0 ? mm(5) : undefined });
      case "threshold": return cell(r.threshold, c.width, { align: "center" });
      case "actual": return cell(r.actual, c.width, { align: "center" });
      case "percent": return cell(r.percent, c.width, { align: "center" });
      case "status": return cell(r.verdict, c.width, { align: "center", bold: r.status === "chua-dat", fill: STATUS_FILL[r.status] });
      case "progress": return cell(r.progress, c.width, { align: "center" });
    }
  });
  return new TableRow({ cantSplit: true, children: cells });
}

/** The targets table: the header row repeats on every page; rows never split across pages. */
function targetsTable(doc: ReportDocument): Table {
  const head = new TableRow({ tableHeader: true, cantSplit: true, children: doc.columns.map((c) => cell(c.label, c.width, { bold: true, align: "center", fill: "D9D9D9" })) });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: GRID, layout: TableLayoutType.FIXED, rows: [head, ...doc.rows.map((r) => bodyRow(doc, r))] });
}

function section(s: ReportSection, no: number): Paragraph[] {
  return [para(`${no}. ${s.heading}`, PT.body, { bold: true, before: 200, after: 60, keepNext: true }), ...s.lines.map((l) => para(l, PT.body, { align: "both", indent: mm(10), after: 60 }))];
}

/** "Nơi nhận:" left, the signature right, side by side (36-HD: the signature block under the text, on the right). */
function endTable(doc: ReportDocument): Table {
  const left = new TableCell({
    width: { size: 45, type: WidthType.PERCENTAGE },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
    children: [para(doc.recipients.heading, PT.recipients, { bold: true, italic: true }), ...doc.recipients.lines.map((l) => para(l, PT.recipients - 1))],
  });
  const space = [1, 2, 3, 4].map(() => para("", PT.body));
  const right = new TableCell({
    width: { size: 55, type: WidthType.PERCENTAGE },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
    children: [...doc.signature.title.map((l) => para(l, PT.body, { bold: true, align: "center" })), ...space, para(doc.signature.signer ?? "", PT.body, { bold: true, align: "center" })],
  });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, layout: TableLayoutType.FIXED, rows: [new TableRow({ cantSplit: true, children: [left, right] })] });
}

function body(doc: ReportDocument): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [headerTable(doc)];
  out.push(para(doc.type, PT.type, { bold: true, align: "center", before: 360 }));
  if (doc.attached) out.push(para(doc.attached, PT.body, { italic: true, align: "center" }));
  out.push(para(doc.title, PT.title, { bold: true, align: "center" }));
  out.push(para("-----", PT.body, { align: "center", after: 120 }));
  out.push(para(doc.countLine, PT.body, { align: "both", indent: mm(10), after: 120 }));
  out.push(targetsTable(doc));
  out.push(para(doc.legend, PT.small, { italic: true, before: 60 }));
  doc.sections.forEach((s, i) => out.push(...section(s, i + 1)));
  out.push(para("", PT.body, { after: 120 }));
  out.push(endTable(doc));
  return out;
}

/** The Word document of a report. */
export function reportDocx(doc: ReportDocument): Document {
  const landscape = doc.orientation === "landscape";
  return new Document({
    creator: "Kiểm tra Nghị quyết",
    title: doc.title,
    styles: { default: { document: { run: { font: FONT, size: PT.body * 2 } } } },
    sections: [
      {
        properties: {
          // docx swaps width and height itself for a landscape page.
          page: { size: { width: A4.width, height: A4.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT }, margin: MARGIN },
        },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: PT.small * 2 })] })] }) },
        children: body(doc),
      },
    ],
  });
}

/** The .docx bytes (Node and browser alike). */
export async function reportDocxBytes(doc: ReportDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(reportDocx(doc)));
}
