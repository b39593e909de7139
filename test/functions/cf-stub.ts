/**
 * Minimal stand-in for the custom-functions runtime global (present in Excel, absent under Jest):
 * CustomFunctions.Error and CustomFunctions.ErrorCode, so src/functions throws the same objects it
 * throws in Excel. Import this before the functions under test.
 */
class StubError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export function installCustomFunctionsStub(): typeof StubError {
  (globalThis as Record<string, unknown>).CustomFunctions = { Error: StubError, ErrorCode };
  return StubError;
}

export function removeCustomFunctionsStub(): void {
  delete (globalThis as Record<string, unknown>).CustomFunctions;
}

export { StubError };

/** Call `fn` and return what Excel would show: the value, or { error, message } for a thrown Excel error. */
export function excel<T>(fn: () => T): T | { error: string; message: string | undefined } {
  try {
    return fn();
  } catch (e) {
    if (e instanceof StubError) return { error: e.code, message: e.message };
    throw e;
  }
}
