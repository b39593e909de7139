import { placeFromText } from "../../../src/core/check/header";
import { runCheck } from "../../../src/core/check/run";
import { buildSummarySheets, dateLine, summaryTitle } from "../../../src/core/check/sheets";
import { parseCellAddress } from "../../../src/core/sheet/address";
import type { SheetModel } from "../../../src/core/sheet/model";
import { dataSet, member, org, serial, target } from "./fixtures";

function result(months = 12) {
  const orgs = [org("Chi bộ A", { exemplars: 0, rating: "HTTNV" }, 2), org("Chi bộ B", { exemplars: 2, rating: "HTXSNV" }, 3)];
  const members = Array.from({ length: 40 }, (_, i) => member(i % 2 ? "Chi bộ A" : "Chi bộ B", { rating: i < 35 ? "HTTNV" : "HTNV", admission: i < 5 ? serial(2024, 3, 1) : serial(2001, 1, 1), inspected: i % 3 === 0 }, i + 2));
  return runCheck({
    targets: [
      target({ id: "1", text: "90% đảng viên hoàn thành tốt nhiệm vụ trở lên", value: 0.9, indicator: "member.rating.httnv_plus.share" }),
      target({ id: "1.1", parent: "1", text: "trong đó 20% hoàn thành xuất sắc", value: 0.2, indicator: "member.rating.htxsnv.share" }),
      target({ id: "2", text: "kết nạp 8 đảng viên", kind: "count", unit: "đảng viên", value: 8, indicator: "member.admitted.count" }),
      target({ id: "3", text: "kiểm tra 30 - 35% đảng viên", op: "range", value: 0.3, max: 0.35, indicator: "member.inspected.share" }),
      target({ id: "4", text: "mỗi chi bộ ít nhất 01 gương", kind: "count", value: 1, per: "chi bộ cơ sở", indicator: "org.exemplars.per_unit" }),
    ],
    data: dataSet({ organisations: orgs, members, issues: [{ code: "BAD_DATE", severity: "error", sheet: "Đảng viên", cell: "F9", message: "Ngày sai", messageEn: "Bad date", row: 9 }] }),
    period: { months, year: 2024 },
    header: { issuer: "ĐẢNG BỘ TỈNH LÂM ĐỒNG\nĐảng ủy Khối các cơ quan tỉnh", place: "Lâm Đồng", date: { day: 5, month: 1, year: 2025 } },
    lang: "vi",
  });
}

function find(sheet: SheetModel, text: string): { row: number; column: number } | null {
  for (let r = 0; r < sheet.values.length; r++) for (let c = 0; c < sheet.values[r].length; c++) if (sheet.values[r][c] === text) return { row: r, column: c };
  return null;
}

