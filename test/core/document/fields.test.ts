import { readFileSync } from "fs";
import { join } from "path";
import { defaultReportingYear, mergeFields, parseDocDate, parseDocType, splitRecipients, splitTitleLines } from "../../../src/core/document/fields";
import { fieldsFromResolution } from "../../../src/core/document/from-text";
import { attachedLine, documentHeader, documentTitle, numberLine, recipientLines, signatureLines } from "../../../src/core/document/parts";

const SAMPLE = readFileSync(join(__dirname, "..", "..", "..", "samples", "resolution", "nghi-quyet-mau.txt"), "utf8");

describe("document fields", () => {
  it("read the committees, number and place from the resolution's own header", () => {
    expect(fieldsFromResolution(SAMPLE)).toEqual({
      superior: "ĐẢNG BỘ TỈNH HÒA BÌNH XANH",
      issuer: "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH",
      resolutionNumber: "12-NQ/ĐUK",
      place: "Hòa Bình Xanh",
    });
    // A text without a Party header gives no committee (and no invented one).
    expect(fieldsFromResolution("Các chỉ tiêu\n- 90% đảng viên ...")).toEqual({ resolutionNumber: null, place: null });
  });

  it("parse dates, types, titles and recipients as staff type them", () => {
    expect(parseDocDate("15/01/2025")).toEqual({ day: 15, month: 1, year: 2025 });
    expect(parseDocDate("2025-01-15")).toEqual({ day: 15, month: 1, year: 2025 });
    expect(parseDocDate("5.2.2024")).toEqual({ day: 5, month: 2, year: 2024 });
    expect(parseDocDate("30/02/2024")).toBeNull();
    expect(parseDocDate("hôm nay")).toBeNull();
    expect(["Báo cáo", "bao-cao", "BC", "PHỤ LỤC", "pl", "thư"].map(parseDocType)).toEqual(["bao-cao", "bao-cao", "bao-cao", "phu-luc", "phu-luc", null]);
    expect(splitTitleLines("T/M BAN THƯỜNG VỤ / BÍ THƯ")).toEqual(["T/M BAN THƯỜNG VỤ", "BÍ THƯ"]);
    expect(splitTitleLines("K/T BÍ THƯ\nPHÓ BÍ THƯ")).toEqual(["K/T BÍ THƯ", "PHÓ BÍ THƯ"]);
    expect(splitRecipients("- Ban Thường vụ Tỉnh ủy (b/c),; Các chi bộ;\n- Lưu VP.")).toEqual(["Ban Thường vụ Tỉnh ủy (b/c)", "Các chi bộ", "Lưu VP"]);
  });

  it("default the reporting year to the resolution's, else last year in January–March", () => {
    expect(defaultReportingYear(2024, { day: 4, month: 12, year: 2026 })).toBe(2024);
    expect(defaultReportingYear(null, { day: 10, month: 1, year: 2026 })).toBe(2025);
    expect(defaultReportingYear(null, { day: 31, month: 3, year: 2026 })).toBe(2025);
    expect(defaultReportingYear(null, { day: 1, month: 4, year: 2026 })).toBe(2026);
  });

  it("merge layers field by field, later non-empty values winning", () => {
    expect(mergeFields({ issuer: "A", place: "X", recipients: ["r"] }, { issuer: "", place: "Y", recipients: [] }, null)).toEqual({ issuer: "A", place: "Y", recipients: ["r"] });
  });
});

describe("document parts", () => {
  const fields = { ...fieldsFromResolution(SAMPLE), number: "15", date: { day: 5, month: 1, year: 2025 } };

  it("header: superior, bold issuer, star and number left; party bold underlined and italic date right", () => {
    const h = documentHeader(fields, "vi");
    expect(h.left).toEqual([
      { text: "ĐẢNG BỘ TỈNH HÒA BÌNH XANH" },
      { text: "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH", bold: true },
      { text: "*" },
      { text: "Số 15-BC/ĐUK" },
    ]);
    expect(h.right).toEqual([{ text: "ĐẢNG CỘNG SẢN VIỆT NAM", bold: true, underline: true }, { text: "" }, { text: "Hòa Bình Xanh, ngày 05 tháng 01 năm 2025", italic: true }]);
    // Two lines typed in the issuer (the older --issuer form) read as superior + issuer.
    expect(documentHeader({ issuer: "Đảng bộ tỉnh Lâm Đồng\nĐảng ủy Khối" }, "vi").left.slice(0, 2)).toEqual([{ text: "ĐẢNG BỘ TỈNH LÂM ĐỒNG" }, { text: "ĐẢNG ỦY KHỐI", bold: true }]);
  });

  it("number: full as typed, a bare number takes the suffix, none leaves the blank", () => {
    expect(numberLine({ number: "07-BC/ĐU" }, "vi")).toBe("Số 07-BC/ĐU");
    expect(numberLine({ number: "Số 9", resolutionNumber: "3-NQ/ĐU" }, "vi")).toBe("Số 9-BC/ĐU");
    expect(numberLine({ resolutionNumber: "12-NQ/ĐUK" }, "vi")).toBe("Số        -BC/ĐUK");
    expect(numberLine({}, "vi")).toBe("Số        -BC/ĐU");
  });

  it("title names the resolution and the period; an appendix says which report it goes with", () => {
    const year = { months: 12, year: 2024, label: { vi: "cả năm", en: "whole year" } };
    const half = { months: 6, year: 2024, label: { vi: "6 tháng đầu năm", en: "first half" } };
    expect(documentTitle(year, fields, "vi")).toBe("Kết quả thực hiện các chỉ tiêu Nghị quyết số 12-NQ/ĐUK năm 2024");
    expect(documentTitle(half, {}, "vi")).toBe("Kết quả thực hiện các chỉ tiêu Nghị quyết 6 tháng đầu năm 2024");
    expect(attachedLine(fields, "vi")).toBeNull();
    expect(attachedLine({ ...fields, docType: "phu-luc", attachedNumber: "15", attachedDate: { day: 5, month: 1, year: 2025 } }, "vi")).toBe("(Kèm theo Báo cáo số 15-BC/ĐUK ngày 05/01/2025)");
    expect(documentHeader({ ...fields, docType: "phu-luc" }, "vi").left.map((l) => l.text)).not.toContain("Số 15-BC/ĐUK");
  });

  it("signature and recipients: defaults, or as typed (T/L, K/T)", () => {
    expect(signatureLines({}, "vi")).toEqual(["T/M BAN THƯỜNG VỤ", "BÍ THƯ"]);
    expect(signatureLines({ signerTitle: ["k/t bí thư", "phó bí thư"] }, "vi")).toEqual(["K/T BÍ THƯ", "PHÓ BÍ THƯ"]);
    expect(recipientLines({ recipients: ["Ban Thường vụ Tỉnh ủy (b/c)", "Lưu VP"] }, "vi")).toEqual(["- Ban Thường vụ Tỉnh ủy (b/c),", "- Lưu VP."]);
    expect(recipientLines({}, "vi").at(-1)).toBe("- Lưu Văn phòng.");
  });
});
