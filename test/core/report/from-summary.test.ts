import { runCheck } from "../../../src/core/check/run";
import { buildSummarySheets } from "../../../src/core/check/sheets";
import type { DocumentFields } from "../../../src/core/document/fields";
import type { Lang } from "../../../src/core/i18n/types";
import { buildReport } from "../../../src/core/report";
import { readCheckedSummary } from "../../../src/core/report/from-summary";
import { dataSet, member, org, serial, target } from "../check/fixtures";

// nq report reads back what the check printed on "Tổng hợp": rendered again, the fields must give the
// very same header, type line, signature and Nơi nhận, and the period the same title.

function check(months: number, header: DocumentFields, lang: Lang) {
  const orgs = [org("Chi bộ A", { exemplars: 0, rating: "HTTNV" }, 2), org("Chi bộ B", { exemplars: 2, rating: "HTXSNV" }, 3)];
  const members = Array.from({ length: 30 }, (_, i) => member(i % 2 ? "Chi bộ A" : "Chi bộ B", { rating: i < 26 ? "HTTNV" : "HTNV", admission: i < 4 ? serial(2024, 3, 1) : serial(2001, 1, 1) }, i + 2));
  const label = months === 6 ? { vi: "6 tháng đầu năm", en: "first half of the year" } : months === 9 ? { vi: "9 tháng", en: "9 months" } : null;
  return runCheck({
    targets: [
      target({ id: "1", text: "90% đảng viên hoàn thành tốt nhiệm vụ trở lên", value: 0.9, indicator: "member.rating.httnv_plus.share" }),
      target({ id: "1.1", parent: "1", text: "trong đó  20% hoàn thành xuất sắc", value: 0.2, indicator: "member.rating.htxsnv.share" }),
      target({ id: "2", text: "kết nạp 8 đảng viên", kind: "count", unit: "đảng viên", value: 8, indicator: "member.admitted.count" }),
    ],
    data: dataSet({ organisations: orgs, members }),
    period: { months, year: 2024, label },
    header,
    lang,
  });
}

const FULL: DocumentFields = {
  superior: "Đảng bộ tỉnh Lâm Đồng",
  issuer: "Đảng ủy Khối các cơ quan tỉnh",
  number: "15",
  resolutionNumber: "12-NQ/ĐUK",
  place: "Lâm Đồng",
  date: { day: 5, month: 1, year: 2025 },
  signer: "Nguyễn Văn A",
  signerTitle: ["K/T BÍ THƯ", "PHÓ BÍ THƯ"],
  recipients: ["Ban Thường vụ Tỉnh ủy", "Lưu VP"],
};

const CASES: [string, number, DocumentFields, Lang][] = [
  ["every field, year end", 12, FULL, "vi"],
  ["a PHỤ LỤC attached to a report, 6 months", 6, { ...FULL, docType: "phu-luc", attachedNumber: "15-BC/ĐUK", attachedDate: { day: 2, month: 7, year: 2024 } }, "vi"],
  ["nothing given: placeholders, default signature and recipients, 9 months", 9, {}, "vi"],
  ["a two-line issuer and no superior, in English", 12, { issuer: "Đảng bộ tỉnh X\nĐảng ủy Khối Y", date: { day: 20, month: 12, year: 2024 }, place: "X" }, "en"],
];

describe("readCheckedSummary", () => {
  it.each(CASES)("%s: the printed fields and period give the same report again", (_label, months, header, lang) => {
    const result = check(months, header, lang);
    const [summary] = buildSummarySheets(result, lang);
    const read = readCheckedSummary({ name: summary.name, values: summary.values });
    expect(read).not.toBeNull();
    expect(read!.lang).toBe(lang);
    expect(read!.period).toEqual({ months, year: 2024, label: result.period.label });
    // The resolution's number is not printed on the sheet: it comes from the settings block.
    const again = check(read!.period.months, { ...read!.fields, resolutionNumber: header.resolutionNumber }, lang);
    const [a, b] = [buildReport(result, lang), buildReport(again, lang)];
    expect(b).toEqual(a);
    expect(read!.rows.map((r) => [r.no, r.verdict])).toEqual(a.rows.map((r) => [r.no, r.verdict]));
    expect(read!.rows[1].text).toBe("trong đó 20% hoàn thành xuất sắc");
  });

  it("is null for a sheet that is not a summary (the rule can fail)", () => {
    const result = check(12, FULL, "vi");
    const [, byOrg, issues] = buildSummarySheets(result, "vi");
    for (const s of [byOrg, issues]) expect(readCheckedSummary({ name: s.name, values: s.values })).toBeNull();
    expect(readCheckedSummary({ name: "x", values: [["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT NĂM"]] })).toBeNull();
    expect(readCheckedSummary({ name: "x", values: [] })).toBeNull();
  });
});
