import { t } from "../i18n/messages";
import type { SheetModel } from "./model";

/**
 * Excel's limits on text (Microsoft: "Excel specifications and limits"). A longer cell makes Excel
 * report the file as damaged; a longer prompt or tooltip makes it drop the rule or the link.
 */
export const EXCEL_TEXT_LIMITS = {
  /** Characters (UTF-16 code units) in one cell. */
  cell: 32_767,
  /** Input message and error message of a data validation. */
  prompt: 255,
  /** Screen tip of a hyperlink. */
  tooltip: 255,
} as const;

/**
 * The one rule for text that may be too long for Excel: left as it is when it fits, else cut and ended
 * with a marker that says so and how much was left out ("… [đã cắt bớt 117.491 ký tự: …]"). Never cuts
 * a character in two (a surrogate pair). Every writer (the .xlsx file writer and the Office.js writer) calls it.
 */
export function fitText(text: string, max: number = EXCEL_TEXT_LIMITS.cell): string {
  if (text.length <= max) return text;
  const count = String(text.length).replace(/\B(?=(\d{3})+(?!\d))/g, "."); // 150.258, as Vietnamese writes it
  let marker = t("sheet.text-truncated", "vi", { count });
  if (marker.length >= max) marker = "…";
  let end = max - marker.length;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--; // a high surrogate whose pair would be cut off
  return text.slice(0, end) + marker;
}

/** A cell value with its text fitted (numbers, booleans, dates and blanks unchanged). */
export function fitCellValue<T>(value: T): T {
  return (typeof value === "string" && value.length > EXCEL_TEXT_LIMITS.cell ? fitText(value) : value) as T;
}

type FittableSheet = Pick<SheetModel, "values" | "links" | "validations">;

/**
 * The same sheet with every text within Excel's limits: cell values, link tooltips, validation messages.
 * Rows and lists that need nothing are shared, not copied; the input is not modified. Both writers call
 * it on each sheet before writing.
 */
export function fitSheetText<T extends FittableSheet>(model: T): T {
  let values = model.values;
  for (let r = 0; r < model.values.length; r++) {
    const row = model.values[r];
    if (!row || !row.some((v) => typeof v === "string" && v.length > EXCEL_TEXT_LIMITS.cell)) continue;
    if (values === model.values) values = model.values.slice();
    values[r] = row.map(fitCellValue);
  }
  const tip = EXCEL_TEXT_LIMITS.tooltip;
  const long = (s: string | undefined, max: number) => s !== undefined && s.length > max;
  const links = model.links?.some((l) => long(l.tooltip, tip)) ? model.links.map((l) => (long(l.tooltip, tip) ? { ...l, tooltip: fitText(l.tooltip as string, tip) } : l)) : model.links;
  const p = EXCEL_TEXT_LIMITS.prompt;
  const validations = model.validations?.some((v) => long(v.prompt, p) || long(v.error, p))
    ? model.validations.map((v) => ({ ...v, prompt: v.prompt === undefined ? undefined : fitText(v.prompt, p), error: v.error === undefined ? undefined : fitText(v.error, p) }))
    : model.validations;
  if (values === model.values && links === model.links && validations === model.validations) return model;
  return { ...model, values, links, validations };
}
