import fc from "fast-check";
import { runs } from "../../setup/fc-runs";
import type { CellValue } from "../../../src/core/model/grid";
import { readDataSet } from "../../../src/core/data/read";
import { MEMBER_HEADERS, ORG_HEADERS, UNION_HEADERS } from "../../../src/core/templates";

// Cells of every kind the hosts give, biased towards words the reader reacts to.
const words = [...ORG_HEADERS, ...MEMBER_HEADERS, ...UNION_HEADERS, "Cộng", "Tổng cộng", "HTXSNV", "TSVM", "x", "Có", "1.234", "90%", "120%", "31/02/1980", "30.04.2008", "I. Đảng bộ A", "Năm xếp loại:", "Xếp loại Đảng bộ:", "(1)", "§¶ng bé", "Ñaûng"];
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  fc.constantFrom(...words),
  fc.string(),
  fc.double({ noNaN: false }),
  fc.integer({ min: -100000, max: 3000000 }),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
);
const row = fc.array(cell, { maxLength: 30 });
const sheet = fc.record({
  name: fc.string({ maxLength: 10 }),
  values: fc.array(row, { maxLength: 25 }),
  numberFormats: fc.option(fc.array(fc.array(fc.option(fc.constantFrom("dd/mm/yyyy", "0%", "#,##0", "@", "General")), { maxLength: 30 }), { maxLength: 25 }), { nil: null }),
  origin: fc.option(fc.record({ row: fc.nat(50), column: fc.nat(10) }), { nil: undefined }),
});

describe("readDataSet never throws", () => {
  it("on random grids of random shapes and cell types", () => {
    fc.assert(
      fc.property(fc.array(sheet, { maxLength: 4 }), fc.option(fc.integer({ min: 1990, max: 2030 }), { nil: undefined }), (sheets, year) => {
        const ds = readDataSet({ sheets, ownSheets: sheets.length ? [sheets[0].name] : [] }, { ratingYear: year });
        expect(Array.isArray(ds.issues)).toBe(true);
        for (const i of ds.issues) expect(typeof i.message).toBe("string");
      }),
      runs(300),
    );
  });

  it("on header rows followed by random data", () => {
    const headers = fc.constantFrom(ORG_HEADERS, MEMBER_HEADERS, UNION_HEADERS).chain((h) => fc.shuffledSubarray(h, { minLength: 2 }));
    fc.assert(
      fc.property(headers, fc.array(fc.array(cell, { maxLength: 20 }), { maxLength: 30 }), (h, data) => {
        const ds = readDataSet({ sheets: [{ name: "S", values: [h, ...data] }] });
        expect(ds.recognised.length).toBeLessThanOrEqual(1);
      }),
      runs(300),
    );
  });
});
