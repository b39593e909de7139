import * as fs from "fs";
import * as path from "path";
import type { CellValue, WorkbookGrid } from "../../../src/core/model/grid";
import { readDataSet } from "../../../src/core/data/read";
import { runCheck } from "../../../src/core/check/run";
import { readResolution } from "../../../src/core/reader/read";
import { generateSampleGrids } from "../../../src/core/sample";
import { toTcvn3, toVni } from "../../../src/core/text/legacy";

// Issue 13.7: a data workbook typed in TCVN3 or VNI gives the check result of its Unicode twin.
const RESOLUTION = fs.readFileSync(
  path.resolve(__dirname, "../../../samples/resolution/nghi-quyet-mau.txt"),
  "utf8",
);
const TODAY = 46200;

function encoded(
  wb: WorkbookGrid,
  encode: (s: string) => string,
): { wb: WorkbookGrid; cells: number } {
  let cells = 0;
  const sheets = wb.sheets.map((s) => ({
    ...s,
    values: s.values.map((row) =>
      row.map((v: CellValue) => {
        if (typeof v !== "string") return v;
        const e = encode(v);
        if (e !== v) cells++;
        return e;
      }),
    ),
  }));
  return { wb: { ...wb, sheets }, cells };
}

function check(wb: WorkbookGrid) {
  const data = readDataSet(wb, { today: TODAY });
  const result = runCheck({
    targets: readResolution(RESOLUTION).targets,
    data,
    period: { months: 12, year: 2025 },
    lang: "vi",
  });
  return { data, result };
}

// ".VnTime" has no capitals with a tone: inside a sentence "Ủy" is typed (and comes back) as "ủy".
const strip = (r: ReturnType<typeof check>, exactCase: boolean) => {
  const name = (s: string | null) =>
    exactCase || s === null ? s : s.toLowerCase();
  return {
    targets: r.result.targets.map((t) => [t.target.id, t.status, t.value]),
    organisations: r.data.organisations.map((o) => [
      name(o.name),
      o.type,
      o.rating,
      o.members,
    ]),
    members: r.data.members.map((m) => [
      name(m.name),
      name(m.org),
      m.rating,
      m.gender,
    ]),
    issues: r.data.issues
      .filter((i) => i.code !== "LEGACY_ENCODING")
      .map((i) => `${i.code}@${i.sheet}!${i.cell}`),
  };
};

describe("legacy-encoded data workbooks (TCVN3, VNI) check like their Unicode twin", () => {
  const unicode = generateSampleGrids({ members: 600, seed: 4 }).grids;
  const base = check(unicode);

  it.each([
    ["TCVN3", toTcvn3, false],
    ["VNI", toVni, true],
  ])(
    "%s: every text cell (headers, names, ratings, yes/no) encoded → same targets, data and issues",
    (_, encode, exactCase) => {
      const twin = encoded(unicode, encode);
      expect(twin.cells).toBeGreaterThan(1000);
      const got = check(twin.wb);
      expect(strip(got, exactCase)).toEqual(strip(base, exactCase));
      expect(
        base.result.targets.some((t) => t.status !== "thieu-du-lieu"),
      ).toBe(true);
      const warned = got.data.issues.filter(
        (i) => i.code === "LEGACY_ENCODING",
      );
      expect(warned.length).toBeGreaterThan(0);
      expect(warned.every((i) => i.severity === "warning")).toBe(true);
    },
  );
});