describe("summary sheets", () => {
  const sheets = buildSummarySheets(result(), "vi");
  const [summary, byOrg, issues] = sheets;

  it("are the three marked sheets", () => {
    expect(sheets.map((s) => [s.name, s.role])).toEqual([
      ["Tổng hợp", "summary"],
      ["Theo tổ chức", "by-organisation"],
      ["Lỗi dữ liệu", "issues"],
    ]);
    for (const s of sheets) {
      expect(s.styleIds.length).toBe(s.values.length);
      s.values.forEach((row, r) => expect([r, row.length]).toEqual([r, s.styleIds[r].length]));
      for (const id of s.styleIds.flat()) if (id) expect(s.styles[id]).toBeDefined();
    }
  });

  it("'Tổng hợp' has the Party document header, title and count line", () => {
    expect(summary.values[0][0]).toBe("ĐẢNG BỘ TỈNH LÂM ĐỒNG");
    expect(summary.values[1][0]).toBe("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH");
    expect(summary.values[2][0]).toBe("*");
    expect(summary.values[0][4]).toBe("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(summary.styles[summary.styleIds[0][4] as string].font).toMatchObject({ bold: true, underline: true, name: "Times New Roman" });
    expect(summary.styles[summary.styleIds[1][0] as string].font).toMatchObject({ bold: true });
    expect(find(summary, "Lâm Đồng, ngày 05 tháng 01 năm 2025")).not.toBeNull();
    expect(find(summary, "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT NĂM 2024")).not.toBeNull();
    expect(find(summary, "Tổng số 5 chỉ tiêu: 1 đạt, 4 chưa đạt.")).not.toBeNull();
  });

  it("keeps numbers as numbers with invariant formats, verdicts as text with an icon", () => {
    const head = find(summary, "STT")!;
    const row1 = head.row + 1;
    expect(summary.values[row1][1]).toBe("90% đảng viên hoàn thành tốt nhiệm vụ trở lên");
    expect(summary.values[row1][2]).toBe(0.9);
    expect(summary.styles[summary.styleIds[row1][2] as string].numberFormat).toBe('"≥ "0%');
    expect(summary.values[row1][3]).toBeCloseTo(35 / 40, 12);
    expect(summary.styles[summary.styleIds[row1][3] as string].numberFormat).toBe("0.0%");
    expect(summary.values[row1][5]).toBe("✘ Chưa đạt");
    // "trong đó" row: numbered under its parent and indented.
    expect(summary.values[row1 + 1][0]).toBe("1.1");
    expect(summary.styles[summary.styleIds[row1 + 1][1] as string].alignment?.indent).toBe(2);
    // Count target: the actual number with "#,##0".
    expect(summary.values[row1 + 2][3]).toBe(5);
    expect(summary.styles[summary.styleIds[row1 + 2][3] as string].numberFormat).toBe("#,##0");
    // Range: a text label (a range is not one number); per-unit: units meeting, out of all.
    expect(summary.values[row1 + 3][2]).toBe("30 – 35%");
    expect(summary.values[row1 + 4][3]).toBe(1);
    expect(summary.styles[summary.styleIds[row1 + 4][3] as string].numberFormat).toBe('#,##0" / 2"');
    expect(String(summary.values[row1 + 4][7])).toContain("Chi bộ A");
    expect(summary.conditionalFormats!.map((c) => c.text)).toEqual(["✔", "▲", "✘", "?", "…"]);
    for (const c of summary.conditionalFormats!) expect(c.range).toBe(`F${row1 + 1}:F${row1 + 5}`);
  });

  it("prints on A4 landscape, fit to width, header row repeated, in Times New Roman", () => {
    const head = find(summary, "STT")!;
    expect(summary.page).toMatchObject({ orientation: "landscape", paperSize: "A4", fitToWidth: true, printTitleRows: `${head.row + 1}:${head.row + 1}` });
    const fonts = new Set(Object.values(summary.styles).map((s) => s.font?.name));
    expect([...fonts]).toEqual(["Times New Roman"]);
  });

  it("'Theo tổ chức' marks shortfalls and is a sortable, frozen table", () => {
    const a = find(byOrg, "Chi bộ A")!;
    expect(String(byOrg.values[a.row][12])).toMatch(/^✘ chỉ tiêu 4 \(thực hiện 0\)$/);
    expect(byOrg.styles[byOrg.styleIds[a.row][8] as string].fill).toBe("#FFC7CE");
    const b = find(byOrg, "Chi bộ B")!;
    expect(byOrg.values[b.row][12]).toBeNull();
    expect(byOrg.values[b.row][4]).toBe(20);
    expect(byOrg.table).toMatchObject({ range: `A${a.row}:M${b.row + 1}` });
    expect(byOrg.freeze).toEqual({ rows: a.row, columns: 2 });
  });

  it("'Lỗi dữ liệu' links each problem to its cell", () => {
    const r = find(issues, "BAD_DATE")!;
    expect(issues.values[r.row][4]).toBe("F9");
    expect(issues.links).toEqual([{ cell: `E${r.row + 1}`, sheet: "Đảng viên", address: "F9", tooltip: "Đến ô này" }]);
    expect(parseCellAddress(issues.links![0].cell)).toEqual({ row: r.row, column: 4 });
  });

  it("mid-year title and Vietnamese date rules", () => {
    expect(summaryTitle(result(6), "vi")).toBe("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT 6 THÁNG ĐẦU NĂM 2024");
    expect(summaryTitle(result(9), "vi")).toBe("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT 9 THÁNG NĂM 2024");
    expect(dateLine("Trà Vinh", { day: 10, month: 1, year: 2022 }, "vi")).toBe("Trà Vinh, ngày 10 tháng 01 năm 2022");
    expect(dateLine(null, { day: 3, month: 7, year: 2024 }, "vi")).toBe("……, ngày 03 tháng 7 năm 2024");
    const mid = buildSummarySheets(result(6), "vi")[0];
    expect(find(mid, "Đúng tiến độ") ?? find(mid, "Chậm tiến độ") ?? find(mid, "Đã đạt cả năm")).not.toBeNull();
  });

  it("English when asked", () => {
    const en = buildSummarySheets(result(), "en")[0];
    expect(find(en, "RESULTS AGAINST THE RESOLUTION'S TARGETS FOR 2024")).not.toBeNull();
    expect(find(en, "✘ Not met")).not.toBeNull();
  });
});

describe("placeFromText", () => {
  it("finds the place of the header's date line", () => {
    expect(placeFromText("ĐẢNG BỘ TỈNH\n*\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nHòa Bình Xanh, ngày 15 tháng 01 năm 2024\n")).toBe("Hòa Bình Xanh");
    expect(placeFromText("**Trà Vinh, ngày 10 tháng 01 năm 2022**")).toBe("Trà Vinh");
    expect(placeFromText("Năm 2023, ngày càng nhiều đảng viên")).toBeNull();
  });
});

describe("Tổng hợp as a complete Party document (issue 16)", () => {
  const base = result();
  const withFields = { ...base, header: { ...base.header, superior: null, number: "15", resolutionNumber: "12-NQ/ĐUK", signer: "Nguyễn Văn An", signerTitle: ["K/T BÍ THƯ", "PHÓ BÍ THƯ"], recipients: ["Ban Thường vụ Tỉnh ủy", "Lưu VP"] } };
  const [sheet] = buildSummarySheets(withFields, "vi");
  const cells = sheet.values.flat().filter((v): v is string => typeof v === "string");

  it("has the header of the Word report: superior, issuer, star, number; party and date line", () => {
    expect(sheet.values.slice(0, 4).map((r) => r[0])).toEqual(["ĐẢNG BỘ TỈNH LÂM ĐỒNG", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "*", "Số 15-BC/ĐUK"]);
    expect(sheet.values.slice(0, 3).map((r) => r[4])).toEqual(["ĐẢNG CỘNG SẢN VIỆT NAM", null, "Lâm Đồng, ngày 05 tháng 01 năm 2025"]);
    const party = sheet.styles[sheet.styleIds[0][4] as string];
    expect(party.font).toMatchObject({ bold: true, underline: true });
  });

  it("names its type, and ends with Nơi nhận and the signature", () => {
    expect(cells).toContain("BÁO CÁO");
    const recipients = find(sheet, "Nơi nhận:");
    expect(recipients).not.toBeNull();
    expect(sheet.values[recipients!.row + 1][0]).toBe("- Ban Thường vụ Tỉnh ủy,");
    expect(sheet.values[recipients!.row + 2][0]).toBe("- Lưu VP.");
    expect(sheet.values[recipients!.row][4]).toBe("K/T BÍ THƯ");
    expect(sheet.values[recipients!.row + 1][4]).toBe("PHÓ BÍ THƯ");
    expect(cells).toContain("Nguyễn Văn An");
    const appendix = buildSummarySheets({ ...withFields, header: { ...withFields.header, docType: "phu-luc", attachedNumber: "15" } }, "vi")[0];
    expect(appendix.values.flat()).toEqual(expect.arrayContaining(["PHỤ LỤC", "(Kèm theo Báo cáo số 15-BC/ĐUK ngày ………)"]));
  });

  it("prints no cell reference: sources are in column I, outside the print area A:H", () => {
    const last = sheet.values.length;
    expect(sheet.page?.printArea).toBe(`A1:H${last}`);
    const printed = sheet.values.flatMap((r) => r.slice(0, 8)).filter((v): v is string => typeof v === "string");
    expect(printed.filter((v) => /![A-Z]+\d|^Nguồn:|\. Nguồn:/.test(v))).toEqual([]);
    // Every target with a source has it in column I, beside its row.
    const sources = sheet.values.map((r) => r[8]).filter((v): v is string => typeof v === "string" && v.startsWith("Nguồn:"));
    expect(sources.length).toBe(withFields.targets.filter((r) => r.source).length);
    expect(sources.length).toBeGreaterThan(0);
  });
});
