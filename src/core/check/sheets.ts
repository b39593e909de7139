import { t } from "../i18n/messages";
import type { Lang } from "../i18n/types";
import type { CellValue } from "../model/grid";
import { cellAddress, parseCellAddress, rangeAddress } from "../sheet/address";
import type { CellLink, CellStyle, ColumnSpec, ConditionalFormatSpec, SheetModel } from "../sheet/model";
import { attachedLine, dateLine, documentHeader, recipientLines, signatureLines, typeLine, type HeaderLine } from "../document/parts";
import { formatNumber, percentDecimals, displayWidth } from "./format";
import type { Status } from "./judge";
import { issueCounts, type CheckResult, type OrganisationRow, type TargetResult } from "./run";

/** Sheet names of the check's output (Vietnamese, as staff know them; roles mark them as the add-in's own). */
export const SUMMARY_SHEET = "Tổng hợp";
export const BY_ORG_SHEET = "Theo tổ chức";
export const ISSUES_SHEET = "Lỗi dữ liệu";

const FONT = "Times New Roman";

/** Icon + word for a status: the verdict never rests on colour alone. */
export const STATUS_ICON: Record<Status, string> = {
  dat: "✔",
  vuot: "▲",
  "chua-dat": "✘",
  "thieu-du-lieu": "?",
  "chua-den-han": "…",
};

export function statusText(status: Status, lang: Lang): string {
  return `${STATUS_ICON[status]} ${t(`status.${status}`, lang)}`;
}

/** Registers cell styles by content so identical styles share one id. */
export class StyleBook {
  readonly styles: Record<string, CellStyle> = {};
  private ids = new Map<string, string>();
  id(style: CellStyle): string {
    const key = JSON.stringify(style);
    let id = this.ids.get(key);
    if (!id) {
      id = `s${this.ids.size + 1}`;
      this.ids.set(key, id);
      this.styles[id] = style;
    }
    return id;
  }
}

/** A sheet being built row by row. */
export class Grid {
  values: CellValue[][] = [];
  styleIds: (string | null)[][] = [];
  merges: string[] = [];
  rowHeights: Record<number, number> = {};
  constructor(readonly width: number) {}
  row(): number {
    this.values.push(new Array<CellValue>(this.width).fill(null));
    this.styleIds.push(new Array<string | null>(this.width).fill(null));
    return this.values.length - 1;
  }
  set(r: number, c: number, v: CellValue, style: string | null = null): void {
    this.values[r][c] = v;
    this.styleIds[r][c] = style;
  }
  /** Merge columns c1..c2 of row r, styling every cell (borders show on merged cells). */
  merge(r: number, c1: number, c2: number, v: CellValue, style: string | null): void {
    for (let c = c1; c <= c2; c++) this.set(r, c, c === c1 ? v : null, style);
    if (c2 > c1) this.merges.push(rangeAddress(r, c1, r, c2));
  }
}

export function font(extra: CellStyle["font"] = {}, size = 12): CellStyle["font"] {
  return { name: FONT, size, ...extra };
}

export const BORDER = { top: true, bottom: true, left: true, right: true };

/** Lines a text needs in a column of `width` characters (for row heights: Excel does not grow rows on open). */
export function linesFor(text: string, width: number, fontSize = 12): number {
  if (!text) return 1;
  // Times New Roman is narrow: about 1.15 characters per width unit at 12 pt (more at 11 pt).
  // Word wrapping leaves lines part-empty: count on ~88% of the width.
  const perLine = Math.max(1, (width - 1) * 1.15 * 0.88 * (12 / fontSize));
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / perLine)), 0);
}

// ---------------------------------------------------------------------------------------------

// The date line is one of the document parts shared with the Word report.
export { dateLine };

/** "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT NĂM 2024" or "… 6 THÁNG ĐẦU NĂM 2024". */
export function summaryTitle(result: Pick<CheckResult, "period">, lang: Lang): string {
  const year = result.period.year;
  let when: string;
  if (result.period.months >= 12) when = year ? t("check.sheet.title-year", lang, { year }) : "";
  else {
    const label = result.period.label[lang];
    const hasYear = lang === "vi" ? /năm\s*$/i.test(label) : false;
    when = year ? (hasYear ? `${label} ${year}` : t("check.sheet.title-period-year", lang, { period: label, year })) : label;
  }
  const title = `${t("check.sheet.title", lang)} ${when}`.trim();
  return lang === "vi" ? title.toLocaleUpperCase("vi") : title.toUpperCase();
}

