import * as fs from "fs";
import * as path from "path";
import type { CliCommand, CliIO } from "../io";
import { t } from "../../core/i18n/messages";
import type { Lang } from "../../core/i18n/types";
import { LOW_CONFIDENCE, type Target } from "../../core/model/target";
import { readResolution } from "../../core/reader/read";

/** The fixed JSON field names of `nq targets --json` (issue 3): absent things are null. */
const JSON_FIELDS = ["id", "parent", "text", "subject", "kind", "op", "value", "max", "stretch", "unit", "per", "scope", "change", "deadline", "period", "indicator", "confidence", "quote", "notes"] as const;

export function targetJson(target: Target): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const k of JSON_FIELDS) o[k] = target[k] ?? null;
  return o;
}

/** Text of a .txt (UTF-8, or Windows-1252 for old files) or .docx resolution; an error sentence when unreadable. */
export async function readResolutionFile(file: string, lang: Lang = "vi"): Promise<{ text: string } | { error: string }> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return { error: t("reader.cli.cannot-open", lang, { file }) };
  }
  const isZip = bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (/\.docx$/i.test(file) || isZip) {
    // Loaded only for a .docx: mammoth costs ≈ 0.2–0.4 s of start-up that every other run would pay.
    const { extractDocxText } = await import("../../xlsx/docx");
    const r = await extractDocxText(new Uint8Array(bytes));
    return "error" in r ? { error: `${t("reader.cli.cannot-read", lang, { file })} ${r.error}` } : r;
  }
  if (/\.doc$/i.test(file) || bytes.includes(0)) return { error: t("reader.cli.not-text", lang, { file }) };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  return { text: text.replace(/^\uFEFF/, "") };
}

/** Display width of a string (combining marks take no column). */
function width(s: string): number {
  return [...s.normalize("NFC")].length;
}

function pad(s: string, w: number): string {
  const cut = width(s) > w ? [...s].slice(0, Math.max(0, w - 1)).join("") + "…" : s;
  return cut + " ".repeat(Math.max(0, w - width(cut)));
}

function show(v: number | string | null, target: Target): string {
  if (v === null) return "";
  if (typeof v === "string") return v;
  if (target.kind === "percent") return `${Number((v * (target.unit === "‰" ? 1000 : 100)).toPrecision(10))}${target.unit === "‰" ? "‰" : "%"}`.replace(".", ",");
  return String(v).replace(".", ",");
}

function condition(target: Target): string {
  const sym: Record<string, string> = { ">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "=" };
  const v = target.op === "range" ? `${show(target.value, target)} – ${show(target.max, target)}` : `${sym[target.op]} ${show(target.value, target)}`;
  return target.stretch !== null ? `${v} (phấn đấu ${show(target.stretch, target)})` : v;
}

function printTable(io: CliIO, targets: Target[], lang: Lang): void {
  const cols: Array<[string, number, (x: Target) => string]> = [
    [t("reader.sheet.col.id", lang), 7, (x) => (x.parent ? "  " : "") + x.id],
    [t("reader.sheet.col.text", lang), 46, (x) => (x.parent ? "↳ " : "") + x.text],
    [t("reader.sheet.col.kind", lang), 9, (x) => t(`reader.kind.${x.kind}`, lang)],
    [t("reader.sheet.col.op", lang), 22, condition],
    [t("reader.cli.col.when", lang), 10, (x) => (x.deadline ? String(x.deadline) : x.period ? t(`reader.period.${x.period}`, lang) : "")],
    [t("reader.sheet.col.indicator", lang), 30, (x) => x.indicator ?? t("reader.sheet.manual", lang)],
    [t("reader.sheet.col.confidence", lang), 14, (x) => `${Math.round(x.confidence * 100)}% ${x.confidence < LOW_CONFIDENCE ? t("reader.status.review", lang) : ""}`.trim()],
  ];
  io.out(cols.map(([h, w]) => pad(h, w)).join("  ").trimEnd() + "\n");
  io.out(cols.map(([, w]) => "─".repeat(w)).join("  ") + "\n");
  for (const x of targets) {
    io.out(cols.map(([, w, f]) => pad(f(x), w)).join("  ").trimEnd() + "\n");
    // The sentence the target was read from, under its words, so a reviewer checks it without the document.
    const quote = quoteLine(x);
    if (quote) io.out(" ".repeat(cols[0][1] + 2) + quote + "\n");
  }
}

/** "“…”" when the target's sentence says more than its own words (long sentences cut at 240 characters). */
function quoteLine(x: Target): string | null {
  const q = (x.quote ?? "").replace(/\s+/g, " ").trim();
  if (!q || q === x.text.replace(/\s+/g, " ").trim()) return null;
  return `“${[...q].length > 240 ? [...q].slice(0, 239).join("") + "…" : q}”`;
}

export const targetsCommand: CliCommand = {
  name: "targets",
  summary: {
    vi: "Đọc các chỉ tiêu trong nghị quyết (.txt, .docx); --json để in JSON",
    en: "Read a resolution's targets (.txt, .docx); --json for JSON",
  },
  usage: "nq targets TỆP [--json] [--en]",
  async run(args, io) {
    const lang: Lang = args.includes("--en") ? "en" : "vi";
    const json = args.includes("--json");
    const files = args.filter((a) => !a.startsWith("--"));
    const unknown = args.filter((a) => a.startsWith("--") && a !== "--json" && a !== "--en");
    if (files.length !== 1 || unknown.length > 0) {
      io.err(t("reader.cli.usage", lang) + "\n");
      return 2;
    }
    const file = path.resolve(io.cwd, files[0]);
    const read = await readResolutionFile(file, lang);
    if ("error" in read) {
      io.err(read.error + "\n");
      return 2;
    }
    const result = readResolution(read.text);
    if (json) {
      io.out(JSON.stringify({ targets: result.targets.map(targetJson) }, null, 2) + "\n");
      return 0;
    }
    io.out(`${t("reader.cli.file", lang)}: ${files[0]}\n`);
    io.out(`${t("reader.cli.section", lang)}: ${result.section ?? t("reader.cli.no-section", lang)}\n`);
    if (result.year) io.out(`${t("reader.cli.year", lang)}: ${result.year}\n`);
    for (const r of result.repairs) io.out(`• ${t(r, lang)}\n`);
    io.out("\n");
    if (result.targets.length === 0) {
      io.out(t("reader.none", lang) + "\n");
      return 0;
    }
    printTable(io, result.targets, lang);
    const review = result.targets.filter((x) => x.confidence < LOW_CONFIDENCE).length;
    const manual = result.targets.filter((x) => !x.indicator).length;
    io.out("\n" + t("reader.cli.summary", lang, { n: result.targets.length, review, manual }) + "\n");
    return 0;
  },
};
