import * as path from "path";
import type { CliCommand, CliIO } from "../io";
import { t } from "../../core/i18n/messages";
import type { Lang } from "../../core/i18n/types";
import type { DataIssue } from "../../core/model/issue";
import type { WorkbookGrid } from "../../core/model/grid";
import type { Target } from "../../core/model/target";
import type { SheetModel } from "../../core/sheet/model";
import { foldKey } from "../../core/text/normalize";
import { parseReportingPeriod } from "../../core/check/progress";
import { checkToJson, issueCounts, runCheck, type CheckResult } from "../../core/check/run";
import { buildSummarySheets } from "../../core/check/sheets";
import { formatCheckTable } from "../../core/check/table";
import { readDataSet } from "../../core/data/read";
import { readResolution } from "../../core/reader/read";
import { buildTargetsSheet, readTargetsSheet } from "../../core/targets-sheet";
import { isTargetsSheet } from "../../core/targets-sheet/read";
import { defaultReportingYear, mergeFields, parseDocDate, parseDocType, splitRecipients, splitTitleLines, type DocDate, type DocumentFields } from "../../core/document/fields";
import { fieldsFromResolution } from "../../core/document/from-text";
import { buildReport } from "../../core/report";
import { readReportSettings } from "../../core/targets-sheet/settings";
import { readWorkbookFile, refuseOutput, systemErrorText, writeFileAtomic, writeWorkbookFile } from "../../xlsx";
import { readResolutionFile } from "./targets";

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
  /** The Word report to write (--docx), besides the workbook. */
  docx: string | null;
  /** Document fields given on the command line (win over the "Chỉ tiêu" sheet's settings and the resolution). */
  fields: DocumentFields;
}

/** Options that set a document field, and how each value is read (a string is the error to show). */
const FIELD_OPTIONS: Record<string, (v: string, f: DocumentFields) => string | null> = {
  "--superior": (v, f) => ((f.superior = v), null),
  "--issuer": (v, f) => ((f.issuer = v), null),
  "--number": (v, f) => ((f.number = v), null),
  "--place": (v, f) => ((f.place = v), null),
  "--signer": (v, f) => ((f.signer = v), null),
  "--signer-title": (v, f) => ((f.signerTitle = splitTitleLines(v)), null),
  "--recipients": (v, f) => ((f.recipients = splitRecipients(v)), null),
  "--date": (v, f) => {
    f.date = parseDocDate(v);
    return f.date ? null : t("report.cli.bad-date", "vi", { value: v });
  },
  "--doc-type": (v, f) => {
    f.docType = parseDocType(v);
    return f.docType ? null : t("report.cli.bad-doc-type", "vi", { value: v });
  },
};