export function countLine(result: CheckResult, lang: Lang): string {
  const s = result.summary;
  const parts: string[] = [];
  const order: Status[] = ["dat", "vuot", "chua-dat", "thieu-du-lieu", "chua-den-han"];
  for (const st of order) if (s[st] > 0 || st === "dat" || st === "chua-dat") parts.push(`${s[st]} ${t(`status.${st}`, lang).toLocaleLowerCase(lang)}`);
  return t("check.sheet.count-line", lang, { total: s.total, parts: parts.join(", ") });
}

const OP_SIGN: Record<string, string> = { ">=": "≥ ", ">": "> ", "<=": "≤ ", "<": "< ", "=": "", range: "" };

/** Excel number format for a percent with `d` decimals: "0%", "0.0%". */
function pctFormat(d: number): string {
  return d > 0 ? `0.${"0".repeat(d)}%` : "0%";
}

function quote(s: string): string {
  return `"${s.replace(/"/g, "")}"`;
}

/** Threshold cell: the number with a format carrying the comparison ("≥ 90%"), or text for ranges and ratings. */
function thresholdCell(r: TargetResult, lang: Lang): { value: CellValue; format?: string } {
  const tg = r.target;
  if (typeof tg.value !== "number") {
    const key = tg.op === ">=" ? "check.sheet.rating-at-least" : tg.op === "<=" ? "check.sheet.rating-at-most" : "check.sheet.rating-exactly";
    return { value: t(key, lang, { rating: tg.value }) };
  }
  const percent = tg.kind === "percent";
  const perMille = tg.unit === "‰";
  if (tg.op === "range" && tg.max !== null) {
    if (percent) {
      const scale = perMille ? 1000 : 100;
      const d = Math.max(percentDecimals(tg.value), percentDecimals(tg.max));
      return { value: `${formatNumber(tg.value * scale, d, lang)} – ${formatNumber(tg.max * scale, d, lang)}${perMille ? "‰" : "%"}` };
    }
    return { value: `${formatNumber(tg.value, 0, lang)} – ${formatNumber(tg.max, 0, lang)}` };
  }
  const sign = OP_SIGN[tg.op] ?? "";
  const prefix = sign ? quote(sign) : "";
  if (percent && perMille) return { value: tg.value * 1000, format: `${prefix}0.##${quote("‰")}` };
  if (percent) return { value: tg.value, format: `${prefix}${pctFormat(percentDecimals(tg.value))}` };
  // Per-unit: a label ("≥ 1 / chi bộ cơ sở"), too long for a number format in a narrow column.
  if (tg.per) return { value: `${sign}${formatNumber(tg.value, 0, lang)} / ${tg.per}` };
  return { value: tg.value, format: `${prefix}#,##0` };
}

function actualCell(r: TargetResult): { value: CellValue; format?: string } {
  if (r.value === null) return { value: null };
  if (typeof r.value === "string") return { value: r.value };
  if (r.perUnit && r.target.kind !== "percent") return { value: r.value, format: `#,##0${quote(` / ${r.perUnit.total}`)}` };
  if (r.target.kind === "percent") {
    if (r.target.unit === "‰") return { value: r.value * 1000, format: `0.00${quote("‰")}` };
    const d = typeof r.target.value === "number" ? Math.max(1, percentDecimals(r.target.value) + 1) : 1;
    return { value: r.value, format: pctFormat(d) };
  }
  return { value: r.value, format: Number.isInteger(r.value) ? "#,##0" : "#,##0.0" };
}

