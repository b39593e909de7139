import { checkToJson, runCheck } from "../../../src/core/check/run";
import { formatCheckTable } from "../../../src/core/check/table";
import { dataSet, member, org, serial, target, union } from "./fixtures";

function data() {
  const orgs = [
    org("Đảng bộ Sở Y tế", { type: "dang-bo-co-so", rating: "HTTNV", exemplars: 2, modelsRegistered: 1 }, 2),
    org("Chi bộ Sở Tư pháp", { rating: "HTXSNV", exemplars: 0, modelsRegistered: 2 }, 3),
    org("Chi bộ Văn phòng", { rating: "HTNV", exemplars: 1, modelsRegistered: 0 }, 4),
  ];
  const members = [];
  for (let i = 0; i < 100; i++) {
    members.push(member(orgs[i % 3].name, { rating: i < 91 ? "HTTNV" : "HTNV", admission: i < 73 ? serial(2024, 1 + (i % 6), 3) : serial(2015, 1, 1), student: i < 10 }, i + 2));
  }
  return dataSet({
    organisations: orgs,
    members,
    unions: [union("Công đoàn", { rating: "HTTNV" }), union("Đoàn Thanh niên", { rating: "HTXSNV" }, 3)],
    committeeRating: "HTTNV",
    issues: [{ code: "REQUIRED_EMPTY", severity: "error", sheet: "Đảng viên", cell: "B7", message: "Thiếu họ tên", messageEn: "Name missing", row: 7 }],
  });
}

const targets = [
  target({ id: "1", text: "90% đảng viên hoàn thành tốt nhiệm vụ trở lên", value: 0.9, indicator: "member.rating.httnv_plus.share" }),
  target({ id: "2", text: "kết nạp từ 90 đảng viên mới trở lên", kind: "count", unit: "đảng viên", value: 90, indicator: "member.admitted.count" }),
  target({ id: "2.1", parent: "2", text: "trong đó có từ 15 đảng viên là học sinh, sinh viên", kind: "count", unit: "đảng viên", value: 15, indicator: "member.admitted.students.count" }),
  target({ id: "3", text: "mỗi chi bộ cơ sở xây dựng ít nhất 01 gương điển hình", kind: "count", unit: "gương", value: 1, per: "chi bộ cơ sở", indicator: "org.exemplars.per_unit" }),
  target({ id: "4", text: "Đảng bộ Khối được xếp loại hoàn thành tốt nhiệm vụ trở lên", kind: "rating", unit: null, value: "HTTNV", indicator: "committee.rating" }),
  target({ id: "5", text: "02 Đoàn thể đạt hoàn thành tốt nhiệm vụ trở lên", kind: "count", unit: "đoàn thể", value: 2, indicator: "union.rating.httnv_plus.share" }),
  target({ id: "6", text: "tối thiểu 80%, phấn đấu 90% thủ tục hành chính trực tuyến", value: 0.8, stretch: 0.9, deadline: 2025, indicator: null }),
  target({ id: "7", text: "95% cán bộ, công chức được quán triệt", value: 0.95, indicator: null, manual: 0.96 }),
  target({ id: "8", text: "chỉ số lạ", value: 0.5, indicator: "no.such.indicator" }),
];

