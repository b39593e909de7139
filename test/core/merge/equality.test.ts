import { readFileSync } from "fs";
import { join } from "path";
import { readDataSet } from "../../../src/core/data/read";
import { runCheck } from "../../../src/core/check/run";
import { readResolution } from "../../../src/core/reader/read";
import { buildMergeSheets, mergeWorkbooks } from "../../../src/core/merge";
import { splitSample, workbookOf } from "./helpers";

const RESOLUTION = readFileSync(join(__dirname, "..", "..", "..", "samples", "resolution", "nghi-quyet-mau.txt"), "utf8");

/** Value and judgement of every target, as the check gives them. */
function judged(workbook: Parameters<typeof readDataSet>[0]) {
  const targets = readResolution(RESOLUTION).targets;
  const data = readDataSet(workbook);
  const r = runCheck({ targets, data, period: { months: 12, year: 2025 }, lang: "vi" });
  return { targets: r.targets.map((t) => ({ id: t.id, value: t.value, status: t.status, numerator: t.numerator ?? null, denominator: t.denominator ?? null })), issues: data.issues.map((i) => i.code) };
}

describe("split the sample into one file per grassroots organisation, merge, check", () => {
  const { sample, files } = splitSample();
  const result = mergeWorkbooks(files.map((f) => ({ name: f.name, workbook: f.workbook })));
  const merged = workbookOf(buildMergeSheets(result));

  it("takes every row: 68 files, 68 + chi bộ organisations, 2,712 members, 39 unions, nothing left out, no problem", () => {
    expect(files).toHaveLength(68);
    expect(result.problems.map((p) => `${p.code} ${p.file} ${p.message}`)).toEqual([]);
    const orgRows = sample.sheets[0].values.length - 4;
    expect(result.totals).toEqual({
      files: { read: 68, merged: 68, leftOut: 0 },
      organisations: { read: orgRows, written: orgRows, leftOut: 0 },
      members: { read: 2712, written: 2712, leftOut: 0 },
      unions: { read: 39, written: 39, leftOut: 0 },
    });
    expect(result.year).toBe(2025);
    expect(result.committeeRating).toBe("Hoàn thành tốt nhiệm vụ");
  });

  it("gives the same value and judgement for every target as the unsplit sample", () => {
    const before = judged(sample.grids);
    const after = judged(merged);
    expect(before.targets.length).toBeGreaterThanOrEqual(20);
    expect(after.targets).toEqual(before.targets);
    expect(after.issues).toEqual(before.issues);
  });

  it("names the source file on every row", () => {
    const members = merged.sheets[1];
    expect(members.values[3][members.values[3].length - 1]).toBe("Tệp nguồn");
    const sources = new Set(members.values.slice(4).map((r) => r[r.length - 1]));
    expect(sources).toEqual(new Set(files.map((f) => f.name)));
  });
});
