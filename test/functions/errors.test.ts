import { errorCodeOf, fail, FunctionError, functionError, isFunctionError } from "../../src/functions/errors";
import { installCustomFunctionsStub, removeCustomFunctionsStub, StubError } from "./cf-stub";

describe("Excel errors of the NQ.* functions", () => {
  afterEach(removeCustomFunctionsStub);

  it("uses the runtime's CustomFunctions.Error when Excel provides it", () => {
    installCustomFunctionsStub();
    const e = functionError("#VALUE!", "Không đọc được");
    expect(e).toBeInstanceOf(StubError);
    expect(e).toEqual(expect.objectContaining({ code: "#VALUE!", message: "Không đọc được" }));
    expect(isFunctionError(e)).toBe(true);
  });

  it("drops the message for codes that cannot carry one (#DIV/0!)", () => {
    installCustomFunctionsStub();
    const e = functionError("#DIV/0!", "ignored") as StubError;
    expect(e.code).toBe("#DIV/0!");
    expect(e.message).toBeUndefined();
  });

  it("falls back to a FunctionError with the same shape outside Excel", () => {
    expect(() => fail("Lý do")).toThrow(FunctionError);
    try {
      fail("Lý do");
    } catch (e) {
      expect(e).toEqual(expect.objectContaining({ code: "#VALUE!", message: "Lý do" }));
      expect(isFunctionError(e)).toBe(true);
    }
    expect(isFunctionError(new Error("x"))).toBe(false);
  });

  it("recognises errors passed in as arguments", () => {
    expect(errorCodeOf("#N/A")).toBe("#N/A");
    expect(errorCodeOf({ code: "#DIV/0!" })).toBe("#DIV/0!");
    expect(errorCodeOf({})).toBe("#VALUE!");
    expect(errorCodeOf("HTTNV")).toBeNull();
    expect(errorCodeOf(3)).toBeNull();
    expect(errorCodeOf(null)).toBeNull();
  });
});
