import * as fs from "fs";
import * as path from "path";
import type { CliCommand, CliIO } from "../io";
import { t } from "../../core/i18n/messages";
import type { Lang } from "../../core/i18n/types";
import { buildMergeSheets, byFileName as byName, mergeToJson, runMergeSession, type MergeResult } from "../../core/merge";
import { readWorkbookFile, writeWorkbookFile } from "../../xlsx";

/**
 * `nq merge FILE.xlsx|FOLDER... [--out OUT.xlsx] [--force] [--json] [--strict]`: the units' files
 * (a folder: every spreadsheet in it, by name) merged into one data workbook. Files are read one at a
 * time and dropped once their rows are taken, so 500 files need no more memory than their rows.
 * Exit 0: everything merged; 1: some rows or files left out (each in the report); 2: nothing merged.
 */

export interface MergeArgs {
  inputs: string[];
  out: string;
  force: boolean;
  json: boolean;
  strict: boolean;
  lang: Lang;
}

export const DEFAULT_MERGE_OUT = "du-lieu-gop.xlsx";

export function parseMergeArgs(args: string[]): MergeArgs | string {
  const a: MergeArgs = { inputs: [], out: DEFAULT_MERGE_OUT, force: false, json: false, strict: false, lang: "vi" };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name === "--force" || name === "-f") a.force = true;
    else if (name === "--json") a.json = true;
    else if (name === "--strict") a.strict = true;
    else if (name === "--en") a.lang = "en";
    else if (name === "--out" || name === "--lang") {
      const v = eq > 0 ? arg.slice(eq + 1) : args[++i];
      if (v === undefined || v === "" || (eq < 0 && v.startsWith("--"))) return t("merge.cli.missing-value", "vi", { option: name });
      if (name === "--out") a.out = v;
      else a.lang = /^en/i.test(v) ? "en" : "vi";
    } else if (arg.startsWith("-") && arg !== "-") return t("merge.cli.unknown-option", "vi", { option: arg });
    else a.inputs.push(arg);
  }
  if (a.inputs.length === 0) return t("merge.cli.no-input", "vi");
  if (!/\.xlsx$/i.test(a.out)) return t("merge.cli.out-not-xlsx", "vi", { file: a.out });
  return a;
}

/** Spreadsheet-like files: the rest of a folder (Word, PDF, pictures…) is not the merge's business. */
const SHEET_FILE = /\.(xlsx|xlsm|xltx|xls|ods|csv)$/i;

function folderFiles(dir: string): string[] {
  const out: string[] = [];
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((x, y) => byName(x.name, y.name));
  for (const e of entries) {
    if (e.name.startsWith(".") || e.name.startsWith("~$")) continue; // hidden files, Excel's lock files
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...folderFiles(p));
    else if (SHEET_FILE.test(e.name)) out.push(p);
  }
  return out;
}

interface InputFile {
  path: string;
  /** Given by name (not found in a folder). */
  explicit: boolean;
}

/** The files to merge, in order; a string is the error (a folder without any spreadsheet). */
function expandInputs(inputs: string[], cwd: string): InputFile[] | string {
  const files: InputFile[] = [];
  for (const raw of inputs) {
    const p = path.resolve(cwd, raw);
    let st: fs.Stats | null = null;
    try {
      st = fs.statSync(p);
    } catch {
      st = null;
    }
    if (st?.isDirectory()) {
      const inside = folderFiles(p);
      if (inside.length === 0 && inputs.length === 1) return t("merge.cli.folder-empty", "vi", { path: raw });
      for (const f of inside) files.push({ path: f, explicit: false });
    } else files.push({ path: p, explicit: true }); // a missing file is listed as unreadable
  }
  return files;
}

function realOrSelf(p: string): string {
  try {
    return fs.realpathSync.native(p);
  } catch {
    return path.resolve(p);
  }
}

