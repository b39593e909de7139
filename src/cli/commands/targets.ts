import * as fs from "fs";
import * as path from "path";
import type { CliCommand, CliIO } from "../io";
import { t } from "../../core/i18n/messages";
import type { Lang } from "../../core/i18n/types";
import { LOW_CONFIDENCE, type Target } from "../../core/model/target";
import { readResolution } from "../../core/reader/read";
import { readResolutionBytes } from "../../xlsx/resolution-file";
import { loadPdfjsNode } from "../../xlsx/pdfjs-node";

/** The fixed JSON field names of `nq targets --json` (issue 3): absent things are null. */
const JSON_FIELDS = ["id", "parent", "text", "subject", "kind", "op", "value", "max", "stretch", "unit", "per", "scope", "change", "deadline", "period", "indicator", "confidence", "quote", "notes"] as const;

export function targetJson(target: Target): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const k of JSON_FIELDS) o[k] = target[k] ?? null;
  return o;
}

/** What `nq targets` and `nq check --targets` read from a resolution file: its text and how it was stored. */
export type ResolutionRead = { text: string; format: string; repaired: string | null } | { error: string };

const ENCODING_NAMES: Record<string, string> = { "utf-8": "UTF-8", "utf-16le": "UTF-16 LE", "utf-16be": "UTF-16 BE", "windows-1258": "Windows-1258", "windows-1252": "Windows-1252" };

/** Text of a resolution file (.txt in any usual encoding, .docx), decoded as the task pane does; an error sentence when unreadable. */
export async function readResolutionFile(file: string, lang: Lang = "vi", shown = file): Promise<ResolutionRead> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return { error: t("reader.cli.cannot-open", lang, { file: shown }) };
  }
  const r = await readResolutionBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), path.basename(file), loadPdfjsNode);
  if (!r.ok) return { error: t(r.key, lang, { file: shown }) };
  const format = r.encoding ? `.${r.format}, ${ENCODING_NAMES[r.encoding]}` : r.pages ? `.${r.format}, ${t("reader.cli.pages", lang, { n: r.pages })}` : `.${r.format}`;
  return { text: r.text, format, repaired: r.repaired ? `reader.repair.${r.repaired}` : null };
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
    vi: "Đọc các chỉ tiêu trong nghị quyết (.txt, .docx, .pdf); --json để in JSON",
    en: "Read a resolution's targets (.txt, .docx, .pdf); --json for JSON",
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
    const read = await readResolutionFile(file, lang, files[0]);
    if ("error" in read) {
      io.err(read.error + "\n");
      return 2;
    }
    const result = readResolution(read.text);
    const none = result.targets.length === 0;
    // No target is a failure (exit 2): a script must not take an empty list for a read resolution.
    if (none) io.err(t("reader.cli.no-targets", lang, { file: files[0] }) + "\n");
    if (json) {
      io.out(JSON.stringify({ targets: result.targets.map(targetJson) }, null, 2) + "\n");
      return none ? 2 : 0;
    }
    if (none) return 2;
    io.out(`${t("reader.cli.file", lang)}: ${files[0]} (${read.format})\n`);
    io.out(`${t("reader.cli.section", lang)}: ${result.section ?? t("reader.cli.no-section", lang)}\n`);
    if (result.year) io.out(`${t("reader.cli.year", lang)}: ${result.year}\n`);
    for (const r of [...(read.repaired ? [read.repaired] : []), ...result.repairs]) io.out(`• ${t(r, lang)}\n`);
    io.out("\n");
    printTable(io, result.targets, lang);
    const review = result.targets.filter((x) => x.confidence < LOW_CONFIDENCE).length;
    const manual = result.targets.filter((x) => !x.indicator).length;
    io.out("\n" + t("reader.cli.summary", lang, { n: result.targets.length, review, manual }) + "\n");
    return 0;
  },
};