function noteText(r: TargetResult, result: CheckResult, lang: Lang): string {
  const parts: string[] = [];
  const gap = r.gapText[lang];
  if (gap) parts.push(capitalise(gap) + ".");
  if (r.missing) parts.push(capitalise(r.missing[lang]) + ".");
  const tg = r.target;
  if (tg.stretch !== null && tg.stretch !== undefined) {
    const s = typeof tg.stretch === "number" ? (tg.kind === "percent" ? `${formatNumber(tg.stretch * 100, percentDecimals(tg.stretch), lang)}%` : formatNumber(tg.stretch, 0, lang)) : tg.stretch;
    parts.push(t("check.sheet.stretch", lang, { value: s }));
  }
  if (tg.deadline) parts.push(t("check.sheet.deadline", lang, { year: tg.deadline }));
  if (r.progress && r.progress.status !== "dat") {
    parts.push(capitalise(t("check.progress.expected", lang, { expected: formatNumber(r.progress.expected, Number.isInteger(r.progress.expected) ? 0 : 1, lang), months: result.period.months })) + ".");
  }
  if (r.numerator !== null && r.denominator !== null && r.target.kind === "percent" && !r.perUnit) {
    parts.push(`${formatNumber(r.numerator, 0, lang)}/${formatNumber(r.denominator, 0, lang)}.`);
  }
  return parts.join(" ");
}

function capitalise(s: string): string {
  return s ? s.charAt(0).toLocaleUpperCase() + s.slice(1) : s;
}

const STATUS_COLOURS: { icon: string; font: string; fill: string }[] = [
  { icon: STATUS_ICON.dat, font: "#006100", fill: "#C6EFCE" },
  { icon: STATUS_ICON.vuot, font: "#1F4E79", fill: "#BDD7EE" },
  { icon: STATUS_ICON["chua-dat"], font: "#9C0006", fill: "#FFC7CE" },
  { icon: STATUS_ICON["thieu-du-lieu"], font: "#9C5700", fill: "#FFEB9C" },
  { icon: STATUS_ICON["chua-den-han"], font: "#595959", fill: "#EDEDED" },
];

/** Document header: superior and issuing committee, "*" and the number left; party and date line right. */
function summaryHeader(g: Grid, book: StyleBook, result: CheckResult, lang: Lang): void {
  const style = (l: HeaderLine) => book.id({ font: font({ bold: l.bold, italic: l.italic, underline: l.underline }, 13), alignment: { horizontal: "center", vertical: "middle", wrap: true } });
  const { left, right } = documentHeader(result.header, lang);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const r = g.row();
    if (left[i]) g.merge(r, 0, 2, left[i].text, style(left[i]));
    if (right[i]) g.merge(r, 4, 7, right[i].text || null, style(right[i]));
    g.rowHeights[r] = 18;
  }
}

/** "Nơi nhận:" (left) and the signature block (right) under the notes, as in the Word report. */
function summaryEnd(g: Grid, book: StyleBook, result: CheckResult, lang: Lang): void {
  g.row();
  const recipients = [t("doc.recipients", lang), ...recipientLines(result.header, lang)];
  const title = signatureLines(result.header, lang);
  const signer = result.header.signer?.trim() ?? "";
  // Title lines, four blank rows to sign in, then the name.
  const right = [...title, "", "", "", "", signer];
  const headStyle = book.id({ font: font({ bold: true, italic: true }, 12), alignment: { horizontal: "left", vertical: "top" } });
  const lineStyle = book.id({ font: font({}, 11), alignment: { horizontal: "left", vertical: "top" } });
  const signStyle = book.id({ font: font({ bold: true }, 13), alignment: { horizontal: "center", vertical: "top" } });
  for (let i = 0; i < Math.max(recipients.length, right.length); i++) {
    const r = g.row();
    if (i < recipients.length) g.merge(r, 0, 1, recipients[i], i === 0 ? headStyle : lineStyle);
    if (i < right.length && right[i]) g.merge(r, 4, 7, right[i], signStyle);
    g.rowHeights[r] = 17;
  }
}

