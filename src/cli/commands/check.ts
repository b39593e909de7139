import * as fs from "fs";
import * as path from "path";
import type { CliCommand, CliIO } from "../io";
import { t } from "../../core/i18n/messages";
import type { Lang } from "../../core/i18n/types";
import type { DataIssue } from "../../core/model/issue";
import type { WorkbookGrid } from "../../core/model/grid";
import type { Target } from "../../core/model/target";
import type { SheetModel } from "../../core/sheet/model";
import { foldKey } from "../../core/text/normalize";
import { placeFromText } from "../../core/check/header";
import { parseReportingPeriod } from "../../core/check/progress";
import { checkToJson, issueCounts, runCheck, type CheckResult } from "../../core/check/run";
import { buildSummarySheets } from "../../core/check/sheets";
import { formatCheckTable } from "../../core/check/table";
import { readDataSet } from "../../core/data/read";
import { readResolution } from "../../core/reader/read";
import { buildTargetsSheet, readTargetsSheet } from "../../core/targets-sheet";
import { isTargetsSheet } from "../../core/targets-sheet/read";
import { readWorkbookFile, refuseOutput, writeWorkbookFile } from "../../xlsx";

export interface CheckArgs {
  data: string;
  targets: string | null;
  period: string | null;
  year: number | null;
  out: string | null;
  force: boolean;
  json: boolean;
  lang: Lang;
  issuer: string | null;
  place: string | null;
}

/** Parse `nq check` arguments; a string is the error to show. */
export function parseCheckArgs(args: string[]): CheckArgs | string {
  const a: CheckArgs = { data: "", targets: null, period: null, year: null, out: null, force: false, json: false, lang: "vi", issuer: null, place: null };
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith("--") && eq > 0 ? arg.slice(eq + 1) : null;
    const value = (): string | null => {
      if (inline !== null) return inline;
      const v = args[i + 1];
      if (v === undefined || v.startsWith("--")) return null;
      i++;
      return v;
    };
    switch (name) {
      case "--force":
        a.force = true;
        break;
      case "--json":
        a.json = true;
        break;
      case "--en":
        a.lang = "en";
        break;
      case "--targets":
      case "--period":
      case "--year":
      case "--out":
      case "--issuer":
      case "--place":
      case "--lang": {
        const v = value();
        if (v === null) return t("check.cli.missing-value", "vi", { option: name });
        if (name === "--targets") a.targets = v;
        else if (name === "--period") a.period = v;
        else if (name === "--out") a.out = v;
        else if (name === "--issuer") a.issuer = v;
        else if (name === "--place") a.place = v;
        else if (name === "--lang") a.lang = /^en/i.test(v) ? "en" : "vi";
        else {
          const y = Number(v);
          if (!Number.isInteger(y) || y < 1945 || y > 2100) return t("check.cli.bad-year", "vi", { value: v });
          a.year = y;
        }
        break;
      }
      default:
        if (arg.startsWith("--")) return t("check.cli.unknown-option", "vi", { option: arg });
        positional.push(arg);
    }
  }
  if (positional.length !== 1) return t("check.cli.usage", "vi");
  a.data = positional[0];
  return a;
}

