import { computeAll } from "../../../src/core/indicators/catalogue";
import type { IndicatorId } from "../../../src/core/indicators/ids";
import { INDICATOR_IDS } from "../../../src/core/indicators/ids";
import { readDataSet } from "../../../src/core/data/read";
import { generateSample } from "../../../src/core/sample";
import type { Organisation } from "../../../src/core/data/model";
import { target } from "../check/fixtures";
import { computeIndicator } from "../../../src/core/indicators/catalogue";
import { readResolution } from "../../../src/core/reader/read";

// On the generated sample (through the real reader), every indicator equals a count written here
// with plain filters over the records: no engine code is reused.
const serial = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;

describe("indicators on the generated sample", () => {
  const sample = generateSample({ members: 3000, seed: 11, year: 2024 });
  const ds = readDataSet(sample.grids);
  const ctx = { year: 2024, months: 12 };
  const all = computeAll(ds, ctx);
  const v = (id: IndicatorId) => all.get(id)!;

  const grassroots = ds.organisations.filter((o) => o.type === "dang-bo-co-so" || o.type === "chi-bo-co-so");
  const subs = ds.organisations.filter((o) => o.type === "chi-bo-truc-thuoc");
  const ratedOrgs = grassroots.filter((o) => o.rating !== null);
  const ratedMembers = ds.members.filter((m) => m.rating !== null);
  const admitted = ds.members.filter((m) => m.admission !== null && m.admission >= serial(2024, 1, 1) && m.admission < serial(2025, 1, 1));
  const share = (n: number, d: number) => ({ numerator: n, denominator: d });

  it("the sample has every table and no unreadable row", () => {
    expect(ds.members.length).toBe(3000);
    expect(grassroots.length).toBeGreaterThan(10);
    expect(subs.length).toBeGreaterThan(10);
    expect(ds.unions.length).toBeGreaterThan(0);
    expect(ds.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("ratings of organisations and members, over those rated", () => {
    const o = (codes: string[]) => ratedOrgs.filter((x) => codes.includes(x.rating as string)).length;
    expect(v("org.rating.htxsnv.share")).toMatchObject(share(o(["HTXSNV"]), ratedOrgs.length));
    expect(v("org.rating.httnv_plus.share")).toMatchObject(share(o(["HTXSNV", "HTTNV"]), ratedOrgs.length));
    expect(v("org.rating.htnv_plus.share")).toMatchObject(share(o(["HTXSNV", "HTTNV", "HTNV"]), ratedOrgs.length));
    expect(v("org.rating.khtnv.share")).toMatchObject(share(o(["KHTNV"]), ratedOrgs.length));
    const m = (codes: string[]) => ratedMembers.filter((x) => codes.includes(x.rating as string)).length;
    expect(v("member.rating.htxsnv.share")).toMatchObject({ ...share(m(["HTXSNV"]), ratedMembers.length), basis: "member-list" });
    expect(v("member.rating.httnv_plus.share")).toMatchObject(share(m(["HTXSNV", "HTTNV"]), ratedMembers.length));
    expect(v("member.rating.htnv_plus.share")).toMatchObject(share(m(["HTXSNV", "HTTNV", "HTNV"]), ratedMembers.length));
    expect(v("member.rating.khtnv.share")).toMatchObject(share(m(["KHTNV"]), ratedMembers.length));
    expect(v("member.rating.httnv_plus.share").value).toBeCloseTo(m(["HTXSNV", "HTTNV"]) / ratedMembers.length, 12);
    expect(ratedMembers.length).toBeLessThan(ds.members.length); // some members are not rated and not in the base
  });

  it("admissions of the year and their breakdown", () => {
    expect(admitted.length).toBeGreaterThan(0);
    expect(v("member.admitted.count").value).toBe(admitted.length);
    expect(v("member.admitted.students.count").value).toBe(admitted.filter((m) => m.student === true).length);
    expect(v("member.admitted.private.count").value).toBe(admitted.filter((m) => m.privateEnterprise === true).length);
    expect(v("member.admitted.youth.count").value).toBe(admitted.filter((m) => m.youthUnion === true).length);
  });

  it("members' yes/no facts over all members", () => {
    const n = ds.members.length;
    expect(v("member.studied.share")).toMatchObject(share(ds.members.filter((m) => m.studied === true).length, n));
    expect(v("member.committed.share")).toMatchObject(share(ds.members.filter((m) => m.committed === true).length, n));
    expect(v("member.inspected.share")).toMatchObject(share(ds.members.filter((m) => m.inspected === true).length, n));
  });

  it("organisation facts", () => {
    expect(v("branch.inspected.share")).toMatchObject(share(subs.filter((o) => o.inspected === true).length, subs.length));
    expect(v("org.inspected.share")).toMatchObject(share(grassroots.filter((o) => o.inspected === true).length, grassroots.length));
    expect(v("org.models.registered.share")).toMatchObject(share(grassroots.filter((o) => (o.modelsRegistered ?? 0) > 0).length, grassroots.length));
    expect(v("org.models.passed.share")).toMatchObject(share(grassroots.filter((o) => (o.modelsPassed ?? 0) > 0).length, grassroots.length));
    expect(v("org.tasks.share")).toMatchObject(share(grassroots.filter((o) => o.professionalTasksDone === true).length, grassroots.length));
    expect(v("org.democracy.share")).toMatchObject(share(grassroots.filter((o) => o.democracyGood === true).length, grassroots.length));
  });

  it("per-unit targets list exactly the organisations below the bar", () => {
    const childSum = (o: Organisation, f: (x: Organisation) => number | null) => {
      const own = f(o);
      if (own !== null) return own;
      const kids = subs.filter((s) => s.parentKey === o.key).map(f).filter((x): x is number => x !== null);
      return kids.length ? kids.reduce((a, b) => a + b, 0) : null;
    };
    const cb = computeIndicator("org.exemplars.per_unit", ds, { ...ctx, target: target({ kind: "count", value: 1, per: "chi bộ cơ sở" }) })!;
    const cbcs = ds.organisations.filter((o) => o.type === "chi-bo-co-so");
    expect(cb.perUnit!.filter((u) => u.ok === false).map((u) => u.org)).toEqual(cbcs.filter((o) => o.exemplars !== null && o.exemplars < 1).map((o) => o.name));
    const db = computeIndicator("org.exemplars.per_unit", ds, { ...ctx, target: target({ kind: "count", value: 2, per: "đảng bộ cơ sở" }) })!;
    const dbcs = ds.organisations.filter((o) => o.type === "dang-bo-co-so");
    expect(db.perUnit!.map((u) => u.value)).toEqual(dbcs.map((o) => childSum(o, (x) => x.exemplars)));
    const dvk = computeIndicator("org.danvankheo.per_unit", ds, { ...ctx, target: target({ kind: "count", value: 1, per: "tổ chức cơ sở đảng" }) })!;
    expect(dvk.value).toBe(grassroots.filter((o) => (childSum(o, (x) => x.danVanKheo) ?? -1) >= 1).length);
    expect(dvk.denominator).toBe(grassroots.length);
    const models = computeIndicator("org.models.per_unit", ds, { ...ctx, target: target({ kind: "count", value: 1, per: "tổ chức cơ sở đảng" }) })!;
    expect(models.value).toBe(grassroots.filter((o) => (childSum(o, (x) => x.modelsRegistered) ?? -1) >= 1).length);
  });

  it("admissions per organisation: from the member list, and from the Kết nạp mới column without one", () => {
    const per = target({ kind: "count", value: 1, per: "tổ chức cơ sở đảng" });
    const perOrg = (o: Organisation) => admitted.filter((m) => m.orgKey === o.key).length;
    const fromList = computeIndicator("org.admitted.per_unit", ds, { ...ctx, target: per })!;
    expect(fromList.basis).toBe("member-list");
    expect(fromList.perUnit!.map((u) => [u.org, u.value])).toEqual(grassroots.map((o) => [o.name, perOrg(o)]));
    expect(fromList).toMatchObject({ value: grassroots.filter((o) => perOrg(o) >= 1).length, denominator: grassroots.length });
    expect(grassroots.some((o) => perOrg(o) === 0) && grassroots.some((o) => perOrg(o) >= 1)).toBe(true);
    // Without a member list: each organisation's own figure, a đảng bộ cơ sở with its chi bộ trực thuộc when it has none.
    const sum = (o: Organisation): number | null => {
      if (o.admitted !== null) return o.admitted;
      const kids = subs.filter((x) => x.parentKey === o.key && x.admitted !== null).map((x) => x.admitted as number);
      return kids.length ? kids.reduce((a, b) => a + b, 0) : null;
    };
    const orgsOnly = computeIndicator("org.admitted.per_unit", { ...ds, members: [] }, { ...ctx, target: per })!;
    expect(orgsOnly.basis).toBe("org-list");
    expect(orgsOnly.perUnit!.map((u) => u.value)).toEqual(grassroots.map(sum));
    // A reader-made target binds to it.
    expect(readResolution("Chỉ tiêu\n- Mỗi chi bộ cơ sở kết nạp ít nhất 01 đảng viên mới.").targets[0]).toMatchObject({ per: "chi bộ cơ sở", indicator: "org.admitted.per_unit" });
  });

  it("unions and the committee", () => {
    const base = ds.unions.filter((u) => u.level !== "tren-co-so");
    const rated = (base.length ? base : ds.unions).filter((u) => u.rating !== null);
    const good = (u: { rating: string | null }) => u.rating === "HTXSNV" || u.rating === "HTTNV";
    expect(v("union.rating.httnv_plus.share")).toMatchObject(share(rated.filter(good).length, rated.length));
    expect(v("union.rating.htnv_plus.share")).toMatchObject(share(rated.filter((u) => u.rating !== "KHTNV").length, rated.length));
    const upper = ds.unions.filter((u) => u.level === "tren-co-so");
    expect(v("union.rating.httnv_plus.count").value).toBe((upper.length ? upper : ds.unions).filter(good).length);
    const order = ["KHTNV", "HTNV", "HTTNV", "HTXSNV"];
    const upperRated = upper.filter((u) => u.rating !== null).map((u) => u.rating as string);
    expect(v("union.upper.rating").value).toBe(upperRated.length ? upperRated.sort((a, b) => order.indexOf(a) - order.indexOf(b))[0] : null);
    expect(v("committee.rating").value).toBe(ds.committeeRating);
  });

  it("every indicator has a value on the full sample", () => {
    const missing = INDICATOR_IDS.filter((id) => all.get(id)!.value === null && !id.endsWith("per_unit"));
    expect(missing).toEqual([]);
  });
});