function buildSummary(result: CheckResult, lang: Lang): SheetModel {
  const book = new StyleBook();
  // At year-end the (hidden) progress column's room goes to the notes.
  // Column I (sources: sheet references) stays outside the print area: the printed document names no cell.
  const cols = result.period.months >= 12 ? [5, 50, 13, 13, 11, 15, 13, 40, 34] : [5, 50, 13, 13, 11, 15, 13, 32, 34];
  const g = new Grid(cols.length);
  summaryHeader(g, book, result, lang);
  g.row();
  // Type of document (BÁO CÁO / PHỤ LỤC, with the report it goes with), as in the Word report.
  const typeRow = g.row();
  g.merge(typeRow, 0, 7, typeLine(result.header, lang), book.id({ font: font({ bold: true }, 15), alignment: { horizontal: "center", vertical: "middle" } }));
  g.rowHeights[typeRow] = 22;
  const attached = attachedLine(result.header, lang);
  if (attached) g.merge(g.row(), 0, 7, attached, book.id({ font: font({ italic: true }, 13), alignment: { horizontal: "center", vertical: "middle" } }));
  const titleRow = g.row();
  g.merge(titleRow, 0, 7, summaryTitle(result, lang), book.id({ font: font({ bold: true }, 14), alignment: { horizontal: "center", vertical: "middle", wrap: true } }));
  g.rowHeights[titleRow] = 24;
  const countRow = g.row();
  g.merge(countRow, 0, 7, countLine(result, lang), book.id({ font: font({ italic: true }, 12), alignment: { horizontal: "center", vertical: "middle" } }));
  g.row();

  // Table.
  const head = g.row();
  const th = book.id({ font: font({ bold: true }), fill: "#D9D9D9", border: BORDER, alignment: { horizontal: "center", vertical: "middle", wrap: true } });
  const headers = ["stt", "text", "threshold", "actual", "percent", "status", "progress", "note", "source"].map((k) => t(`check.sheet.col.${k}`, lang));
  headers.forEach((h, c) => g.set(head, c, h, th));
  g.rowHeights[head] = 33;
  const tableStart = head + 1;
  const tdCenter = book.id({ font: font(), border: BORDER, alignment: { horizontal: "center", vertical: "top", wrap: true } });
  const tdText = book.id({ font: font(), border: BORDER, alignment: { horizontal: "left", vertical: "top", wrap: true } });
  const tdChild = book.id({ font: font({ italic: true }), border: BORDER, alignment: { horizontal: "left", vertical: "top", wrap: true, indent: 2 } });
  const tdNote = book.id({ font: font({}, 11), border: BORDER, alignment: { horizontal: "left", vertical: "top", wrap: true } });
  const tdRight = book.id({ font: font(), border: BORDER, alignment: { horizontal: "right", vertical: "top", wrap: true } });
  // Verdict colours are written on the cell too (not only as conditional formats, which some readers skip).
  const statusStyle = new Map(
    STATUS_COLOURS.map((c) => [c.icon, book.id({ font: font({ bold: true, color: c.font }), fill: c.fill, border: BORDER, alignment: { horizontal: "center", vertical: "top", wrap: true } })]),
  );
  const numStyle = (format?: string) => book.id({ font: font(), border: BORDER, alignment: { horizontal: "right", vertical: "top", wrap: true }, ...(format ? { numberFormat: format } : {}) });

  const numberOf = new Map<string, string>();
  let top = 0;
  const childCount = new Map<string, number>();
  for (const r of result.targets) {
    const row = g.row();
    let stt: CellValue;
    const parentNo = r.parent ? numberOf.get(r.parent) : undefined;
    if (parentNo) {
      const k = (childCount.get(r.parent as string) ?? 0) + 1;
      childCount.set(r.parent as string, k);
      stt = `${parentNo}.${k}`;
    } else {
      top++;
      stt = top;
    }
    numberOf.set(r.id, String(stt));
    g.set(row, 0, stt, tdCenter);
    g.set(row, 1, r.text, parentNo ? tdChild : tdText);
    const th1 = thresholdCell(r, lang);
    g.set(row, 2, th1.value, typeof th1.value === "number" ? numStyle(th1.format) : tdRight);
    const ac = actualCell(r);
    g.set(row, 3, ac.value, typeof ac.value === "number" ? numStyle(ac.format) : tdCenter);
    g.set(row, 4, r.percentOfTarget, numStyle("0.0%"));
    g.set(row, 5, statusText(r.status, lang), statusStyle.get(STATUS_ICON[r.status]) ?? null);
    g.set(row, 6, r.progress ? t(`check.progress.${r.progress.status}`, lang) : null, tdCenter);
    const note = noteText(r, result, lang);
    g.set(row, 7, note, tdNote);
    g.set(row, 8, r.source ? t("check.sheet.source", lang, { source: r.source, basis: t(`check.basis.${r.basis}`, lang) }) : null, tdNote);
    const lineCount = Math.max(linesFor(r.text, cols[1] - (parentNo ? 3 : 0)), linesFor(note, cols[7], 11) * (14 / 15), linesFor(String(th1.value ?? ""), cols[2]), 1);
    g.rowHeights[row] = Math.min(409, Math.max(18, Math.ceil(lineCount * 15 + 4)));
  }
  const tableEnd = g.values.length - 1;

  // Notes under the table.
  g.row();
  const foot = book.id({ font: font({ italic: true }, 12), alignment: { horizontal: "left", vertical: "top", wrap: true } });
  const fullWidth = cols.reduce((a, b, c) => a + ((c === 6 && result.period.months >= 12) || c === 8 ? 0 : b), 0);
  for (const key of ["check.sheet.footnote-rated", "check.sheet.footnote-numbers"]) {
    const r = g.row();
    const text = t(key, lang);
    g.merge(r, 0, 7, text, foot);
    g.rowHeights[r] = linesFor(text, fullWidth) * 15 + 4;
  }
  summaryEnd(g, book, result, lang);
  const printEnd = g.values.length - 1;

  const conditionalFormats: ConditionalFormatSpec[] =
    tableEnd >= tableStart
      ? STATUS_COLOURS.map((c) => ({
          range: rangeAddress(tableStart, 5, tableEnd, 5),
          type: "containsText" as const,
          text: c.icon,
          style: { font: { name: FONT, bold: true, color: c.font }, fill: c.fill },
        }))
      : [];
  return {
    name: SUMMARY_SHEET,
    role: "summary",
    values: g.values,
    styles: book.styles,
    styleIds: g.styleIds,
    merges: g.merges,
    // The progress column only means something part-way through the year.
    columns: cols.map((width, c): ColumnSpec => (c === 6 && result.period.months >= 12 ? { width, hidden: true } : { width })),
    rowHeights: g.rowHeights,
    freeze: { rows: head + 1, columns: 0 },
    conditionalFormats,
    page: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      printTitleRows: `${head + 1}:${head + 1}`,
      printArea: rangeAddress(0, 0, printEnd, 7),
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6 },
      footer: t("check.sheet.footer", lang),
    },
    tabColor: "#C00000",
  };
}

