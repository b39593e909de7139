import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { writeWorkbookFile } from "../../src/xlsx";
import ExcelJS from "../../src/xlsx/exceljs";
import type * as XL from "exceljs";
import type { SheetModel } from "../../src/core/sheet/model";
import { resultParts } from "../../src/xlsx/sheet-parts";
import { entries, sampleAndResultSheets } from "./merge-fixture";

// The result sheets written as parts by our own writer (the merge path of nq check) against the same
// sheets rendered by ExcelJS (the full-copy path, the writer before): read back by ExcelJS, they must
// show the same cells, styles, merges, columns, rows, panes, validations, conditional formats, tables,
// links and page setup.

/** What a user sees of one worksheet, as ExcelJS reads it back. */
function seen(ws: XL.Worksheet): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (c) => {
      if (c.type === ExcelJS.ValueType.Merge) return;
      const value = c.value;
      // A link's target is compared from the XML (ExcelJS reads back only links with a relationship).
      const v = value && typeof value === "object" && "hyperlink" in value ? value.text : value && typeof value === "object" && "richText" in value ? value.richText.map((r) => r.text).join("") : value;
      const s = c.style;
      const font = s.font ? { name: s.font.name, size: s.font.size, bold: Boolean(s.font.bold), italic: Boolean(s.font.italic), underline: Boolean(s.font.underline), color: s.font.color?.argb ?? null } : null;
      const fill = s.fill && s.fill.type === "pattern" && s.fill.pattern === "solid" ? (s.fill.fgColor?.argb ?? null) : null;
      const border = s.border ? ["top", "bottom", "left", "right"].filter((k) => (s.border as Record<string, { style?: string } | undefined>)[k]?.style === "thin") : [];
      const al = s.alignment ?? {};
      const alignment = { h: al.horizontal ?? null, v: al.vertical ?? null, wrap: Boolean(al.wrapText), indent: al.indent ?? 0 };
      const isEmpty = v === null || v === undefined || v === ""; // an empty text shows as an empty cell
      if (isEmpty && !fill && border.length === 0) return; // an unstyled empty cell shows nothing
      cells[c.address] = { v: isEmpty ? null : v instanceof Date ? v.toISOString() : v, numFmt: s.numFmt ?? null, font: isEmpty ? undefined : font, fill, border, alignment };
    });
  });
  // ExcelJS leaves out a column of width 9 (its own default width); ours writes it as the model says.
  const columns = Array.from({ length: ws.columnCount }, (_, i) => ({ width: ws.getColumn(i + 1).width ?? 9, hidden: Boolean(ws.getColumn(i + 1).hidden) }));
  const heights: Record<number, number> = {};
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    if (row.height) heights[n] = row.height;
  });
  const view = ws.views[0] as Partial<XL.WorksheetViewFrozen> | undefined;
  const model = ws.model as unknown as { merges: string[]; dataValidations?: unknown };
  const dv = (ws as unknown as { dataValidations: { model: Record<string, XL.DataValidation> } }).dataValidations.model;
  const validations = Object.entries(dv).sort(([x], [y]) => x.localeCompare(y)).map(([range, v]) => ({ range, type: v.type, operator: v.operator ?? null, formulae: v.formulae, prompt: v.prompt ?? null, error: v.error ?? null }));
  const cfList = (ws as unknown as { conditionalFormattings: XL.ConditionalFormattingOptions[] }).conditionalFormattings;
  const cfs = cfList.map((cf) => ({ ref: cf.ref, rules: cf.rules.map((r) => ({ type: r.type, formulae: (r as { formulae?: unknown }).formulae, font: r.style?.font ? { bold: Boolean(r.style.font.bold), color: r.style.font.color?.argb } : null, fill: (r.style?.fill as XL.FillPattern | undefined)?.bgColor?.argb ?? null })) }));
  const tables = Object.values((ws as unknown as { tables: Record<string, { table: { name: string; ref?: string; tableRef?: string; columns: { name: string }[]; style?: { theme?: string } } }> }).tables).map((t) => ({ name: t.table.name, ref: t.table.tableRef ?? t.table.ref, columns: t.table.columns.map((c) => c.name), style: t.table.style?.theme ?? null }));
  const p = ws.pageSetup;
  const page = { orientation: p.orientation ?? null, paperSize: p.paperSize ?? null, fitToPage: Boolean(p.fitToPage), fitToWidth: p.fitToPage ? p.fitToWidth : null, fitToHeight: p.fitToPage ? p.fitToHeight : null, printTitlesRow: p.printTitlesRow ?? null, printArea: p.printArea ? p.printArea.replace(/\$/g, "") : null, margins: p.margins ?? null, footer: ws.headerFooter?.oddFooter ?? null };
  return {
    cells,
    columns,
    heights,
    frozen: view && view.state === "frozen" ? { x: view.xSplit ?? 0, y: view.ySplit ?? 0 } : null,
    tabColor: (ws.properties.tabColor as { argb?: string } | undefined)?.argb ?? null,
    state: ws.state,
    merges: [...model.merges].sort(),
    validations,
    cfs,
    tables,
    page,
  };
}