/** Parse `nq check` arguments; a string is the error to show. */
export function parseCheckArgs(args: string[]): CheckArgs | string {
  const a: CheckArgs = { data: "", targets: null, period: null, year: null, out: null, force: false, json: false, lang: "vi", issuer: null, place: null, docx: null, fields: {} };
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
    if (name in FIELD_OPTIONS) {
      const v = value();
      if (v === null) return t("check.cli.missing-value", "vi", { option: name });
      const bad = FIELD_OPTIONS[name](v, a.fields);
      if (bad) return bad;
      continue;
    }
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
      case "--docx":
      case "--lang": {
        const v = value();
        if (v === null) return t("check.cli.missing-value", "vi", { option: name });
        if (name === "--targets") a.targets = v;
        else if (name === "--period") a.period = v;
        else if (name === "--out") a.out = v;
        else if (name === "--docx") a.docx = v;
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
  a.issuer = a.fields.issuer ?? null;
  a.place = a.fields.place ?? null;
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

/** The report settings typed in the workbook's targets sheet (the one targetsFromWorkbook would read). */
export function settingsOf(workbook: WorkbookGrid): DocumentFields {
  const named = workbook.sheets.find((g) => foldKey(g.name) === "chi tieu" && isTargetsSheet(g)) ?? workbook.sheets.find((g) => isTargetsSheet(g));
  return named ? readReportSettings(named) : {};
}

export interface CheckRun {
  result: CheckResult;
  sheets: SheetModel[];
  out: string;
}

function today(): DocDate {
  const d = new Date();
  return { day: d.getDate(), month: d.getMonth() + 1, year: d.getFullYear() };
}

interface LoadedTargets {
  targets: Target[];
  targetIssues: DataIssue[];
  resolutionYear: number | null;
  /** What the resolution's header says (committees, number, place). */
  resolutionFields: DocumentFields;
}

/** Targets: from the resolution given, else from the workbook's "Chỉ tiêu" sheet; a string is the error. */
async function loadTargets(a: CheckArgs, io: CliIO, workbook: WorkbookGrid): Promise<LoadedTargets | string> {
  const lang = a.lang;
  if (!a.targets) {
    const found = targetsFromWorkbook(workbook);
    if ("looked" in found) return noTargetsMessage(a.data, found.looked, lang);
    return { targets: found.targets, targetIssues: found.issues, resolutionYear: null, resolutionFields: {} };
  }
  // The same decoder as nq targets and the task pane (.pdf, .docx, UTF-16, Windows-1258, TCVN3/VNI).
  const read = await readResolutionFile(path.resolve(io.cwd, a.targets), lang, a.targets);
  if ("error" in read) return read.error;
  const text = read.text;
  const rr = readResolution(text);
  if (rr.targets.length === 0) return t("reader.cli.no-targets", lang, { file: a.targets });
  const fromHeader = fieldsFromResolution(text);
  const resolutionFields = { ...fromHeader, issuer: fromHeader.issuer ?? rr.issuer };
  return { targets: rr.targets, targetIssues: [], resolutionYear: rr.year, resolutionFields };
}

/** The paths a run writes, refused before any work when one of them may not be written. */
function outputPaths(a: CheckArgs, io: CliIO): { outPath: string; docxPath: string | null; inputs: string[] } | string {
  const dataPath = path.resolve(io.cwd, a.data);
  const outPath = path.resolve(io.cwd, a.out ?? defaultOutPath(a.data));
  const docxPath = a.docx ? path.resolve(io.cwd, a.docx) : null;
  const inputs = [dataPath, ...(a.targets ? [path.resolve(io.cwd, a.targets)] : [])];
  const refused = refuseOutput(outPath, inputs, a.force, a.lang) ?? (docxPath ? refuseOutput(docxPath, [...inputs, outPath], a.force, a.lang) : null);
  if (refused) return refused.message;
  return { outPath, docxPath, inputs };
}

/** The Word report, written atomically beside the workbook (never over an input or the workbook). */
async function writeDocx(docxPath: string, result: CheckResult, protect: string[], force: boolean, lang: Lang): Promise<string | null> {
  const { reportDocxBytes } = await import("../../xlsx/report-docx");
  try {
    const refused = await writeFileAtomic(docxPath, await reportDocxBytes(buildReport(result, lang)), { force, inputs: protect, lang });
    return refused ? refused.message : null;
  } catch (e) {
    return t("check.cli.cannot-write", lang, { file: path.basename(docxPath), reason: systemErrorText(e, lang) });
  }
}

/** The workbook's grids, or the reader's sentence (it names the file and what to do, shown as it is). */
async function readInput(dataPath: string, lang: Lang): Promise<WorkbookGrid | string> {
  const read = await readWorkbookFile(dataPath);
  if (!read.ok) return lang === "en" ? read.messageEn : read.message;
  return read.workbook;
}

function parsePeriod(a: CheckArgs): { months: number; label: { vi: string; en: string } | null } | string {
  if (!a.period) return { months: 12, label: null };
  const p = parseReportingPeriod(a.period);
  return p ? { months: p.months, label: p.label } : t("check.cli.bad-period", a.lang, { value: a.period });
}

export const checkCommand: CliCommand = {
  name: "check",
  summary: { vi: "Kiểm tra dữ liệu với các chỉ tiêu nghị quyết, ghi sheet Tổng hợp (và báo cáo Word)", en: "Check the data against the resolution's targets and write the summary sheets (and a Word report)" },
  usage: 'nq check DATA.xlsx [--targets NGHI-QUYET.txt|.docx|.pdf] [--period "6 tháng đầu năm"] [--year 2024] [--out OUT.xlsx] [--docx BAO-CAO.docx] [--force] [--json]',
  async run(args, io) {
    const parsed = parseCheckArgs(args);
    if (typeof parsed === "string") {
      io.err(parsed + "\n" + t("check.cli.usage", "vi") + "\n");
      return 2;
    }
    const a = parsed;
    const lang = a.lang;
    const paths = outputPaths(a, io);
    if (typeof paths === "string") {
      io.err(paths + "\n");
      return 2;
    }
    const period = parsePeriod(a);
    if (typeof period === "string") {
      io.err(period + "\n");
      return 2;
    }
    const dataPath = path.resolve(io.cwd, a.data);
    const bar = progress(io);
    const fail = (message: string) => {
      bar.done();
      io.err(message + "\n");
      return 2;
    };
    bar.step(1, "check.cli.step-read");
    let workbook: WorkbookGrid | string | null = await readInput(dataPath, lang);
    if (typeof workbook === "string") return fail(workbook);

    bar.step(2, "check.cli.step-targets");
    const loaded = await loadTargets(a, io, workbook);
    if (typeof loaded === "string") return fail(loaded);
    const settings = settingsOf(workbook);

    bar.step(3, "check.cli.step-check");
    const data = readDataSet(workbook);
    // The grids are not needed past here: dropped, so the collector can free them before the check and the write.
    workbook = null;
    if (data.recognised.length === 0) return fail(t("check.cli.no-data-sheet", lang, { file: a.data }));
    const now = today();
    const year = a.year ?? loaded.resolutionYear ?? data.ratingYear ?? defaultReportingYear(null, now);
    // Later layers win: the resolution's header, the workbook's settings block, then the command line.
    const typed = mergeFields(loaded.resolutionFields, settings, a.fields);
    const header = mergeFields({ date: now }, typed);
    const result = runCheck({ targets: loaded.targets, data, period: { months: period.months, year, label: period.label }, header, lang, targetIssues: loaded.targetIssues });
    // A new "Chỉ tiêu" sheet carries the fields in its settings block (not today's date: that would stick).
    const targetsSheet = a.targets ? buildTargetsSheet(loaded.targets, lang, { fields: typed }) : null;
    const sheets = [...(targetsSheet ? [targetsSheet] : []), ...buildSummarySheets(result, lang)];

    bar.step(4, "check.cli.step-write");
    const written = await writeWorkbookFile(paths.outPath, sheets, { copyFrom: dataPath, force: a.force, protect: paths.inputs });
    // The writer's sentence already names the file (not the resolved temp or absolute path) and what to do.
    if (!written.ok) return fail(written.message);
    if (paths.docxPath) {
      const bad = await writeDocx(paths.docxPath, result, [...paths.inputs, paths.outPath], a.force, lang);
      if (bad) return fail(bad);
    }
    bar.done();
    if (a.json) io.out(JSON.stringify(checkToJson(result), null, 2) + "\n");
    else {
      io.out(formatCheckTable(result, lang, 118));
      for (const file of [paths.outPath, paths.docxPath]) if (file) io.out(t("check.cli.written", lang, { file: path.relative(io.cwd, file) || file }) + "\n");
    }
    return issueCounts(result).errors > 0 ? 1 : 0;
  },
};
