import { generateSample, generateSampleGrids } from "../../../src/core/sample";
import { readDataSet } from "../../../src/core/data/read";
import { serialFromYMD } from "../../../src/core/data/values";
import { ORG_HEADERS, MEMBER_HEADERS, UNION_HEADERS } from "../../../src/core/templates";

const TODAY = serialFromYMD(2026, 6, 30) as number;

describe("generateSample (default: the Đảng bộ Khối of seed 004)", () => {
  const s = generateSample();
  const ds = readDataSet(s.grids, { today: TODAY });
  const tccsd = ds.organisations.filter((o) => o.type !== "chi-bo-truc-thuoc");

  it("has 68 TCCSĐ (34 đảng bộ cơ sở with chi bộ trực thuộc, 34 chi bộ cơ sở) and 2,712 members", () => {
    expect(tccsd).toHaveLength(68);
    expect(tccsd.filter((o) => o.type === "dang-bo-co-so")).toHaveLength(34);
    expect(ds.organisations.filter((o) => o.type === "chi-bo-truc-thuoc").length).toBeGreaterThanOrEqual(34 * 3);
    expect(ds.members).toHaveLength(2712);
    expect(tccsd.reduce((a, o) => a + (o.members ?? 0), 0)).toBe(2712);
    expect(ds.ratingYear).toBe(2025);
    expect(ds.committeeRating).toBe("HTTNV");
  });

  it("copies the seed's qualification and political-theory breakdown", () => {
    const count = (f: (m: (typeof ds.members)[number]) => boolean) => ds.members.filter(f).length;
    expect(count((m) => m.qualification === "Tiến sĩ")).toBe(27);
    expect(count((m) => m.qualification === "Thạc sĩ")).toBe(654);
    expect(count((m) => m.qualification === "Cao đẳng")).toBe(29);
    expect(count((m) => m.qualification === "Trung cấp")).toBe(149);
    expect(count((m) => m.qualification === "Công nhân kỹ thuật, nhân viên nghiệp vụ")).toBe(53);
    expect(count((m) => m.qualification === "Sinh viên")).toBe(5);
    expect(count((m) => m.politicalTheory === "Cao cấp, cử nhân")).toBe(701);
    expect(count((m) => m.politicalTheory === "Trung cấp")).toBe(732);
  });

  it("has plausible ratings, admissions and inspections, consistent with the Tổ chức aggregates", () => {
    const rated = ds.members.filter((m) => m.rating);
    const share = (c: string) => rated.filter((m) => m.rating === c).length / rated.length;
    expect(share("HTXSNV")).toBeGreaterThan(0.09);
    expect(share("HTXSNV")).toBeLessThan(0.16);
    expect(share("HTTNV")).toBeGreaterThan(0.75);
    expect(rated.filter((m) => m.rating === "KHTNV").length).toBeLessThan(15);
    expect(ds.members.filter((m) => m.notRated).length).toBeGreaterThan(10);
    const yearStart = serialFromYMD(2025, 1, 1) as number;
    const admitted = ds.members.filter((m) => (m.admission ?? 0) >= yearStart);
    expect(admitted).toHaveLength(95);
    expect(admitted.filter((m) => m.student)).toHaveLength(16);
    expect(tccsd.reduce((a, o) => a + (o.admitted ?? 0), 0)).toBe(95);
    expect(tccsd.reduce((a, o) => a + (o.admittedStudents ?? 0), 0)).toBe(16);
    const inspected = ds.members.filter((m) => m.inspected).length / ds.members.length;
    expect(inspected).toBeGreaterThan(0.29);
    expect(inspected).toBeLessThan(0.35);
    expect(tccsd.reduce((a, o) => a + (o.membersInspected ?? 0), 0)).toBe(ds.members.filter((m) => m.inspected).length);
    expect(tccsd.reduce((a, o) => a + (o.membersByRating.HTXSNV ?? 0), 0)).toBe(rated.filter((m) => m.rating === "HTXSNV").length);
    expect(ds.unions.filter((u) => u.level === "tren-co-so")).toHaveLength(3); // the 03 đoàn thể trực thuộc the sample resolution asks for
    expect(ds.unions.length).toBeGreaterThan(20);
  });

  it("uses the template headers and layout", () => {
    expect(s.sheets.map((x) => x.name)).toEqual(["Tổ chức", "Đảng viên", "Đoàn thể"]);
    expect(s.sheets[0].values[3]).toEqual(ORG_HEADERS);
    expect(s.sheets[1].values[3]).toEqual(MEMBER_HEADERS);
    expect(s.sheets[2].values[3]).toEqual(UNION_HEADERS);
    expect(s.sheets.every((x) => x.role === "input-sample")).toBe(true);
  });

  it("is deterministic, and the seed changes it", () => {
    const a = generateSampleGrids({ members: 500, seed: 1 }).grids;
    const b = generateSampleGrids({ members: 500, seed: 1 }).grids;
    const c = generateSampleGrids({ members: 500, seed: 2 }).grids;
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
  });

  it("scales with --members and stays clean", () => {
    const g = generateSampleGrids({ members: 20000, seed: 3 }).grids;
    const big = readDataSet(g, { today: TODAY });
    expect(big.members).toHaveLength(20000);
    expect(big.issues).toEqual([]);
  });
});
