import JSZip from "jszip";
import { readFileSync } from "fs";
import { join } from "path";
import { checkToJson, runCheck } from "../../src/core/check/run";
import { valueText } from "../../src/core/check/table";
import { fieldsFromResolution } from "../../src/core/document/from-text";
import { readDataSet } from "../../src/core/data/read";
import { readResolution } from "../../src/core/reader/read";
import { buildReport } from "../../src/core/report";
import { generateSample } from "../../src/core/sample";
import { reportDocxBytes } from "../../src/xlsx/report-docx";

const SAMPLE = readFileSync(join(__dirname, "..", "..", "samples", "resolution", "nghi-quyet-mau.txt"), "utf8");

function check(months = 12, extra = {}) {
  const data = readDataSet(generateSample({ members: 300, seed: 3 }).grids);
  const rr = readResolution(SAMPLE);
  const header = { ...fieldsFromResolution(SAMPLE), number: "15", date: { day: 10, month: 1, year: 2025 }, signer: "Nguyễn Văn An", ...extra };
  return runCheck({ targets: rr.targets, data, period: { months, year: 2024, label: months === 6 ? { vi: "6 tháng đầu năm", en: "first half" } : null }, header, lang: "vi" });
}

async function documentXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file("word/document.xml")!.async("string");
}

/** The paragraphs' text, one per paragraph (w:t runs joined). */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("")).map((s) => s.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"'));
}

describe("the report as .docx", () => {
  let xml: string;
  let paras: string[];
  const result = check();
  beforeAll(async () => {
    const bytes = await reportDocxBytes(buildReport(result));
    expect(Array.from(bytes.subarray(0, 2))).toEqual([0x50, 0x4b]);
    xml = await documentXml(bytes);
    paras = paragraphs(xml);
  });

  it("is an A4 portrait page with the guide's margins (top/bottom 20 mm, left 30 mm, right 15 mm)", () => {
    const pg = /<w:pgSz ([^>]*)\/>/.exec(xml)![1];
    expect(pg).toMatch(/w:w="11906"/);
    expect(pg).toMatch(/w:h="16838"/);
    const mar = /<w:pgMar ([^>]*)\/>/.exec(xml)![1];
    expect(mar).toMatch(/w:top="1134"/);
    expect(mar).toMatch(/w:bottom="1134"/);
    expect(mar).toMatch(/w:left="1701"/);
    expect(mar).toMatch(/w:right="850"/);
  });

  it("has the header, type, title, signature and Nơi nhận", () => {
    for (const p of ["ĐẢNG BỘ TỈNH HÒA BÌNH XANH", "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH", "*", "Số 15-BC/ĐUK", "ĐẢNG CỘNG SẢN VIỆT NAM", "Hòa Bình Xanh, ngày 10 tháng 01 năm 2025", "BÁO CÁO", "Kết quả thực hiện các chỉ tiêu Nghị quyết số 12-NQ/ĐUK năm 2024", "Nơi nhận:", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn An"]) {
      expect(paras).toContain(p);
    }
    // "ĐẢNG CỘNG SẢN VIỆT NAM" bold and underlined; the date line italic.
    const party = /<w:r>(?:(?!<\/w:r>)[\s\S])*ĐẢNG CỘNG SẢN VIỆT NAM/.exec(xml)![0];
    expect(party).toContain("<w:b/>");
    expect(party).toMatch(/<w:u w:val="single"\/>/);
    expect(/<w:r>(?:(?!<\/w:r>)[\s\S])*Hòa Bình Xanh, ngày/.exec(xml)![0]).toContain("<w:i/>");
  });

  it("repeats the table header on every page and numbers the pages", () => {
    expect(xml).toContain("<w:tblHeader/>");
    expect(xml).toContain("<w:cantSplit/>");
    expect(paras).toEqual(expect.arrayContaining(["STT", "Chỉ tiêu", "Chỉ tiêu Nghị quyết", "Thực hiện", "% so với chỉ tiêu", "Đánh giá"]));
    expect(paras).not.toContain("Tiến độ"); // year-end: no progress column
  });

  it("every target's text, value and verdict equal the check's JSON", () => {
    const json = checkToJson(result);
    expect(json.targets.length).toBe(21);
    json.targets.forEach((t, i) => {
      expect(paras).toContain(t.text.replace(/\s+/g, " ").trim());
      expect(paras).toContain(valueText(result.targets[i], "vi"));
    });
    const verdicts = paras.filter((p) => /^[✔▲✘?…] /.test(p));
    expect(verdicts.length).toBe(json.targets.length);
    expect(paras.join("\n")).not.toMatch(/[A-ZĐ][\p{L} ]*!\$?[A-Z]+\$?\d/u); // no cell reference
  });

  it("mid-year appendix: landscape, Tiến độ column, the report it goes with", async () => {
    const mid = check(6, { docType: "phu-luc", attachedNumber: "15", attachedDate: { day: 10, month: 7, year: 2024 } });
    const x = await documentXml(await reportDocxBytes(buildReport(mid)));
    const pg = /<w:pgSz ([^>]*)\/>/.exec(x)![1];
    expect(pg).toMatch(/w:w="16838"/);
    expect(pg).toMatch(/w:orient="landscape"/);
    const p = paragraphs(x);
    expect(p).toEqual(expect.arrayContaining(["PHỤ LỤC", "(Kèm theo Báo cáo số 15-BC/ĐUK ngày 10/07/2024)", "Tiến độ"]));
  });
});
