import * as path from "path";
import type { CliCommand, CliIO } from "../io";
import { t } from "../../core/i18n/messages";
import type { Lang } from "../../core/i18n/types";
import type { WorkbookGrid } from "../../core/model/grid";
import { parseReportingPeriod } from "../../core/check/progress";
import { runCheck, type CheckResult } from "../../core/check/run";
import { readDataSet } from "../../core/data/read";
import { mergeFields, type DocDate } from "../../core/document/fields";
import { buildReport } from "../../core/report";
import { readCheckedSummary, type CheckedSummary } from "../../core/report/from-summary";
import { readWorkbookFile, refuseOutput, systemErrorText, writeFileAtomic } from "../../xlsx";
import { parseCheckArgs, settingsOf, targetsFromWorkbook, type CheckArgs } from "./check";

/** Where the report goes without --docx: beside the workbook, "ket-qua.xlsx" → "ket-qua.bao-cao.docx". */
export function defaultDocxPath(workbookPath: string): string {
  const ext = path.extname(workbookPath);
  return path.join(path.dirname(workbookPath), `${path.basename(workbookPath, ext)}.bao-cao.docx`);
}

/** `nq check`'s arguments, less those that make no sense here (the targets and data are the workbook's). */
function parseReportArgs(args: string[]): CheckArgs | string {
  for (const arg of args) {
    const name = arg.split("=")[0];
    if (name === "--targets" || name === "--out" || name === "--json") return t("check.cli.unknown-option", "vi", { option: name });
  }
  const a = parseCheckArgs(args);
  return typeof a === "string" && a === t("check.cli.usage", "vi") ? t("report.cli.usage", "vi") : a;
}

/** The summary sheet a check wrote: the add-in's own sheets first, then any sheet that reads as one. */
function findSummary(workbook: WorkbookGrid): CheckedSummary | null {
  const own = new Set(workbook.ownSheets ?? []);
  const sheets = [...workbook.sheets].sort((x, y) => Number(own.has(y.name)) - Number(own.has(x.name)));
  for (const grid of sheets) {
    const s = readCheckedSummary(grid);
    if (s) return s;
  }
  return null;
}

/** The first target whose number, words or verdict differ between the sheet and the check of today's data. */
function firstDifference(summary: CheckedSummary, result: CheckResult): string | null {
  const rows = buildReport(result, summary.lang).rows;
  const n = Math.max(rows.length, summary.rows.length);
  for (let i = 0; i < n; i++) {
    const a = summary.rows[i];
    const b = rows[i];
    if (!a || !b || a.no !== b.no || a.text !== b.text || a.verdict !== b.verdict) return (a ?? b).no;
  }
  return null;
}

function today(): DocDate {
  const d = new Date();
  return { day: d.getDate(), month: d.getMonth() + 1, year: d.getFullYear() };
}

/** Check the workbook again as its summary says (period, fields), so the report is the one of that check. */
function recheck(a: CheckArgs, workbook: WorkbookGrid, summary: CheckedSummary, lang: Lang): CheckResult | string {
  const found = targetsFromWorkbook(workbook);
  if ("looked" in found) return t("report.cli.not-checked", lang, { file: a.data });
  const period = a.period ? parseReportingPeriod(a.period) : summary.period;
  if (!period) return t("check.cli.bad-period", lang, { value: a.period ?? "" });
  const data = readDataSet(workbook);
  // As printed on the summary, over the settings block (which adds the resolution's number), under the flags.
  const header = mergeFields({ date: today() }, settingsOf(workbook), summary.fields, a.fields);
  const year = a.year ?? summary.period.year;
  return runCheck({ targets: found.targets, data, period: { months: period.months, year, label: period.label }, header, lang, targetIssues: found.issues });
}

export const reportCommand: CliCommand = {
  name: "report",
  summary: { vi: t("report.cli.summary", "vi"), en: t("report.cli.summary", "en") },
  usage: "nq report KET-QUA.xlsx [--docx BAO-CAO.docx] [--period …] [--year …] [--number 15] [--signer …] [--force]",
  async run(args: string[], io: CliIO) {
    const a = parseReportArgs(args);
    if (typeof a === "string") {
      const usage = t("report.cli.usage", "vi");
      io.err((a === usage ? usage : `${a}\n${usage}`) + "\n");
      return 2;
    }
    const input = path.resolve(io.cwd, a.data);
    const docxPath = path.resolve(io.cwd, a.docx ?? defaultDocxPath(a.data));
    const fail = (message: string) => (io.err(message + "\n"), 2);
    const refused = refuseOutput(docxPath, [input], a.force, a.lang);
    if (refused) return fail(refused.message);
    const read = await readWorkbookFile(input);
    if (!read.ok) return fail(a.lang === "en" ? read.messageEn : read.message);
    const summary = findSummary(read.workbook);
    if (!summary) return fail(t("report.cli.not-checked", a.lang, { file: a.data }));
    // The report's language: the summary's, unless --lang/--en says otherwise.
    const lang = args.some((x) => /^--(lang|en)\b/.test(x)) ? a.lang : summary.lang;
    const result = recheck(a, read.workbook, summary, lang);
    if (typeof result === "string") return fail(result);
    // Same period as the sheet: the sheet's verdicts must still be those of the workbook's data.
    const differs = a.period || a.year ? null : firstDifference(summary, result);
    if (differs) return fail(t("report.cli.stale", lang, { file: a.data, sheet: summary.sheet, no: differs }));
    const { reportDocxBytes } = await import("../../xlsx/report-docx");
    try {
      const late = await writeFileAtomic(docxPath, await reportDocxBytes(buildReport(result, lang)), { force: a.force, inputs: [input], lang });
      if (late) return fail(late.message);
    } catch (e) {
      return fail(t("check.cli.cannot-write", lang, { file: path.basename(docxPath), reason: systemErrorText(e, lang) }));
    }
    io.out(t("check.cli.written", lang, { file: path.relative(io.cwd, docxPath) || docxPath }) + "\n");
    return 0;
  },
};