// ---------------------------------------------------------------------------------------------

const INDICATOR_COLUMN: Record<string, number> = {
  "org.exemplars.per_unit": 8,
  "org.models.per_unit": 9,
  "org.danvankheo.per_unit": 10,
};

function buildByOrganisation(result: CheckResult, lang: Lang): SheetModel {
  const book = new StyleBook();
  const cols = [6, 42, 18, 36, 10, 9, 12, 12, 10, 9, 9, 11, 40];
  const g = new Grid(cols.length);
  const title = g.row();
  g.merge(title, 0, 7, t("check.sheet.by-org.title", lang), book.id({ font: font({ bold: true }, 14), alignment: { horizontal: "left" } }));
  const sub = g.row();
  g.merge(sub, 0, 12, t("check.sheet.by-org.subtitle", lang), book.id({ font: font({ italic: true }), alignment: { horizontal: "left" } }));
  g.row();
  const head = g.row();
  const th = book.id({ font: font({ bold: true }), fill: "#D9D9D9", border: BORDER, alignment: { horizontal: "center", vertical: "middle", wrap: true } });
  const keys = ["stt", "name", "type", "parent", "members", "admitted", "good", "inspected", "exemplars", "models", "danvankheo", "rating", "shortfalls"];
  keys.forEach((k, c) => g.set(head, c, t(`check.sheet.by-org.col.${k}`, lang), th));
  g.rowHeights[head] = 48;
  // One line per organisation (a list of hundreds of rows reads best unwrapped).
  const text = book.id({ font: font(), border: BORDER, alignment: { vertical: "top" } });
  const center = book.id({ font: font(), border: BORDER, alignment: { horizontal: "center", vertical: "top" } });
  const int = book.id({ font: font(), border: BORDER, numberFormat: "#,##0", alignment: { vertical: "top" } });
  const pct = book.id({ font: font(), border: BORDER, numberFormat: "0.0%", alignment: { vertical: "top" } });
  const short = book.id({ font: font({ bold: true, color: "#9C0006" }), fill: "#FFC7CE", border: BORDER, numberFormat: "#,##0", alignment: { vertical: "top" } });
  const shortText = book.id({ font: font({ bold: true, color: "#9C0006" }), border: BORDER, alignment: { vertical: "top" } });
  const targetNo = new Map<string, string>();
  let top = 0;
  for (const r of result.targets) if (!r.parent) targetNo.set(r.id, String(++top));
  result.organisations.forEach((o: OrganisationRow, i) => {
    const row = g.row();
    g.set(row, 0, i + 1, center);
    g.set(row, 1, o.name, text);
    g.set(row, 2, t(`check.sheet.org-type.${o.type}`, lang), text);
    g.set(row, 3, o.parent, text);
    g.set(row, 4, o.members, int);
    g.set(row, 5, o.admitted, int);
    g.set(row, 6, o.memberGoodShare, pct);
    g.set(row, 7, o.memberInspectedShare, pct);
    g.set(row, 8, o.exemplars, int);
    g.set(row, 9, o.models, int);
    g.set(row, 10, o.danVanKheo, int);
    g.set(row, 11, o.rating, center);
    const shortCols = new Set(o.shortfalls.map((s) => INDICATOR_COLUMN[s.indicator]).filter((c) => c !== undefined));
    for (const c of shortCols) g.styleIds[row][c] = short;
    const desc = o.shortfalls.map((s) => t("check.sheet.by-org.shortfall", lang, { target: targetNo.get(s.targetId) ?? s.targetId, value: s.value === null ? "—" : formatNumber(s.value, 0, lang) }));
    // A đảng bộ's figure that is the sum of its chi bộ trực thuộc says so (the judgement used that sum).
    const summed = o.summed.length ? t("check.sheet.by-org.summed", lang, { columns: o.summed.map((k) => t(`check.sheet.by-org.col.${k}`, lang)).join(", ") }) : null;
    const shortNote = desc.length ? `${STATUS_ICON["chua-dat"]} ${desc.join("; ")}` : null;
    g.set(row, 12, [shortNote, summed].filter(Boolean).join("; ") || null, desc.length ? shortText : text);
  });
  const last = g.values.length - 1;
  const hasRows = last > head;
  return {
    name: BY_ORG_SHEET,
    role: "by-organisation",
    values: g.values,
    styles: book.styles,
    styleIds: g.styleIds,
    merges: g.merges,
    columns: cols.map((width): ColumnSpec => ({ width })),
    rowHeights: g.rowHeights,
    freeze: { rows: head + 1, columns: 2 },
    table: hasRows ? { name: "NQ_TheoToChuc", range: rangeAddress(head, 0, last, cols.length - 1), style: "TableStyleLight1" } : null,
    conditionalFormats: hasRows ? [{ range: rangeAddress(head + 1, 12, last, 12), type: "containsText", text: STATUS_ICON["chua-dat"], style: { fill: "#FFC7CE" } }] : [],
    page: { orientation: "landscape", paperSize: "A4", fitToWidth: true, printTitleRows: `${head + 1}:${head + 1}`, footer: t("check.sheet.footer", lang) },
  };
}

