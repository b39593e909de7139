import fc from "fast-check";
import { runs } from "../setup/fc-runs";
import { installCustomFunctionsStub, StubError } from "./cf-stub";
import { chitieu, danhgia, dem, tiendo, tran20, tyle, unicode, xeploai } from "../../src/functions/functions";
import { t } from "../../src/core/i18n/messages";

installCustomFunctionsStub();

// Whatever the arguments, an NQ function returns a well-formed value or throws an Excel error
// (CustomFunctions.Error) with a reason; it never throws anything else, and the "unexpected error"
// guard is never what answers (that would hide a bug in core).

const unexpectedPrefix = t("functions.err.unexpected", "vi", { detail: "\u0000" }).split("\u0000")[0];
const ERROR_CODES = ["#VALUE!", "#N/A", "#DIV/0!"];

const phrases = ["từ 90% trở lên", "30 - 35%", "ít nhất 80", "trên 90%", "HTTNV trở lên", "không quá 5%", "100%", "dưới 2%", "từ 10 đến 20"];
const ratings = ["HTXSNV", "HTTNV", "HTNV", "KHTNV", "Hoàn thành tốt nhiệm vụ", "HT tốt", "Miễn", "Không xếp loại", "", "TSVM", "Xếp loại", "Giỏi"];
const levels = ["HTXSNV", "HTTNV", "HTNV", "KHTNV", "HTTNV trở lên", "HTTNV+", "HTNV trở xuống", "Không xếp loại", "x", ""];

const scalar = fc.oneof(
  fc.string(),
  fc.double(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom(...phrases, ...ratings, ...levels, "85%", "1.905", "7,61", "#N/A"),
  fc.constantFrom({ code: "#N/A" }, { code: "#DIV/0!" }, {}),
);
const ratingCell = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...ratings) }, { weight: 1, arbitrary: scalar });
const range = fc.oneof(fc.array(fc.array(ratingCell, { minLength: 1, maxLength: 4 }), { maxLength: 30 }), scalar);

function run<T>(fn: () => T, wellFormed: (v: T) => boolean): void {
  let value: T;
  try {
    value = fn();
  } catch (e) {
    expect(e).toBeInstanceOf(StubError);
    const err = e as StubError;
    expect(ERROR_CODES).toContain(err.code);
    if (err.code !== "#DIV/0!") expect((err.message ?? "").length).toBeGreaterThan(5);
    expect(err.message ?? "").not.toContain(unexpectedPrefix);
    return;
  }
  expect([value, wellFormed(value)]).toEqual([value, true]);
}

const verdicts = ["Đạt", "Vượt", "Chưa đạt", "Thiếu dữ liệu"];
const RUNS = runs(300);

describe("NQ functions on random arguments", () => {
  it("DANHGIA", () => {
    fc.assert(fc.property(scalar, fc.oneof(scalar, fc.constantFrom(...phrases)), (a, b) => run(() => danhgia(a, b), (v) => verdicts.includes(v))), RUNS);
  });

  it("CHITIEU", () => {
    const ops = [">=", ">", "<=", "<", "=", "trong khoảng"];
    const kinds = ["tỷ lệ", "số lượng", "giá trị", "xếp loại"];
    fc.assert(
      fc.property(fc.oneof(scalar, fc.constantFrom(...phrases)), (x) =>
        run(
          () => chitieu(x),
          (v) => v.length === 1 && v[0].length === 4 && ops.includes(v[0][0]) && kinds.includes(v[0][3]) && (typeof v[0][1] === "number" || typeof v[0][1] === "string"),
        ),
      ),
      RUNS,
    );
  });

  it("XEPLOAI", () => {
    const ok = ["HTXSNV", "HTTNV", "HTNV", "KHTNV", "Không xếp loại", ""];
    fc.assert(fc.property(scalar, (x) => run(() => xeploai(x), (v) => ok.includes(v))), RUNS);
  });

  it("DEM and TYLE agree with each other and with the level counts", () => {
    fc.assert(
      fc.property(range, fc.oneof(fc.constantFrom(...levels), scalar), (r, muc) => {
        run(() => dem(r as any[][], muc), (v) => Number.isInteger(v) && v >= 0);
        run(() => tyle(r as any[][], muc), (v) => v >= 0 && v <= 1);
      }),
      RUNS,
    );
  });

  it("HTTNV+ counts HTXSNV plus HTTNV and shares add up to 1", () => {
    const clean = fc.array(fc.array(fc.constantFrom("HTXSNV", "HTTNV", "HTNV", "KHTNV", "", "Miễn"), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(clean, (r) => {
        expect(dem(r, "HTTNV+")).toBe(dem(r, "HTXSNV") + dem(r, "HTTNV"));
        const rated = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"].reduce((n, l) => n + dem(r, l), 0);
        if (rated > 0) expect(["HTXSNV", "HTTNV", "HTNV", "KHTNV"].reduce((s, l) => s + tyle(r, l), 0)).toBeCloseTo(1, 9);
      }),
      RUNS,
    );
  });

  it("TRAN20", () => {
    fc.assert(
      fc.property(range, fc.oneof(fc.constantFrom(undefined, null, "HTTNV", "HTTNV trở lên"), scalar), (r, base) =>
        run(() => tran20(r as any[][], base), (v) => v === "Vượt trần 20%" || v === "Trong trần 20%"),
      ),
      RUNS,
    );
  });

  it("TIENDO", () => {
    const ok = ["Đúng tiến độ", "Chậm tiến độ", "Đạt", "Thiếu dữ liệu"];
    fc.assert(
      fc.property(scalar, fc.oneof(scalar, fc.constantFrom("ít nhất 40", "từ 10 đến 20")), fc.oneof(scalar, fc.integer({ min: 1, max: 12 })), (a, b, m) =>
        run(() => tiendo(a, b, m), (v) => ok.includes(v)),
      ),
      RUNS,
    );
  });

  it("UNICODE returns NFC text", () => {
    fc.assert(fc.property(fc.oneof(scalar, fc.string({ unit: "grapheme" })), (x) => run(() => unicode(x), (v) => typeof v === "string" && v === v.normalize("NFC"))), RUNS);
  });
});