/** Progress on stderr, only in a terminal: a file of a million rows takes a few seconds to read. */
function progress(io: CliIO) {
  const start = Date.now();
  const total = 4;
  return {
    step(n: number, key: string) {
      if (!io.isTTY) return;
      const width = 20;
      const filled = Math.round((n / total) * width);
      const secs = ((Date.now() - start) / 1000).toFixed(1);
      io.err(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${n}/${total} ${t(key, "vi")} (${secs} s)\x1b[K`);
    },
    done() {
      if (io.isTTY) io.err("\r\x1b[K");
    },
  };
}

export function defaultOutPath(dataPath: string): string {
  const ext = path.extname(dataPath);
  return path.join(path.dirname(dataPath), `${path.basename(dataPath, ext)}.kiem-tra.xlsx`);
}

/** What `targetsFromWorkbook` found, or which sheets it looked at and why none would do. */
export type WorkbookTargets = { targets: Target[]; issues: DataIssue[]; sheet: string } | { looked: { sheet: string; named: boolean; header: boolean }[] };

/**
 * Targets typed in (or written earlier) in a "Chỉ tiêu" sheet: the sheet so named first (with or without
 * diacritics, any case: "Chi tieu", "CHỈ TIÊU"), then any sheet whose header is that of a targets sheet.
 */
export function targetsFromWorkbook(workbook: WorkbookGrid): WorkbookTargets {
  const named = (name: string) => foldKey(name) === "chi tieu";
  const sheets = [...workbook.sheets].sort((x, y) => Number(named(y.name)) - Number(named(x.name)));
  const looked: { sheet: string; named: boolean; header: boolean }[] = [];
  for (const grid of sheets) {
    const r = readTargetsSheet(grid);
    if (r.targets.length > 0) return { targets: r.targets, issues: r.issues, sheet: grid.name };
    looked.push({ sheet: grid.name, named: named(grid.name), header: isTargetsSheet(grid) });
  }
  return { looked };
}

/** The "no targets" sentence: which sheets were looked at, what a targets sheet needs, what to do. */
function noTargetsMessage(file: string, looked: { sheet: string; named: boolean; header: boolean }[], lang: Lang): string {
  const sheets = looked.map((l) => `"${l.sheet}"`).join(", ") || "—";
  const near = looked.find((l) => l.named || l.header);
  if (near) return t(near.header ? "check.cli.targets-sheet-empty" : "check.cli.targets-sheet-header", lang, { file, sheet: near.sheet, sheets });
  return t("check.cli.no-targets-sheet", lang, { file, sheets });
}

async function resolutionText(file: string): Promise<string> {
  if (/\.docx$/i.test(file)) {
    // mammoth is loaded only for a .docx: most checks read a .txt or the "Chỉ tiêu" sheet.
    const { extractDocxText } = await import("../../xlsx/docx");
    const r = await extractDocxText(fs.readFileSync(file));
    const o = r as { text?: string; error?: string };
    if (o && typeof o.text === "string") return o.text;
    throw new Error(o?.error ?? t("check.cli.docx-unreadable", "vi"));
  }
  return fs.readFileSync(file, "utf8");
}

export interface CheckRun {
  result: CheckResult;
  sheets: SheetModel[];
  out: string;
}

function today(): { day: number; month: number; year: number } {
  const d = new Date();
  return { day: d.getDate(), month: d.getMonth() + 1, year: d.getFullYear() };
}

export const checkCommand: CliCommand = {
  name: "check",
  summary: { vi: "Kiểm tra dữ liệu với các chỉ tiêu nghị quyết, ghi sheet Tổng hợp", en: "Check the data against the resolution's targets and write the summary sheets" },
  usage: 'nq check DATA.xlsx [--targets NGHI-QUYET.txt|.docx] [--period "6 tháng đầu năm"] [--year 2024] [--out OUT.xlsx] [--force] [--json]',
  async run(args, io) {
    const parsed = parseCheckArgs(args);
    if (typeof parsed === "string") {
      io.err(parsed + "\n" + t("check.cli.usage", "vi") + "\n");
      return 2;
    }
    const a = parsed;
    const lang = a.lang;
    const dataPath = path.resolve(io.cwd, a.data);
    const outPath = path.resolve(io.cwd, a.out ?? defaultOutPath(a.data));
    const inputs = [dataPath, a.targets ? path.resolve(io.cwd, a.targets) : null];
    const refused = refuseOutput(outPath, inputs, a.force, lang);
    if (refused) {
      io.err(refused.message + "\n");
      return 2;
    }
    let period = { months: 12, label: null as { vi: string; en: string } | null };
    if (a.period) {
      const p = parseReportingPeriod(a.period);
      if (!p) {
        io.err(t("check.cli.bad-period", lang, { value: a.period }) + "\n");
        return 2;
      }
      period = { months: p.months, label: p.label };
    }

    const bar = progress(io);
    bar.step(1, "check.cli.step-read");
    const read = await readWorkbookFile(dataPath);
    if (!read.ok) {
      bar.done();
      io.err(t("check.cli.cannot-read", lang, { file: a.data, reason: read.message }) + "\n");
      return 2;
    }
    const workbook = read.workbook;

    // Targets: from the resolution given, else from the workbook's "Chỉ tiêu" sheet.
    let targets: Target[];
    let targetIssues: DataIssue[] = [];
    let targetsSheet: SheetModel | null = null;
    let resolutionYear: number | null = null;
    let issuer: string | null = a.issuer;
    let place: string | null = a.place;
    bar.step(2, "check.cli.step-targets");
    if (a.targets) {
      const file = path.resolve(io.cwd, a.targets);
      let text: string;
      try {
        text = await resolutionText(file);
      } catch (e) {
        bar.done();
        io.err(t("check.cli.cannot-read", lang, { file: a.targets, reason: e instanceof Error ? e.message : String(e) }) + "\n");
        return 2;
      }
      const rr = readResolution(text);
      targets = rr.targets;
      resolutionYear = rr.year;
      issuer = issuer ?? rr.issuer;
      place = place ?? placeFromText(text);
      targetsSheet = buildTargetsSheet(targets, lang);
      if (targets.length === 0) {
        bar.done();
        io.err(t("check.cli.no-targets-in-resolution", lang, { file: a.targets }) + "\n");
        return 2;
      }
    } else {
      const found = targetsFromWorkbook(workbook);
      if ("looked" in found) {
        bar.done();
        io.err(noTargetsMessage(a.data, found.looked, lang) + "\n");
        return 2;
      }
      targets = found.targets;
      targetIssues = found.issues;
    }

    bar.step(3, "check.cli.step-check");
    const data = readDataSet(workbook);
    if (data.recognised.length === 0) {
      bar.done();
      io.err(t("check.cli.no-data-sheet", lang, { file: a.data }) + "\n");
      return 2;
    }
    const year = a.year ?? resolutionYear ?? data.ratingYear ?? new Date().getFullYear();
    const result = runCheck({
      targets,
      data,
      period: { months: period.months, year, label: period.label },
      header: { issuer, place, date: today() },
      lang,
      targetIssues,
    });
    const sheets = [...(targetsSheet ? [targetsSheet] : []), ...buildSummarySheets(result, lang)];

    bar.step(4, "check.cli.step-write");
    const written = await writeWorkbookFile(outPath, sheets, { copyFrom: dataPath, force: a.force, protect: inputs.filter((p): p is string => p !== null) });
    bar.done();
    if (!written.ok) {
      io.err(t("check.cli.cannot-write", lang, { file: outPath, reason: written.message }) + "\n");
      return 2;
    }
    if (a.json) io.out(JSON.stringify(checkToJson(result), null, 2) + "\n");
    else {
      io.out(formatCheckTable(result, lang, 118));
      io.out(t("check.cli.written", lang, { file: path.relative(io.cwd, outPath) || outPath }) + "\n");
    }
    return issueCounts(result).errors > 0 ? 1 : 0;
  },
};