// ---------------------------------------------------------------------------------------------

function buildIssues(result: CheckResult, lang: Lang): SheetModel {
  const book = new StyleBook();
  const cols = [6, 11, 26, 18, 12, 80];
  const g = new Grid(cols.length);
  const title = g.row();
  g.merge(title, 0, 5, t("check.sheet.issues.title", lang), book.id({ font: font({ bold: true }, 14) }));
  const sub = g.row();
  const counts = issueCounts(result);
  g.merge(sub, 0, 5, t("check.sheet.issues.subtitle", lang, { errors: formatNumber(counts.errors, 0, lang), warnings: formatNumber(counts.warnings, 0, lang) }), book.id({ font: font({ italic: true }) }));
  g.row();
  const head = g.row();
  const th = book.id({ font: font({ bold: true }), fill: "#D9D9D9", border: BORDER, alignment: { horizontal: "center", vertical: "middle", wrap: true } });
  ["stt", "severity", "code", "sheet", "cell", "message"].forEach((k, c) => g.set(head, c, t(`check.sheet.issues.col.${k}`, lang), th));
  const text = book.id({ font: font(), border: BORDER, alignment: { vertical: "top", wrap: true } });
  const center = book.id({ font: font(), border: BORDER, alignment: { horizontal: "center", vertical: "top" } });
  const link = book.id({ font: font({ underline: true, color: "#0563C1" }), border: BORDER, alignment: { horizontal: "center", vertical: "top" } });
  const errorStyle = book.id({ font: font({ bold: true, color: "#9C0006" }), border: BORDER, alignment: { horizontal: "center", vertical: "top" } });
  const links: CellLink[] = [];
  result.issues.forEach((issue, i) => {
    const row = g.row();
    g.set(row, 0, i + 1, center);
    g.set(row, 1, t(`severity.${issue.severity}`, lang), issue.severity === "error" ? errorStyle : center);
    g.set(row, 2, issue.code, text);
    g.set(row, 3, issue.sheet, text);
    const target = issue.cell ? issue.cell.split(":")[0] : null;
    const ok = issue.sheet && target && parseCellAddress(target);
    g.set(row, 4, issue.cell, ok ? link : center);
    if (ok) links.push({ cell: cellAddress(row, 4), sheet: issue.sheet as string, address: target as string, tooltip: t("check.sheet.issues.jump", lang) });
    const msg = lang === "en" ? issue.messageEn : issue.message;
    g.set(row, 5, msg, text);
    const n = linesFor(msg, cols[5]);
    if (n > 1) g.rowHeights[row] = n * 15.5 + 3;
  });
  if (result.issues.length === 0 && counts.omitted === 0) {
    const row = g.row();
    g.merge(row, 0, 5, t("check.sheet.issues.none", lang), text);
  }
  const last = g.values.length - 1;
  const hasRows = result.issues.length > 0;
  if (counts.omitted > 0) tallyRows(result, lang, g, { text, center, link, errorStyle, head: book.id({ font: font({ bold: true, italic: true }), alignment: { wrap: true, vertical: "top" } }) }, links);
  return {
    name: ISSUES_SHEET,
    role: "issues",
    values: g.values,
    styles: book.styles,
    styleIds: g.styleIds,
    merges: g.merges,
    columns: cols.map((width): ColumnSpec => ({ width })),
    rowHeights: g.rowHeights,
    freeze: { rows: head + 1, columns: 0 },
    links,
    table: hasRows ? { name: "NQ_LoiDuLieu", range: rangeAddress(head, 0, last, cols.length - 1), style: "TableStyleLight1" } : null,
    conditionalFormats: hasRows ? [{ range: rangeAddress(head + 1, 1, last, 1), type: "containsText", text: t("severity.error", lang), style: { font: { bold: true, color: "#9C0006" } } }] : [],
    page: { orientation: "landscape", paperSize: "A4", fitToWidth: true, printTitleRows: `${head + 1}:${head + 1}`, footer: t("check.sheet.footer", lang) },
  };
}

