import { CATALOGUE, computeAll, computeIndicator } from "../../../src/core/indicators/catalogue";
import { INDICATOR_IDS } from "../../../src/core/indicators/ids";
import { perUnitTypes } from "../../../src/core/indicators/per-unit";
import type { DataSet, Member, Organisation } from "../../../src/core/data/model";
import type { RatingCode } from "../../../src/core/model/rating";
import { dataSet, member, org, serial, target, union } from "../check/fixtures";

/**
 * A data set with a known distribution: 2 đảng bộ cơ sở with 3 chi bộ trực thuộc each, 4 chi bộ cơ sở,
 * and 1,000 members spread over the 6 grassroots organisations by index. Expected values below are
 * counted directly over the records, not with the engine's code.
 */
function known(): DataSet {
  const orgs: Organisation[] = [];
  let row = 2;
  const ratings: (RatingCode | null)[] = ["HTXSNV", "HTTNV", "HTTNV", "HTNV", "KHTNV", null];
  const grassroots = ["Đảng bộ Sở Y tế", "Đảng bộ Sở Giáo dục", "Chi bộ Sở Tư pháp", "Chi bộ Sở Xây dựng", "Chi bộ Văn phòng", "Chi bộ Thanh tra"];
  grassroots.forEach((name, i) => {
    orgs.push(org(name, { type: i < 2 ? "dang-bo-co-so" : "chi-bo-co-so", rating: ratings[i], exemplars: i < 2 ? null : i % 2, modelsRegistered: i, modelsPassed: i % 3 === 0 ? 1 : 0, inspected: i % 2 === 0, democracyGood: i !== 3, professionalTasksDone: i < 5, danVanKheo: i === 4 ? 0 : 1 }, row++));
  });
  for (let d = 0; d < 2; d++) {
    for (let k = 1; k <= 3; k++) {
      orgs.push(org(`Chi bộ ${k} ${grassroots[d]}`, { type: "chi-bo-truc-thuoc", parent: grassroots[d], exemplars: k === 3 && d === 1 ? 0 : 1, inspected: k === 1 }, row++));
    }
  }
  const members: Member[] = [];
  for (let i = 0; i < 1000; i++) {
    const g = i % 6;
    const r = i % 10;
    const rating: RatingCode | null = r === 0 ? "HTXSNV" : r <= 6 ? "HTTNV" : r <= 8 ? "HTNV" : i % 20 === 9 ? "KHTNV" : null;
    members.push(
      member(grassroots[g], {
        branch: g < 2 ? `Chi bộ ${1 + (i % 3)} ${grassroots[g]}` : null,
        rating,
        notRated: rating === null ? "mien" : null,
        admission: i % 25 === 0 ? serial(2024, 1 + (i % 12), 15) : serial(2010, 5, 1),
        student: i % 50 === 0,
        privateEnterprise: i % 75 === 0,
        youthUnion: i % 100 === 0,
        inspected: i % 3 === 0,
        studied: i % 7 !== 0,
        committed: i % 11 !== 0,
      }, i + 2),
    );
  }
  return dataSet({
    organisations: orgs,
    members,
    unions: [union("Công đoàn cơ sở A", { rating: "HTXSNV" }), union("Đoàn cơ sở B", { rating: "HTNV" }, 3), union("Hội CCB C", { rating: "HTTNV" }, 4), union("Công đoàn Khối", { level: "tren-co-so", rating: "HTTNV" }, 5), union("Đoàn Khối", { level: "tren-co-so", rating: "HTXSNV" }, 6)],
    committeeRating: "HTTNV",
    recognised: [{ table: "members", sheet: "Đảng viên", headerRow: 1, columns: { rating: "M", admission: "F", inspected: "O" }, missing: [], ignored: [], dataRows: 1000 }],
  });
}

const ctx = { year: 2024, months: 12 };