async function readBack(file: string): Promise<XL.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe("result sheets written as parts (no ExcelJS) show what the ExcelJS writer showed", () => {
  let dir: string;
  let sample: ReturnType<typeof sampleAndResultSheets>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "nq-parts-"));
    sample = sampleAndResultSheets(300);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("every result sheet of a check on the dirty sample: same cells, styles, layout, rules and tables", async () => {
    const input = join(dir, "du-lieu.xlsx");
    expect(await writeWorkbookFile(input, sample.sample.sheets)).toEqual({ ok: true });
    const viaParts = join(dir, "parts.xlsx");
    const viaExcelJS = join(dir, "exceljs.xlsx");
    let path = "";
    expect(await writeWorkbookFile(viaParts, sample.sheets, { copyFrom: input, onWritePath: (p) => (path = p) })).toEqual({ ok: true });
    expect(path).toBe("merge");
    expect(await writeWorkbookFile(viaExcelJS, sample.sheets, { copyFrom: input, merge: false })).toEqual({ ok: true });
    const [a, b] = [await readBack(viaParts), await readBack(viaExcelJS)];
    expect(a.worksheets.map((w) => w.name)).toEqual(b.worksheets.map((w) => w.name));
    for (const model of sample.sheets) {
      const wa = a.getWorksheet(model.name);
      const wb = b.getWorksheet(model.name);
      expect(wa && wb).toBeTruthy();
      expect({ sheet: model.name, ...seen(wa as XL.Worksheet) }).toEqual({ sheet: model.name, ...seen(wb as XL.Worksheet) });
    }
    // The issues sheet of the dirty sample links to the cells at fault: each link is in the XML.
    const issues = sample.sheets.find((s) => (s.links ?? []).length > 0) as SheetModel;
    const xml = [...(await entries(readFileSync(viaParts))).entries()].map(([n, x]) => (/worksheets\/sheet\d+\.xml$/.test(n) ? x.toString("utf8") : "")).find((x) => x.includes("<hyperlink ")) ?? "";
    for (const l of issues.links ?? []) expect(xml).toContain(`<hyperlink ref="${l.cell}" location="${`'${l.sheet}'!${l.address}`}"`);
  }, 120000);

  it("formulas with their results, booleans, dates, styled empty cells and overlapping merges", async () => {
    const model: SheetModel = {
      name: "Thử",
      role: "functions-demo",
      values: [["Tên", "Số", "Ngày", "Có"], ["  khoảng trắng ", 3.25, new Date(Date.UTC(2024, 11, 31)), true], [null, 6.5, null, false], [null, null, null]],
      formulas: { B3: "=B2*2", D3: "NOT(D2)" },
      styles: { b: { font: { bold: true, color: "#C00000" }, fill: "#FFF2CC", border: { top: true, bottom: true }, alignment: { horizontal: "center", vertical: "middle", wrap: true } }, d: { numberFormat: "dd/mm/yyyy" } },
      styleIds: [["b", "b", "b", "b"], [null, null, "d", null], ["b", null, null, null], ["b", "b", "b"]],
      merges: ["A4:B4", "B4:C4"],
      columns: [{ width: 20 }, { width: 10, hidden: true }, { width: 14 }, { width: 8 }],
      rowHeights: { 0: 30 },
      freeze: { rows: 1, columns: 1 },
      tabColor: "#2F5597",
      validations: [{ range: "B2:B9", type: "whole", min: 0, max: 100, prompt: "0–100", error: "Sai" }, { range: "C2:C9", type: "date" }, { range: "D2:D9", type: "list", values: ["có", "không"] }],
      page: { orientation: "portrait", paperSize: "A4", fitToWidth: true, printTitleRows: "1:1", printArea: "A1:D3", margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 }, footer: "Trang &P" },
    };
    const input = join(dir, "in2.xlsx");
    expect(await writeWorkbookFile(input, sample.sample.sheets.slice(0, 1))).toEqual({ ok: true });
    const [pa, pb] = [join(dir, "p2.xlsx"), join(dir, "e2.xlsx")];
    expect(await writeWorkbookFile(pa, [model], { copyFrom: input })).toEqual({ ok: true });
    expect(await writeWorkbookFile(pb, [model], { copyFrom: input, merge: false })).toEqual({ ok: true });
    const [a, b] = [await readBack(pa), await readBack(pb)];
    const sa = seen(a.getWorksheet("Thử") as XL.Worksheet);
    expect(sa).toEqual(seen(b.getWorksheet("Thử") as XL.Worksheet));
    expect((sa.merges as string[]).length).toBe(1);
    expect((a.getWorksheet("Thử") as XL.Worksheet).getCell("B3").value).toEqual({ formula: "B2*2", result: 6.5 });
  }, 60000);

  it("the parts name every sheet as told and mark the add-in's own", () => {
    const parts = resultParts(sample.sheets, sample.sheets.map((s, i) => `${s.name} ${i}`));
    const wb = parts.get("xl/workbook.xml") ?? "";
    sample.sheets.forEach((s, i) => expect(wb).toContain(`<sheet name="${s.name} ${i}" sheetId="${i + 1}"`));
    expect(wb).toContain("_NQ_OWN_summary");
    expect([...parts.keys()].filter((k) => k.startsWith("xl/tables/")).length).toBe(sample.sheets.filter((s) => s.table).length);
  });
});
