import { capApplies, checkExcellentCap } from "../../../src/core/validation/cap";

describe("checkExcellentCap", () => {
  it("gives both readings of the base (domain.md §1.3 example: 30 HTXSNV, 120 HTTNV)", () => {
    expect(checkExcellentCap({ HTXSNV: 30, HTTNV: 120 }, "literal")).toEqual({ over: true, cap: 24, share: 0.2, base: "HTTNV" });
    expect(checkExcellentCap({ HTXSNV: 30, HTTNV: 120 }, "practice")).toEqual({ over: false, cap: 30, share: 0.2, base: "HTXSNV + HTTNV" });
  });
  it("takes a configurable share and ignores a nonsense one", () => {
    expect(checkExcellentCap({ HTXSNV: 30, HTTNV: 120 }, "literal", 0.25).over).toBe(false);
    expect(checkExcellentCap({ HTXSNV: 31, HTTNV: 120 }, "literal", 0.25)).toMatchObject({ over: true, cap: 30, share: 0.25 });
    expect(checkExcellentCap({ HTXSNV: 1, HTTNV: 10 }, "literal", -1).share).toBe(0.2);
  });
  it("has no floating-point noise at the edge", () => {
    expect(checkExcellentCap({ HTXSNV: 3, HTTNV: 15 }, "literal", 0.2).over).toBe(false);
    expect(checkExcellentCap({ HTXSNV: 1, HTTNV: 0 }, "literal").over).toBe(true);
  });
  it("applies from the 2018 rating year on (and when the year is unknown)", () => {
    expect(capApplies(2017)).toBe(false);
    expect(capApplies(2018)).toBe(true);
    expect(capApplies(null)).toBe(true);
  });
});