describe("indicator catalogue", () => {
  it("has one entry per id, each with a label and formula in both languages", () => {
    expect(CATALOGUE.map((d) => d.id)).toEqual([...INDICATOR_IDS]);
    for (const d of CATALOGUE) {
      expect([d.id, d.label.vi.length > 3, d.label.en.length > 3, d.formula.vi.length > 3, d.formula.en.length > 3]).toEqual([d.id, true, true, true, true]);
      expect(d.label.vi).not.toContain("indicator.");
    }
  });

  it("member ratings: over those rated, from the member list", () => {
    const ds = known();
    const rated = ds.members.filter((m) => m.rating !== null);
    const count = (codes: string[]) => rated.filter((m) => codes.includes(m.rating as string)).length;
    const v = computeIndicator("member.rating.httnv_plus.share", ds, ctx)!;
    expect(v.basis).toBe("member-list");
    expect(v.numerator).toBe(count(["HTXSNV", "HTTNV"]));
    expect(v.denominator).toBe(rated.length);
    expect(v.value).toBeCloseTo(count(["HTXSNV", "HTTNV"]) / rated.length, 12);
    expect(v.source).toBe("'Đảng viên'!M2:M1001");
    expect(computeIndicator("member.rating.htxsnv.share", ds, ctx)!.numerator).toBe(count(["HTXSNV"]));
    expect(computeIndicator("member.rating.htnv_plus.share", ds, ctx)!.numerator).toBe(count(["HTXSNV", "HTTNV", "HTNV"]));
    expect(computeIndicator("member.rating.khtnv.share", ds, ctx)!.numerator).toBe(count(["KHTNV"]));
    // Not-rated members are not in the base.
    expect(rated.length).toBeLessThan(ds.members.length);
  });

  it("member ratings from organisation aggregates when there is no member list", () => {
    const ds = known();
    ds.members = [];
    ds.organisations[0].membersByRating = { HTXSNV: 5, HTTNV: 30, HTNV: 4, KHTNV: 1, notRated: 2 };
    ds.organisations[2].membersByRating = { HTXSNV: 1, HTTNV: 8, HTNV: null, KHTNV: null, notRated: null };
    // A đảng bộ cơ sở without its own totals contributes its chi bộ trực thuộc.
    ds.organisations[9].membersByRating = { HTXSNV: 0, HTTNV: 6, HTNV: 2, KHTNV: 0, notRated: null };
    const v = computeIndicator("member.rating.httnv_plus.share", ds, ctx)!;
    expect(v.basis).toBe("org-aggregates");
    expect(v.numerator).toBe(5 + 30 + 1 + 8 + 6);
    expect(v.denominator).toBe(40 + 9 + 8);
    expect(v.source).toContain("tổng hợp");
  });

  it("organisation ratings: grassroots organisations rated", () => {
    const ds = known();
    const g = ds.organisations.filter((o) => o.type !== "chi-bo-truc-thuoc" && o.rating !== null);
    const v = computeIndicator("org.rating.httnv_plus.share", ds, ctx)!;
    expect(v.denominator).toBe(g.length);
    expect(v.numerator).toBe(g.filter((o) => o.rating === "HTXSNV" || o.rating === "HTTNV").length);
    expect(computeIndicator("org.rating.htxsnv.share", ds, ctx)!.numerator).toBe(1);
    expect(computeIndicator("org.rating.khtnv.share", ds, ctx)!.value).toBeCloseTo(1 / 5, 12);
    expect(computeIndicator("org.rating.htnv_plus.share", ds, ctx)!.numerator).toBe(4);
  });

  it("admissions in the reporting year and its first months", () => {
    const ds = known();
    const start = serial(2024, 1, 1);
    const inYear = ds.members.filter((m) => m.admission !== null && m.admission >= start && m.admission < serial(2025, 1, 1));
    const firstHalf = ds.members.filter((m) => m.admission !== null && m.admission >= start && m.admission < serial(2024, 7, 1));
    expect(computeIndicator("member.admitted.count", ds, ctx)!.value).toBe(inYear.length);
    expect(computeIndicator("member.admitted.count", ds, { year: 2024, months: 6 })!.value).toBe(firstHalf.length);
    expect(computeIndicator("member.admitted.students.count", ds, ctx)!.value).toBe(inYear.filter((m) => m.student).length);
    expect(computeIndicator("member.admitted.private.count", ds, ctx)!.value).toBe(inYear.filter((m) => m.privateEnterprise).length);
    expect(computeIndicator("member.admitted.youth.count", ds, ctx)!.value).toBe(inYear.filter((m) => m.youthUnion).length);
    expect(computeIndicator("member.admitted.count", ds, { year: 2023, months: 12 })!.value).toBe(0);
  });

  it("admissions from the organisations' column without a member list; no year → missing", () => {
    const ds = known();
    ds.members = [];
    ds.organisations[0].admitted = 12;
    ds.organisations[3].admitted = 3;
    ds.organisations[9].admitted = 2; // chi bộ trực thuộc of the second đảng bộ, whose own cell is blank
    const v = computeIndicator("member.admitted.count", ds, ctx)!;
    expect(v).toMatchObject({ value: 17, basis: "org-aggregates" });
    const ds2 = known();
    const nv = computeIndicator("member.admitted.count", ds2, { year: null, months: 12 })!;
    expect(nv.value).toBeNull();
    expect(nv.missing?.vi).toContain("năm báo cáo");
  });

  it("studied, committed, inspected shares over all members", () => {
    const ds = known();
    const n = ds.members.length;
    expect(computeIndicator("member.studied.share", ds, ctx)!).toMatchObject({ numerator: ds.members.filter((m) => m.studied).length, denominator: n });
    expect(computeIndicator("member.committed.share", ds, ctx)!).toMatchObject({ numerator: ds.members.filter((m) => m.committed).length, denominator: n });
    expect(computeIndicator("member.inspected.share", ds, ctx)!).toMatchObject({ numerator: ds.members.filter((m) => m.inspected).length, denominator: n, source: "'Đảng viên'!O2:O1001" });
  });

  it("inspection of chi bộ trực thuộc and of grassroots organisations", () => {
    const ds = known();
    const subs = ds.organisations.filter((o) => o.type === "chi-bo-truc-thuoc");
    expect(computeIndicator("branch.inspected.share", ds, ctx)!).toMatchObject({ numerator: subs.filter((o) => o.inspected).length, denominator: subs.length });
    expect(computeIndicator("org.inspected.share", ds, ctx)!).toMatchObject({ numerator: 3, denominator: 6 });
    // Without sub-branch rows: the đảng bộ's own columns.
    const agg = known();
    agg.organisations = agg.organisations.filter((o) => o.type !== "chi-bo-truc-thuoc");
    agg.organisations[0].subBranches = 4;
    agg.organisations[0].subBranchesInspected = 1;
    agg.organisations[1].subBranches = 6;
    agg.organisations[1].subBranchesInspected = 2;
    expect(computeIndicator("branch.inspected.share", agg, ctx)!).toMatchObject({ numerator: 3, denominator: 10, basis: "org-aggregates" });
  });

  it("organisation yes/no shares and models", () => {
    const ds = known();
    expect(computeIndicator("org.tasks.share", ds, ctx)!).toMatchObject({ numerator: 5, denominator: 6 });
    expect(computeIndicator("org.democracy.share", ds, ctx)!).toMatchObject({ numerator: 5, denominator: 6 });
    expect(computeIndicator("org.models.registered.share", ds, ctx)!).toMatchObject({ numerator: 5, denominator: 6 });
    expect(computeIndicator("org.models.passed.share", ds, ctx)!).toMatchObject({ numerator: 2, denominator: 6 });
  });

  it("per-unit indicators judge each organisation of the target's kind", () => {
    const ds = known();
    const cbcs = computeIndicator("org.exemplars.per_unit", ds, { ...ctx, target: target({ kind: "count", value: 1, per: "chi bộ cơ sở" }) })!;
    expect(cbcs.perUnit!.map((u) => [u.org, u.value, u.ok])).toEqual([
      ["Chi bộ Sở Tư pháp", 0, false],
      ["Chi bộ Sở Xây dựng", 1, true],
      ["Chi bộ Văn phòng", 0, false],
      ["Chi bộ Thanh tra", 1, true],
    ]);
    expect(cbcs).toMatchObject({ value: 2, denominator: 4 });
    // "mỗi đảng bộ cơ sở ít nhất 02": the đảng bộ's blank cell is the sum of its chi bộ (3 and 2).
    const dbcs = computeIndicator("org.exemplars.per_unit", ds, { ...ctx, target: target({ kind: "count", value: 2, per: "đảng bộ cơ sở" }) })!;
    expect(dbcs.perUnit!.map((u) => [u.value, u.ok])).toEqual([
      [3, true],
      [2, true],
    ]);
    // "mỗi chi bộ (gồm chi bộ cơ sở và chi bộ trực thuộc đảng bộ cơ sở)": 4 + 6 units.
    const all = computeIndicator("org.exemplars.per_unit", ds, { ...ctx, target: target({ kind: "count", value: 1, per: "chi bộ (gồm chi bộ cơ sở và chi bộ trực thuộc đảng bộ cơ sở)" }) })!;
    expect(all.perUnit!.length).toBe(10);
    expect(all.perUnit!.filter((u) => u.ok === false).map((u) => u.org)).toEqual(["Chi bộ Sở Tư pháp", "Chi bộ Văn phòng", "Chi bộ 3 Đảng bộ Sở Giáo dục"]);
    const models = computeIndicator("org.models.per_unit", ds, { ...ctx, target: target({ kind: "count", value: 1, per: "tổ chức cơ sở đảng" }) })!;
    expect(models.perUnit!.filter((u) => !u.ok).map((u) => u.org)).toEqual(["Đảng bộ Sở Y tế"]);
  });

  it("per-unit kinds", () => {
    expect(perUnitTypes("chi bộ cơ sở")).toEqual(["chi-bo-co-so"]);
    expect(perUnitTypes("đảng bộ cơ sở")).toEqual(["dang-bo-co-so"]);
    expect(perUnitTypes("chi bộ")).toEqual(["chi-bo-co-so", "chi-bo-truc-thuoc"]);
    expect(perUnitTypes("tổ chức cơ sở đảng")).toEqual(["dang-bo-co-so", "chi-bo-co-so"]);
    expect(perUnitTypes("chi bộ trực thuộc")).toEqual(["chi-bo-truc-thuoc"]);
    expect(perUnitTypes(null)).toEqual(["dang-bo-co-so", "chi-bo-co-so"]);
  });

  it("unions and the committee", () => {
    const ds = known();
    // Shares over grassroots unions; the count over the unions directly under the committee; the upper level: the lowest rating.
    expect(computeIndicator("union.rating.httnv_plus.share", ds, ctx)!).toMatchObject({ numerator: 2, denominator: 3 });
    expect(computeIndicator("union.rating.htnv_plus.share", ds, ctx)!).toMatchObject({ numerator: 3, denominator: 3 });
    expect(computeIndicator("union.rating.httnv_plus.count", ds, ctx)!.value).toBe(2);
    expect(computeIndicator("union.upper.rating", ds, ctx)!.value).toBe("HTTNV");
    expect(computeIndicator("committee.rating", ds, ctx)!.value).toBe("HTTNV");
  });

  it("zero denominators and absent data are missing values with a reason, never 0% or NaN", () => {
    const empty = dataSet();
    const all = computeAll(empty, ctx);
    for (const [id, v] of all) {
      expect([id, v.value]).toEqual([id, null]);
      expect([id, (v.missing?.vi ?? "").length > 0]).toEqual([id, true]);
    }
    const unrated = known();
    for (const o of unrated.organisations) o.rating = null;
    const v = computeIndicator("org.rating.httnv_plus.share", unrated, ctx)!;
    expect(v).toMatchObject({ value: null, denominator: 0 });
    expect(v.missing?.vi).toContain("xếp loại");
  });
});