function sameFile(a: string, b: string): boolean {
  if (realOrSelf(a) === realOrSelf(b)) return true;
  try {
    const sa = fs.statSync(a, { bigint: true });
    const sb = fs.statSync(b, { bigint: true });
    return sa.ino !== 0n && sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** Names shown in the report and in "Tệp nguồn": the file name, or the path from here when two names are alike. */
function displayNames(files: InputFile[], cwd: string): string[] {
  const base = files.map((f) => path.basename(f.path));
  const count = new Map<string, number>();
  for (const b of base) count.set(b.toLowerCase(), (count.get(b.toLowerCase()) ?? 0) + 1);
  return files.map((f, i) => ((count.get(base[i].toLowerCase()) ?? 0) > 1 ? path.relative(cwd, f.path) || base[i] : base[i]));
}

function progress(io: CliIO, n: number, total: number, file: string): void {
  if (io.isTTY) io.err(`\r${t("merge.cli.reading", "vi", { n, total, file: file.slice(0, 50) })}\x1b[K`);
}

async function mergeFiles(files: InputFile[], names: string[], out: string, strict: boolean, io: CliIO): Promise<MergeResult> {
  const seen: string[] = [];
  const result = await runMergeSession(
    {
      count: files.length,
      onStart: (i) => progress(io, i + 1, files.length, names[i]),
      async read(i) {
        const f = files[i];
        if (sameFile(f.path, out)) return { name: names[i], failure: t("issue.MERGE_FILE_IS_OUTPUT", "vi"), code: "is-output" };
        if (seen.some((s) => sameFile(s, f.path))) return { name: names[i], failure: t("issue.MERGE_FILE_REPEATED", "vi"), code: "repeated" };
        seen.push(f.path);
        const read = await readWorkbookFile(f.path);
        return read.ok ? { name: names[i], workbook: read.workbook } : { name: names[i], failure: read.message };
      },
    },
    { strict },
  );
  if (io.isTTY) io.err("\r\x1b[K");
  return result as MergeResult; // never cancelled here
}

function printSummary(io: CliIO, result: MergeResult, lang: Lang): void {
  const tt = result.totals;
  io.out(t("merge.cli.line.files", lang, tt.files) + "\n");
  for (const table of ["organisations", "members", "unions"] as const) io.out(t("merge.cli.line.table", lang, { table: t(`merge.sheet.table.${table}`, lang), ...tt[table] }) + "\n");
  const errors = result.problems.filter((p) => p.severity === "error").length;
  io.out(t("merge.cli.line.problems", lang, { errors, warnings: result.problems.length - errors }) + "\n");
  for (const p of result.problems.slice(0, 20)) io.out(`  [${p.code}] ${p.file ?? ""}${p.sheet ? ` › ${p.sheet}` : ""}${p.row ? ` › ${p.row}` : ""}: ${lang === "en" ? p.messageEn : p.message}\n`);
  if (result.problems.length > 20) io.out(`  … (${result.problems.length - 20})\n`);
}

export const mergeCommand: CliCommand = {
  name: "merge",
  summary: { vi: t("merge.cli.summary", "vi"), en: t("merge.cli.summary", "en") },
  usage: "nq merge FILE.xlsx|FOLDER... [--out OUT.xlsx] [--force] [--json] [--strict]",
  async run(args, io) {
    const a = parseMergeArgs(args);
    if (typeof a === "string") {
      io.err(`${a}\n${t("merge.cli.usage", "vi")}\n`);
      return 2;
    }
    const out = path.resolve(io.cwd, a.out);
    const files = expandInputs(a.inputs, io.cwd);
    if (typeof files === "string") {
      io.err(files + "\n");
      return 2;
    }
    if (files.some((f) => f.explicit && sameFile(f.path, out))) {
      io.err(t("merge.cli.out-is-input", a.lang, { file: a.out }) + "\n");
      return 2;
    }
    if (fs.existsSync(out) && !a.force) {
      io.err(t("merge.cli.out-exists", a.lang, { file: a.out }) + "\n");
      return 2;
    }
    const result = await mergeFiles(files, displayNames(files, io.cwd), out, a.strict, io);
    const nothing = result.totals.organisations.written + result.totals.members.written + result.totals.unions.written === 0;
    let written = false;
    if (!nothing && !result.conflicts) {
      if (io.isTTY) io.err(t("merge.cli.writing", "vi", { file: a.out }));
      const w = await writeWorkbookFile(out, buildMergeSheets(result, a.lang), { force: a.force });
      if (io.isTTY) io.err("\r\x1b[K");
      if (!w.ok) {
        io.err(t("merge.cli.cannot-write", a.lang, { file: a.out, reason: w.message }) + "\n");
        return 2;
      }
      written = true;
    }
    if (a.json) io.out(JSON.stringify(mergeToJson(result, written, a.lang), null, 2) + "\n");
    else {
      printSummary(io, result, a.lang);
      if (written) io.out(t("merge.cli.written", a.lang, { file: path.relative(io.cwd, out) || out }) + "\n");
    }
    if (!written) {
      io.err(t(result.conflicts ? "merge.cli.conflicts" : "merge.cli.nothing", a.lang) + "\n");
      return 2;
    }
    const t2 = result.totals;
    return t2.files.leftOut + t2.organisations.leftOut + t2.members.leftOut + t2.unions.leftOut > 0 ? 1 : 0;
  },
};
