import { checkToJson, runCheck } from "../../../src/core/check/run";
import { buildReport } from "../../../src/core/report";
import { dataSet, member, org, serial, target } from "../check/fixtures";

function result(months = 12, header = {}) {
  const orgs = [org("Chi bộ A", { exemplars: 0, rating: "HTTNV" }, 2), org("Chi bộ B", { exemplars: 2, rating: "HTXSNV" }, 3), org("Chi bộ C", { exemplars: 1 }, 4)];
  const members = Array.from({ length: 40 }, (_, i) => member(i % 2 ? "Chi bộ A" : "Chi bộ B", { rating: i < 35 ? "HTTNV" : "HTNV", admission: i < 5 ? serial(2024, 3, 1) : serial(2001, 1, 1) }, i + 2));
  return runCheck({
    targets: [
      target({ id: "1", text: "90% đảng viên hoàn thành tốt nhiệm vụ trở lên", value: 0.9, indicator: "member.rating.httnv_plus.share" }),
      target({ id: "1.1", parent: "1", text: "trong đó  20% hoàn thành xuất sắc", value: 0.2, indicator: "member.rating.htxsnv.share" }),
      target({ id: "2", text: "kết nạp 8 đảng viên", kind: "count", unit: "đảng viên", value: 8, indicator: "member.admitted.count" }),
      target({ id: "3", text: "mỗi chi bộ ít nhất 01 gương", kind: "count", value: 1, per: "chi bộ cơ sở", indicator: "org.exemplars.per_unit" }),
      target({ id: "4", text: "chỉ tiêu không có dữ liệu", value: 0.5, indicator: null }),
    ],
    data: dataSet({ organisations: orgs, members, issues: [{ code: "BAD_DATE", severity: "error", sheet: "Đảng viên", cell: "F9", message: "Ngày sai", messageEn: "Bad date", row: 9 }] }),
    period: { months, year: 2024, label: months === 6 ? { vi: "6 tháng đầu năm", en: "first half" } : null },
    header: { superior: "Đảng bộ tỉnh Lâm Đồng", issuer: "Đảng ủy Khối các cơ quan tỉnh", number: "15", place: "Lâm Đồng", date: { day: 5, month: 1, year: 2025 }, signer: "Nguyễn Văn A", recipients: ["Ban Thường vụ Tỉnh ủy", "Lưu VP"], ...header },
    lang: "vi",
  });
}

describe("buildReport", () => {
  const r = result();
  const doc = buildReport(r);
  const json = checkToJson(r);

  it("has the Party header, type, title and count line", () => {
    expect(doc.header.left.map((l) => l.text)).toEqual(["ĐẢNG BỘ TỈNH LÂM ĐỒNG", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "*", "Số 15-BC/ĐU"]);
    expect(doc.header.right[2].text).toBe("Lâm Đồng, ngày 05 tháng 01 năm 2025");
    expect(doc.type).toBe("BÁO CÁO");
    expect(doc.attached).toBeNull();
    expect(doc.title).toBe("Kết quả thực hiện các chỉ tiêu Nghị quyết năm 2024");
    expect(doc.countLine).toMatch(/^Tổng số 5 chỉ tiêu: /);
    expect(doc.orientation).toBe("portrait");
  });

  it("table: one row per target, children numbered and indented, values and verdicts as the check says", () => {
    expect(doc.columns.map((c) => c.label)).toEqual(["STT", "Chỉ tiêu", "Chỉ tiêu Nghị quyết", "Thực hiện", "% so với chỉ tiêu", "Đánh giá"]);
    expect(doc.columns.reduce((s, c) => s + c.width, 0)).toBe(100);
    expect(doc.rows.map((x) => [x.no, x.level])).toEqual([["1", 0], ["1.1", 1], ["2", 0], ["3", 0], ["4", 0]]);
    expect(doc.rows.map((x) => x.text)).toEqual(json.targets.map((t) => t.text.replace(/\s+/g, " ").trim()));
    expect(doc.rows.map((x) => x.status)).toEqual(json.targets.map((t) => t.status));
    // 35 of 40 members HTTNV or better = 87.5% (target 90%, so one decimal more); 5 admitted; 2 of 3 units.
    expect(doc.rows.map((x) => x.actual)).toEqual(["87,5%", "0,0%", "5", "2/3", "—"]);
    expect(doc.rows[0].threshold).toBe("≥ 90%");
    expect(doc.rows[0].verdict).toBe("✘ Chưa đạt");
    expect(doc.rows[4].verdict).toBe("? Thiếu dữ liệu");
  });

  it("names no cell: the table and sections carry no sheet reference", () => {
    const all = JSON.stringify(doc);
    expect(all).not.toMatch(/![A-Z]+\d/);
    expect(all).not.toContain("Đảng viên!");
  });

  it("lists the organisations short of a per-unit target and counts the data problems", () => {
    expect(doc.sections[0].lines).toEqual(["Chỉ tiêu 3 (mỗi chi bộ ít nhất 01 gương): 1/3 đơn vị chưa đạt — Chi bộ A (0)."]);
    expect(doc.sections[1].lines[0]).toMatch(/^Số liệu tổng hợp có 1 lỗi và 0 cảnh báo/);
  });

  it("ends with Nơi nhận and the signature", () => {
    expect(doc.recipients).toEqual({ heading: "Nơi nhận:", lines: ["- Ban Thường vụ Tỉnh ủy,", "- Lưu VP."] });
    expect(doc.signature).toEqual({ title: ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"], signer: "Nguyễn Văn A" });
  });

  it("mid-year: the progress column and the period in the title; an appendix is landscape", () => {
    const mid = buildReport(result(6, { docType: "phu-luc", attachedNumber: "15-BC/ĐUK" }));
    expect(mid.columns.map((c) => c.key)).toContain("progress");
    expect(mid.columns.reduce((s, c) => s + c.width, 0)).toBe(100);
    expect(mid.rows[2].progress).toBe("Đúng tiến độ"); // 5 ≥ 8 × 6/12
    expect(mid.title).toBe("Kết quả thực hiện các chỉ tiêu Nghị quyết 6 tháng đầu năm 2024");
    expect(mid.type).toBe("PHỤ LỤC");
    expect(mid.attached).toBe("(Kèm theo Báo cáo số 15-BC/ĐUK ngày ………)");
    expect(mid.orientation).toBe("landscape");
  });
});
