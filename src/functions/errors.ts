/**
 * Excel errors for the NQ.* functions. In Excel the custom-functions runtime provides the global
 * `CustomFunctions.Error`; a thrown one shows as #VALUE! with our Vietnamese reason in the cell's
 * error flag. Outside Excel (Jest, Node) the global is absent and a plain Error with the same
 * `code`/`message` shape is thrown, so callers and tests see the same thing.
 */

/** The codes we use (values of CustomFunctions.ErrorCode). */
export type FunctionErrorCode = "#VALUE!" | "#DIV/0!" | "#N/A" | "#NUM!";

const CODE_KEYS: Record<FunctionErrorCode, string> = {
  "#VALUE!": "invalidValue",
  "#DIV/0!": "divisionByZero",
  "#N/A": "notAvailable",
  "#NUM!": "invalidNumber",
};

/** Excel accepts a custom message only with #VALUE! and #N/A. */
const CODES_WITH_MESSAGE = new Set<FunctionErrorCode>(["#VALUE!", "#N/A"]);

/** Fallback when the runtime is absent (tests, CLI). Same fields as CustomFunctions.Error. */
export class FunctionError extends Error {
  constructor(
    readonly code: FunctionErrorCode,
    message?: string,
  ) {
    super(message ?? code);
    this.name = "FunctionError";
  }
}

interface RuntimeLike {
  Error: new (code: string, message?: string) => object;
  ErrorCode: Record<string, string>;
}

function runtime(): RuntimeLike | null {
  const cf = (globalThis as { CustomFunctions?: Partial<RuntimeLike> }).CustomFunctions;
  return cf && typeof cf.Error === "function" && cf.ErrorCode ? (cf as RuntimeLike) : null;
}

/** Build (not throw) the error object for `code` with `reason`. */
export function functionError(code: FunctionErrorCode, reason?: string): object {
  const message = CODES_WITH_MESSAGE.has(code) ? reason : undefined;
  const cf = runtime();
  if (cf) {
    const runtimeCode = cf.ErrorCode[CODE_KEYS[code]] ?? code;
    return message === undefined ? new cf.Error(runtimeCode) : new cf.Error(runtimeCode, message);
  }
  return new FunctionError(code, message);
}

/** Throw an Excel error: #VALUE! with a Vietnamese reason unless another code is given. */
export function fail(reason: string, code: FunctionErrorCode = "#VALUE!"): never {
  throw functionError(code, reason);
}

const ERROR_CODES = new Set(["#VALUE!", "#DIV/0!", "#N/A", "#NUM!", "#NULL!", "#NAME?", "#REF!", "#SPILL!", "#CALC!", "#BUSY!", "#GETTING_DATA", "#FIELD!", "#CONNECT!", "#BLOCKED!", "#UNKNOWN!"]);

/**
 * The Excel error code carried by `x` when it is an error passed in as an argument (an error
 * object from the runtime, or the text "#N/A" that some hosts pass), else null.
 */
export function errorCodeOf(x: unknown): string | null {
  if (typeof x === "string") return ERROR_CODES.has(x) ? x : null;
  if (x !== null && typeof x === "object" && !(x instanceof Date)) {
    const code = (x as { code?: unknown }).code;
    if (typeof code === "string" && ERROR_CODES.has(code)) return code;
    return "#VALUE!";
  }
  return null;
}

/** True when `e` is one of the errors this module throws (runtime or fallback). */
export function isFunctionError(e: unknown): e is { code: string; message?: string } {
  if (e instanceof FunctionError) return true;
  const cf = runtime();
  return cf !== null && e instanceof cf.Error;
}
