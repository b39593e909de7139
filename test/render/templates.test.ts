import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { writeWorkbookFile } from "../../src/xlsx";
import { buildTemplates, MEMBER_HEADERS, ORG_HEADERS, UNION_HEADERS } from "../../src/core/templates";

jest.setTimeout(180_000);

const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
const hasPdftotext = spawnSync("sh", ["-c", "command -v pdftotext"]).status === 0;
const maybe = hasSoffice && hasPdftotext ? describe : describe.skip;
if (!hasSoffice || !hasPdftotext) {
  // Visible reason in the test output (console.log, not console.error, which fails tests).
  console.log("templates.test.ts skipped: LibreOffice (soffice) or pdftotext is not installed");
}

maybe("templates open in LibreOffice", () => {
  let dir: string;
  let xlsx: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "nq-tpl-"));
    xlsx = path.join(dir, "mau.xlsx");
    expect(await writeWorkbookFile(xlsx, buildTemplates("vi"))).toEqual({ ok: true });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const soffice = (args: string[]) =>
    execFileSync("soffice", [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", ...args, "--outdir", path.join(dir, "out"), xlsx], { stdio: "pipe", timeout: 150_000 });

  it("converts to PDF and the PDF shows the headers", () => {
    soffice(["--convert-to", "pdf"]);
    const pdf = path.join(dir, "out", "mau.pdf");
    expect(fs.existsSync(pdf)).toBe(true);
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"]).toString("utf8").replace(/\s+/g, " ");
    for (const h of ["Tên tổ chức", "Loại hình", "Họ và tên", "Ngày sinh", "Tên đoàn thể", "DANH SÁCH ĐẢNG VIÊN"]) expect(text).toContain(h);
  });

  it("re-saved by LibreOffice, keeps its headers, drop-downs and number formats", async () => {
    soffice(["--convert-to", "xlsx:Calc MS Excel 2007 XML"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "out", "mau.xlsx"));
    const sheets = [["Tổ chức", ORG_HEADERS], ["Đảng viên", MEMBER_HEADERS], ["Đoàn thể", UNION_HEADERS]] as const;
    for (const [name, headers] of sheets) {
      const ws = wb.getWorksheet(name)!;
      expect(headers.map((_, i) => ws.getRow(4).getCell(i + 1).value)).toEqual(headers);
    }
    const dv = (wb.getWorksheet("Đảng viên") as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model;
    const rating = Object.values(dv).find((v) => v.type === "list" && String(v.formulae[0]).includes("Hoàn thành xuất sắc nhiệm vụ"));
    expect(rating).toBeDefined();
    expect(Object.values(dv).some((v) => v.type === "date")).toBe(true);
    expect(wb.getWorksheet("Đảng viên")!.getCell("B5").numFmt).toMatch(/dd\/mm\/yyyy/i);
    expect(wb.getWorksheet("Tổ chức")!.getCell("D5").numFmt).toBe("#,##0");
  });
});