describe("runCheck", () => {
  const result = runCheck({ targets, data: data(), period: { months: 12, year: 2024 }, lang: "vi" });
  const byId = (id: string) => result.targets.find((r) => r.id === id)!;

  it("judges every target from its indicator, or the typed-in value, or says what is missing", () => {
    expect(byId("1")).toMatchObject({ value: 0.91, numerator: 91, denominator: 100, status: "dat", basis: "member-list" });
    expect(byId("2")).toMatchObject({ value: 73, status: "chua-dat", gap: -17, progress: null });
    expect(byId("2").gapText.vi).toBe("còn thiếu 17 đảng viên");
    expect(byId("2.1")).toMatchObject({ value: 10, status: "chua-dat", gap: -5 });
    expect(byId("4")).toMatchObject({ value: "HTTNV", status: "dat" });
    // A count target on a share indicator uses the count (2 unions rated HTTNV or better).
    expect(byId("5")).toMatchObject({ value: 2, status: "dat" });
    expect(byId("6")).toMatchObject({ value: null, status: "thieu-du-lieu", valueFrom: "none" });
    expect(byId("6").missing?.vi).toContain("nhập kết quả");
    expect(byId("7")).toMatchObject({ value: 0.96, status: "dat", valueFrom: "manual", basis: "manual" });
    expect(byId("8").status).toBe("thieu-du-lieu");
  });

  it("a count indicator is compared by its count, not by its numerator/denominator", () => {
    const r = runCheck({ targets: [target({ kind: "count", unit: "đoàn thể", value: 2, indicator: "union.rating.httnv_plus.count" })], data: data(), period: { months: 12, year: 2024 }, lang: "vi" });
    expect(r.targets[0]).toMatchObject({ value: 2, status: "dat", gap: 0 });
  });

  it("manual values win over the indicator", () => {
    const r = runCheck({ targets: [{ ...targets[1], manual: 95 }], data: data(), period: { months: 12, year: 2024 }, lang: "vi" });
    expect(r.targets[0]).toMatchObject({ value: 95, status: "dat", valueFrom: "manual" });
  });

  it("per-unit targets list the organisations that fall short", () => {
    const r = byId("3");
    expect(r.status).toBe("chua-dat");
    expect(r.perUnit!.shortfalls.map((u) => u.org)).toEqual(["Chi bộ Sở Tư pháp"]);
    expect(r.value).toBe(1);
    expect(r.gapText.vi).toBe("1/2 tổ chức chưa đạt: Chi bộ Sở Tư pháp");
    const row = result.organisations.find((o) => o.name === "Chi bộ Sở Tư pháp")!;
    expect(row.shortfalls).toEqual([{ targetId: "3", indicator: "org.exemplars.per_unit", value: 0 }]);
  });

  it("each unit of a per-unit count is judged by the check's judge ('ít nhất 03': 2 falls short, 3 and a range's top pass)", () => {
    const units = dataSet({ organisations: [org("Chi bộ A", { type: "chi-bo-co-so", exemplars: 2 }, 2), org("Chi bộ B", { type: "chi-bo-co-so", exemplars: 3 }, 3)] });
    const atLeast3 = runCheck({ targets: [target({ kind: "count", value: 3, per: "chi bộ cơ sở", indicator: "org.exemplars.per_unit" })], data: units, lang: "vi" });
    expect(atLeast3.targets[0].perUnit!.shortfalls.map((u) => u.org)).toEqual(["Chi bộ A"]);
    const range = runCheck({ targets: [target({ kind: "count", op: "range", value: 1, max: 2, per: "chi bộ cơ sở", indicator: "org.exemplars.per_unit" })], data: units, lang: "vi" });
    expect(range.targets[0].perUnit!.all.map((u) => u.ok)).toEqual([true, true]); // above the top of a range is "vượt": reached
  });

  it("counts statuses and gathers data and target issues", () => {
    expect(result.summary).toMatchObject({ total: 9, dat: 4, vuot: 0, "chua-dat": 3, "thieu-du-lieu": 2, "chua-den-han": 0 });
    expect(result.issues.map((i) => i.code)).toEqual(["REQUIRED_EMPTY", "CHECK_UNKNOWN_INDICATOR"]);
    expect(result.issues[1].message).toContain("no.such.indicator");
  });

  it("mid-year: admissions so far and progress against the elapsed share", () => {
    const mid = runCheck({ targets, data: data(), period: { months: 6, year: 2024 }, lang: "vi" });
    const adm = mid.targets.find((r) => r.id === "2")!;
    expect(adm.value).toBe(73);
    expect(adm.progress).toEqual({ status: "dung-tien-do", expected: 45 });
    expect(mid.period.label.vi).toBe("6 tháng đầu năm");
    expect(mid.summary.progress["dung-tien-do"]).toBeGreaterThanOrEqual(1);
  });

  it("a deadline after the reporting year is Chưa đến hạn", () => {
    const r = runCheck({ targets: [{ ...targets[6], manual: 0.7 }], data: data(), period: { months: 12, year: 2024 }, lang: "vi" });
    expect(r.targets[0].status).toBe("chua-den-han");
    expect(r.summary["chua-den-han"]).toBe(1);
  });

  it("checkToJson has exactly the documented shape", () => {
    const json = checkToJson(result);
    expect(Object.keys(json).sort()).toEqual(["issues", "issuesOmitted", "summary", "targets"]);
    for (const t of json.targets) expect(Object.keys(t).sort()).toEqual(["gap", "id", "indicator", "source", "status", "target", "text", "value"]);
    for (const i of json.issues) expect(Object.keys(i).sort()).toEqual(["cell", "code", "message", "severity", "sheet"]);
    expect(json.targets[1]).toEqual({
      id: "2",
      text: "kết nạp từ 90 đảng viên mới trở lên",
      indicator: "member.admitted.count",
      value: 73,
      target: { kind: "count", op: ">=", value: 90, max: null, stretch: null, unit: "đảng viên", per: null, deadline: null },
      status: "chua-dat",
      gap: -17,
      source: "Đảng viên",
    });
    expect(json.issues[0]).toEqual({ code: "REQUIRED_EMPTY", severity: "error", sheet: "Đảng viên", cell: "B7", message: "Thiếu họ tên" });
    expect(json.summary).toMatchObject({ total: 9, dat: 4, "chua-dat": 3, period: { months: 12, year: 2024, label: "cả năm" } });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it("prints an aligned Vietnamese table", () => {
    const text = formatCheckTable(result, "vi", 110);
    expect(text).toContain("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT NĂM 2024");
    expect(text).toContain("✘ Chưa đạt");
    expect(text).toContain("91,0%");
    expect(text).toContain("≥ 90%");
    expect(text).toContain("Tổng số 9 chỉ tiêu: 4 đạt, 3 chưa đạt, 2 thiếu dữ liệu.");
    const rows = text.split("\n").filter((l) => /^\d/.test(l));
    expect(rows.length).toBe(9);
    // The verdict column starts at the same place on every row.
    const at = rows.map((l) => [...l].filter((ch) => !/\p{M}/u.test(ch)).join("").search(/[✔▲✘?…] (Đạt|Vượt|Chưa đạt|Thiếu dữ liệu|Chưa đến hạn)/));
    expect(new Set(at).size).toBe(1);
    if (process.env.SHOW_TABLE) process.stdout.write(text);
  });
});
