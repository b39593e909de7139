import { t, tBoth, type MessageParams } from "../core/i18n/messages";
import type { WorkbookGrid } from "../core/model/grid";
import { ZIP_LIMITS, type ZipLimitError } from "./zip";

/** How a workbook read fails, shared by the command line's reader and the pane's (no Node API here). */
export type ReadFailureCode = "not-xlsx" | "ods" | "encrypted" | "xls" | "csv" | "text" | "empty" | "truncated" | "damaged-xml" | "unreadable" | "fs" | "too-big";
export type ReadResult = { ok: true; workbook: WorkbookGrid } | { ok: false; code: ReadFailureCode; message: string; messageEn: string };

/** A failure says what is wrong with the file and what to do, in both languages; never a parser's or the system's own text. */
export function fail(code: ReadFailureCode, file: string, params: MessageParams = {}): ReadResult {
  const m = tBoth(`data.xlsx.${code}`, { ...params, file });
  return { ok: false, code, message: m.vi, messageEn: m.en };
}

/** A size as the messages show it: "1 GB", "16 MB", "4.096 byte". */
function sizeText(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} GB`;
  if (bytes >= 1024 ** 2) return `${Math.round(bytes / 1024 ** 2).toLocaleString("vi-VN")} MB`;
  return `${bytes.toLocaleString("vi-VN")} byte`;
}

/** The refusal of a package that would inflate past a limit (zip bomb), naming the limit. */
export function tooBig(file: string, e: ZipLimitError): ReadResult {
  const limit = e.what === "ratio" ? `${e.limit}:1` : sizeText(e.limit);
  const what = t(`data.xlsx.too-big.${e.what}`, "vi", { entry: e.entry, limit });
  const params = { file, what, entry: sizeText(ZIP_LIMITS.entryBytes), total: sizeText(ZIP_LIMITS.totalBytes), ratio: String(ZIP_LIMITS.ratio) };
  return { ok: false, code: "too-big", message: t("data.xlsx.too-big", "vi", params), messageEn: t("data.xlsx.too-big", "en", { ...params, what: t(`data.xlsx.too-big.${e.what}`, "en", { entry: e.entry, limit }) }) };
}
