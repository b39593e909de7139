import fc from "fast-check";
import { runs } from "../setup/fc-runs";
import { readResolution } from "../../src/core/reader/read";
import { readDataSet } from "../../src/core/data/read";
import { runCheck } from "../../src/core/check/run";
import { STATUSES } from "../../src/core/check/judge";
import { MEMBER_FIELDS, ORG_FIELDS, UNION_FIELDS, RATING_VALUES } from "../../src/core/data/fields";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/model/grid";
import { RESOLUTION } from "./resolution";

// Cross-cutting property: whatever the workbook holds, the whole pipeline the CLI and the pane run
// (read the data → compute every indicator → judge every target) never throws and stays well-formed.
// The owners' property tests cover each entry point alone; this one covers them chained.

const headers = [...ORG_FIELDS, ...MEMBER_FIELDS, ...UNION_FIELDS].map((f) => f.header);

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  fc.constantFrom(...RATING_VALUES, "HTTNV", "x", "X", "Có", "Nam", "Nữ", "Chi bộ cơ sở", "Đảng bộ cơ sở", "Chi bộ trực thuộc", "12/13/2024", "31/02/2023", "1.250", "87,5%"),
  fc.string({ maxLength: 30 }),
  fc.integer({ min: -1e6, max: 1e7 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.date({ min: new Date("1800-01-01"), max: new Date("2200-01-01"), noInvalidDate: false }),
);

/** A sheet whose first row is made of known headers (so tables are found), the rest random. */
const sheet: fc.Arbitrary<SheetGrid> = fc
  .record({
    name: fc.constantFrom("Tổ chức", "Đảng viên", "Đoàn thể", "Sheet1", "Chỉ tiêu", "Tổng hợp"),
    // Known headers weigh 4:1 over random cells so that most sheets form a table and the run reaches the indicators.
    header: fc.array(fc.oneof({ arbitrary: fc.constantFrom(...headers), weight: 4 }, { arbitrary: cell, weight: 1 }), {
      minLength: 0,
      maxLength: 14,
    }),
    rows: fc.array(fc.array(cell, { maxLength: 16 }), { maxLength: 25 }),
    origin: fc.option(fc.record({ row: fc.nat(5), column: fc.nat(5) }), { nil: undefined }),
    lead: fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 3 }),
  })
  .map(({ name, header, rows, origin, lead }) => ({ name, values: [...lead, header, ...rows], origin }));

const workbook: fc.Arbitrary<WorkbookGrid> = fc.record({
  sheets: fc.array(sheet, { maxLength: 4 }),
  ownSheets: fc.option(fc.constant(["Tổng hợp"]), { nil: undefined }),
});

const targets = readResolution(RESOLUTION).targets;

describe("read → compute → judge on random workbooks", () => {
  it("the sample resolution gives targets to judge (the property below is not vacuous)", () => {
    expect(targets.length).toBeGreaterThan(0);
  });

  it("never throws; every target gets a known status; every issue has a Vietnamese message", () => {
    let withTables = 0;
    fc.assert(
      fc.property(workbook, fc.option(fc.integer({ min: 1990, max: 2040 }), { nil: null }), fc.integer({ min: 1, max: 12 }), (wb, year, months) => {
        const data = readDataSet(wb, { today: 46000 });
        if (data.recognised.length > 0) withTables++;
        const result = runCheck({ targets, data, period: { months, year: year ?? 2025 }, lang: "vi" });
        expect(result.targets).toHaveLength(targets.length);
        for (const r of result.targets) {
          expect(STATUSES).toContain(r.status);
          if (typeof r.value === "number") expect(Number.isFinite(r.value)).toBe(true);
        }
        for (const i of result.issues) expect(typeof i.message === "string" && i.message.length > 0).toBe(true);
        expect(result.summary.total).toBe(targets.length);
      }),
      runs(150),
    );
    // Random headers do form tables often enough for the property to reach the indicators.
    expect(withTables).toBeGreaterThan(15);
  });

  it("garbled resolution text never throws and every target it finds is judged", () => {
    const data = readDataSet({ sheets: [] }, { today: 46000 });
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.nat(RESOLUTION.length), (noise, at) => {
        const text = RESOLUTION.slice(0, at) + noise + RESOLUTION.slice(at);
        const read = readResolution(text);
        const result = runCheck({ targets: read.targets, data, lang: "vi" });
        expect(result.targets.map((t) => t.status).every((s) => STATUSES.includes(s))).toBe(true);
      }),
      runs(150),
    );
  });
});
