import { spawnSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
// src/xlsx first: it fixes ExcelJS's UTF-8 decoding before ExcelJS is loaded.
import { readWorkbookFile, writeWorkbookFile } from "../../src/xlsx";
import ExcelJS from "exceljs";
import { which } from "../../src/cli/commands/demo";
import { sampleAndResultSheets } from "../xlsx/merge-fixture";

// The zip-level merge on a workbook LibreOffice wrote, and the merged file opened by LibreOffice.
const soffice = which("soffice");
const haveTools = Boolean(soffice && which("pdftotext"));
const maybe = haveTools ? it : it.skip;

describe("merged output with LibreOffice", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "nq-render-merge-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** soffice --convert-to in its own profile (one per process) and output folder. */
  function convert(file: string, to: string, outDir: string): string {
    mkdirSync(outDir, { recursive: true });
    const r = spawnSync(soffice as string, [`-env:UserInstallation=file://${join(dir, "lo-profile")}`, "--headless", "--convert-to", to, "--outdir", outDir, file], { encoding: "utf8", timeout: 180000 });
    const out = join(outDir, file.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, `.${to.split(":")[0]}`));
    if (r.status !== 0 || !existsSync(out)) throw new Error(`soffice: ${r.stderr || r.error?.message}`);
    return out;
  }

  maybe(
    "a LibreOffice-written input merges, reads back unchanged, and the output opens in LibreOffice with Tổng hợp",
    async () => {
      const { sample, sheets } = sampleAndResultSheets(300);
      const made = join(dir, "du-lieu.xlsx");
      expect(await writeWorkbookFile(made, sample.sheets)).toEqual({ ok: true });
      const input = convert(made, "xlsx", join(dir, "lo"));
      const out = join(dir, "ket-qua.xlsx");
      let via = "";
      let why: string | undefined;
      expect(await writeWorkbookFile(out, sheets, { copyFrom: input, onWritePath: (v, r) => ((via = v), (why = r)) })).toEqual({ ok: true });
      expect({ via, why }).toEqual({ via: "merge", why: undefined });

      const a = await readWorkbookFile(input);
      const b = await readWorkbookFile(out);
      if (!a.ok || !b.ok) throw new Error("unreadable");
      for (const s of a.workbook.sheets) expect(b.workbook.sheets.find((x) => x.name === s.name)?.values).toEqual(s.values);
      expect(b.workbook.ownSheets).toEqual(["Chỉ tiêu", "Tổng hợp", "Theo tổ chức", "Lỗi dữ liệu"]);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      expect(wb.getWorksheet("Tổng hợp")?.getCell("A5").font).toMatchObject({ bold: true });

      // LibreOffice opens it: the PDF has the summary's title and count line.
      const pdf = convert(out, "pdf", join(dir, "pdf"));
      const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout;
      expect(text).toContain("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT NĂM 2024");
      expect(text).toMatch(/Tổng số 21 chỉ tiêu/);

      // LibreOffice understood the conditional formats and the long drop-down: it writes them back.
      const again = join(dir, "again");
      mkdirSync(again, { recursive: true });
      copyFileSync(out, join(again, "ket-qua-lo.xlsx"));
      const resaved = convert(join(again, "ket-qua-lo.xlsx"), "xlsx", join(dir, "resaved"));
      const lo = new ExcelJS.Workbook();
      await lo.xlsx.readFile(resaved);
      const cfs = (lo.getWorksheet("Tổng hợp") as unknown as { conditionalFormattings: { rules: { formulae?: string[] }[] }[] }).conditionalFormattings;
      expect(cfs.flatMap((c) => c.rules).some((r) => /SEARCH\("✔"/.test(r.formulae?.[0] ?? ""))).toBe(true);
      const dv = (lo.getWorksheet("Chỉ tiêu") as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model;
      expect(Object.values(dv).some((v) => v.type === "list" && /^\$[A-Z]+\$1:\$[A-Z]+\$\d+$/.test(String(v.formulae[0])))).toBe(true);
    },
    300000,
  );
});
