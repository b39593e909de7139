/**
 * Reading Excel arguments of the NQ.* functions: blanks, errors passed in, numbers typed as text.
 * Excel passes a blank cell as null (scalar `any`) or "" (inside a range); an omitted optional
 * argument as null or undefined.
 */
import { t, type MessageParams } from "../core/i18n/messages";
import { normalizeText } from "../core/text/normalize";
import { parsePercentText, parseVietnameseNumber } from "../core/text/numbers";
import { errorCodeOf, fail, type FunctionErrorCode } from "./errors";
import { functionsLang } from "./lang";

/** #VALUE! whose reason is message `key`, in the display language (functionsLang). */
export function failWith(key: string, params?: MessageParams, code?: FunctionErrorCode): never {
  return fail(t(key, functionsLang(), params), code);
}

export function isBlank(x: unknown): boolean {
  return x === null || x === undefined || (typeof x === "string" && normalizeText(x) === "");
}

/** Pass an error received as an argument on: #N/A stays #N/A, anything else is #VALUE!. */
export function rejectError(x: unknown): void {
  const code = errorCodeOf(x);
  if (code === null) return;
  if (code === "#N/A") fail(t("functions.err.input-error", functionsLang(), { code }), "#N/A");
  failWith("functions.err.input-error", { code });
}

/** Show an argument inside a message, shortened. */
export function shown(x: unknown): string {
  const s = typeof x === "string" ? normalizeText(x) : String(x);
  return s.length > 60 ? s.slice(0, 57) + "…" : s;
}

/** The argument as NFC text ("" for blanks). Numbers become their plain digits. */
export function textArg(x: unknown): string {
  rejectError(x);
  if (isBlank(x)) return "";
  if (typeof x === "boolean") failWith("functions.err.boolean");
  return normalizeText(String(x));
}

/** A number typed in a cell or as text: 85, "85", "85%" (→ 0.85), "1.905" (→ 1905), "7,61". */
export interface NumberArg {
  value: number;
  /** Written with a % or ‰ sign. */
  percentText: boolean;
}

/** The argument as a number, or null when blank. Text that is not a number is #VALUE!. */
export function numberArg(x: unknown): NumberArg | null {
  rejectError(x);
  if (isBlank(x)) return null;
  if (typeof x === "number") {
    if (!Number.isFinite(x)) failWith("functions.err.actual-unreadable", { text: String(x) });
    return { value: x, percentText: false };
  }
  if (typeof x === "boolean") failWith("functions.err.boolean");
  const s = normalizeText(String(x));
  const pct = parsePercentText(s);
  if (pct !== null) return { value: pct, percentText: true };
  const n = parseVietnameseNumber(s);
  if (n !== null) return { value: n, percentText: false };
  return failWith("functions.err.actual-unreadable", { text: shown(x) });
}

/** A range argument as rows; a scalar (single cell passed where a range is expected) becomes [[x]]. */
export function rows(x: unknown): unknown[][] {
  if (!Array.isArray(x)) return [[x]];
  return x.map((row) => (Array.isArray(row) ? row : [row]));
}
