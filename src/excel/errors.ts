import { tBoth } from "../core/i18n/messages";
import type { Message } from "../core/i18n/types";

export type UserErrorCode = "protected" | "cell-edit" | "api-missing" | "too-large" | "generic";

export interface UserError {
  code: UserErrorCode;
  message: Message;
}

/** Which Excel first offers each API set we rely on (learn.microsoft.com, "Excel JavaScript API requirement sets"). */
const EXCEL_VERSION_FOR_SET: Record<string, string> = {
  "1.7": "Excel 2019",
  "1.8": "Excel 2019",
  "1.9": "Excel 2021",
};

/** Thrown before any work when the host lacks an API set the action needs. */
export class ApiMissingError extends Error {
  constructor(readonly set: string) {
    super(`ExcelApi ${set} is not supported by this host`);
    this.name = "ApiMissingError";
  }
}

/** Throw ApiMissingError unless the host supports ExcelApi `version`. */
export function requireExcelApi(version: string): void {
  if (!hasExcelApi(version)) throw new ApiMissingError(version);
}

export function hasExcelApi(version: string): boolean {
  const req = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
  // Outside Office (tests without a host object) nothing can be checked: assume the set is there.
  if (!req || typeof req.isSetSupported !== "function") return true;
  return req.isSetSupported("ExcelApi", version);
}

function codeOf(e: unknown): string {
  const c = (e as { code?: unknown } | null)?.code;
  return typeof c === "string" ? c : "";
}

function textOf(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === "string") return e;
  const m = (e as { message?: unknown } | null)?.message;
  return typeof m === "string" ? m : String(e);
}

/** Map any error from Excel.run to a code and a message in Vietnamese and English. */
export function toUserError(e: unknown): UserError {
  if (e instanceof ApiMissingError) {
    return { code: "api-missing", message: tBoth("ui.error.api-missing", { set: e.set, excel: EXCEL_VERSION_FOR_SET[e.set] ?? "Microsoft 365" }) };
  }
  const code = codeOf(e);
  const text = textOf(e);
  if (code === "InvalidOperationInCellEditMode" || /cell edit mode/i.test(text)) {
    return { code: "cell-edit", message: tBoth("ui.error.cell-edit") };
  }
  if (code === "AccessDenied" || /protect/i.test(text) || (code === "InvalidOperation" && /protect/i.test(text))) {
    return { code: "protected", message: tBoth("ui.error.protected") };
  }
  if (/PayloadSizeLimitExceeded|RequestPayloadSize|ResponsePayloadSize/i.test(code + " " + text)) {
    return { code: "too-large", message: tBoth("ui.error.too-large") };
  }
  return { code: "generic", message: tBoth("ui.error.generic", { detail: text.slice(0, 200) }) };
}
