import * as fs from "fs";
import * as path from "path";
import { spawnSync } from "child_process";
import type { CliCommand, CliIO } from "../io";
import { t } from "../../core/i18n/messages";
import { placeFromText } from "../../core/check/header";
import { runCheck, type CheckResult } from "../../core/check/run";
import { buildSummarySheets } from "../../core/check/sheets";
import { formatCheckTable } from "../../core/check/table";
import { readDataSet } from "../../core/data/read";
import { readResolution } from "../../core/reader/read";
import { generateSample } from "../../core/sample";
import { buildTargetsSheet } from "../../core/targets-sheet";
import type { SheetModel } from "../../core/sheet/model";
import { readWorkbookFile, writeFileAtomic, writeWorkbookFile } from "../../xlsx";
import { buildReport } from "../../core/report";
import { buildFunctionsDemoSheet } from "../../core/functions-demo/sheet";
import { fieldsFromResolution } from "../../core/document/from-text";

/** The repository root, from this file's place (src/cli/commands under ts-jest, lib/cli/commands when built). */
export function repoRoot(): string {
  return path.resolve(__dirname, "..", "..", "..");
}

/** Path of a program on PATH, or null. */
export function which(program: string): string | null {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, program);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {
      // not here
    }
  }
  return null;
}

/**
 * First page of a sheet as PNG through LibreOffice: a workbook holding only that sheet → PDF → pdftoppm.
 * Its own LibreOffice profile under .lo/ so it runs beside an open LibreOffice.
 */
export async function renderFirstPage(sheet: SheetModel, pngPath: string, workDir: string, profileDir: string): Promise<{ ok: true; pdf: string } | { ok: false; message: string }> {
  const soffice = which("soffice");
  const pdftoppm = which("pdftoppm");
  if (!soffice || !pdftoppm) return { ok: false, message: "soffice/pdftoppm" };
  fs.mkdirSync(workDir, { recursive: true });
  const xlsx = path.join(workDir, path.basename(pngPath, ".png") + ".xlsx");
  const w = await writeWorkbookFile(xlsx, [sheet], { force: true });
  if (!w.ok) return { ok: false, message: w.message };
  const conv = spawnSync(soffice, [`-env:UserInstallation=file://${profileDir}`, "--headless", "--convert-to", "pdf", "--outdir", workDir, xlsx], { encoding: "utf8", timeout: 120000 });
  const pdf = xlsx.replace(/\.xlsx$/, ".pdf");
  if (conv.status !== 0 || !fs.existsSync(pdf)) return { ok: false, message: (conv.stderr || conv.error?.message || "soffice").trim() };
  const prefix = pngPath.replace(/\.png$/, "");
  const png = spawnSync(pdftoppm, ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, prefix], { encoding: "utf8", timeout: 60000 });
  if (png.status !== 0 || !fs.existsSync(pngPath)) return { ok: false, message: (png.stderr || "pdftoppm").trim() };
  return { ok: true, pdf };
}

/** The Word report of the demo's check, as nq check --docx or nq report writes it; the reason when it cannot. */
async function writeReport(docxPath: string, result: CheckResult, protect: string[]): Promise<string | null> {
  const { reportDocxBytes } = await import("../../xlsx/report-docx");
  const refused = await writeFileAtomic(docxPath, await reportDocxBytes(buildReport(result, "vi")), { force: true, inputs: protect });
  return refused ? refused.message : null;
}

export const demoCommand: CliCommand = {
  name: "demo",
  summary: { vi: t("check.demo.summary", "vi"), en: t("check.demo.summary", "en") },
  usage: "nq demo",
  async run(_args: string[], io: CliIO) {
    const root = repoRoot();
    const demoDir = path.join(root, "demo");
    fs.mkdirSync(demoDir, { recursive: true });
    const rel = (p: string) => path.relative(io.cwd, p) || p;

    // 1. The sample resolution (its year sets the sample data's year).
    const resolutionPath = path.join(root, "samples", "resolution", "nghi-quyet-mau.txt");
    const resolutionText = fs.readFileSync(resolutionPath, "utf8");
    const rr = readResolution(resolutionText);
    const year = rr.year ?? 2024;

    // 2. The bundled sample workbook, written and read back as a user's file would be.
    const sample = generateSample({ year });
    const dataPath = path.join(demoDir, "du-lieu-mau.xlsx");
    const w1 = await writeWorkbookFile(dataPath, sample.sheets, { force: true });
    if (!w1.ok) {
      io.err(t("check.cli.cannot-write", "vi", { file: dataPath, reason: w1.message }) + "\n");
      return 2;
    }
    const read = await readWorkbookFile(dataPath);
    if (!read.ok) {
      io.err(read.message + "\n");
      return 2;
    }
    const data = readDataSet(read.workbook);
    io.out(t("check.demo.sample", "vi", { file: rel(dataPath), members: data.members.length }) + "\n");
    io.out(t("check.demo.resolution", "vi", { file: rel(resolutionPath), count: rr.targets.length }) + "\n\n");

    // 3. The check, with the resolution's own header (committees, its number) as nq check --targets takes it.
    const fromHeader = fieldsFromResolution(resolutionText);
    const fields = { ...fromHeader, issuer: fromHeader.issuer ?? rr.issuer, place: fromHeader.place ?? placeFromText(resolutionText) };
    const result = runCheck({
      targets: rr.targets,
      data,
      period: { months: 12, year },
      // A year-end report dated early the next year, as staff would write it.
      header: { ...fields, date: { day: 10, month: 1, year: year + 1 } },
      lang: "vi",
    });
    io.out(formatCheckTable(result, "vi", 118));
    const summary = buildSummarySheets(result, "vi");
    const outPath = path.join(demoDir, "tong-hop.xlsx");
    // The "Hàm NQ" sheet shows the NQ.* functions on small examples (they calculate once the add-in is loaded in Excel).
    const sheets = [buildTargetsSheet(rr.targets, "vi", { fields }), ...summary, buildFunctionsDemoSheet("vi")];
    const w2 = await writeWorkbookFile(outPath, sheets, { copyFrom: dataPath, force: true });
    if (!w2.ok) {
      io.err(t("check.cli.cannot-write", "vi", { file: outPath, reason: w2.message }) + "\n");
      return 2;
    }
    io.out(t("check.cli.written", "vi", { file: rel(outPath) }) + "\n");
    const docxPath = path.join(demoDir, "bao-cao.docx");
    const w3 = await writeReport(docxPath, result, [dataPath, outPath]);
    if (w3) {
      io.err(w3 + "\n");
      return 2;
    }
    io.out(t("check.cli.written", "vi", { file: rel(docxPath) }) + "\n");

    // 4. A picture of the first page, when LibreOffice is installed.
    if (!which("soffice")) {
      io.out(t("check.demo.no-soffice", "vi") + "\n");
      return 0;
    }
    const pngPath = path.join(demoDir, "tong-hop.png");
    const r = await renderFirstPage(summary[0], pngPath, path.join(demoDir, ".render"), path.join(root, ".lo", "demo"));
    if (r.ok) io.out(t("check.demo.rendered", "vi", { file: rel(pngPath) }) + "\n");
    else io.err(t("check.demo.render-failed", "vi", { reason: r.message }) + "\n");
    return 0;
  },
};