/**
 * Below the table of listed issues: the ones only counted (past ISSUE_LIST_LIMIT), one row per code, sheet
 * and column with the count and a link to the first of them.
 */
function tallyRows(result: CheckResult, lang: Lang, g: Grid, st: { text: string; center: string; link: string; errorStyle: string; head: string }, links: CellLink[]): void {
  const counts = issueCounts(result);
  g.row();
  const intro = g.row();
  g.merge(intro, 0, 5, t("check.sheet.issues.omitted", lang, { listed: formatNumber(counts.listed, 0, lang), omitted: formatNumber(counts.omitted, 0, lang) }), st.head);
  g.rowHeights[intro] = 34;
  for (const o of result.issuesOmitted) {
    const row = g.row();
    g.set(row, 1, t(`severity.${o.severity}`, lang), o.severity === "error" ? st.errorStyle : st.center);
    g.set(row, 2, o.code, st.text);
    g.set(row, 3, o.sheet, st.text);
    const target = o.firstCell ? o.firstCell.split(":")[0] : null;
    const ok = o.sheet && target && parseCellAddress(target);
    g.set(row, 4, o.firstCell, ok ? st.link : st.center);
    if (ok) links.push({ cell: cellAddress(row, 4), sheet: o.sheet as string, address: target as string, tooltip: t("check.sheet.issues.jump", lang) });
    const key = o.column ? "check.sheet.issues.omitted-row" : "check.sheet.issues.omitted-row-nocolumn";
    g.set(row, 5, t(key, lang, { count: formatNumber(o.count, 0, lang), column: o.column ?? "" }), st.text);
  }
}

/** The three output sheets of a check: "Tổng hợp", "Theo tổ chức", "Lỗi dữ liệu". */
export function buildSummarySheets(result: CheckResult, lang: Lang = result.lang): SheetModel[] {
  return [buildSummary(result, lang), buildByOrganisation(result, lang), buildIssues(result, lang)];
}
