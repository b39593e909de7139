import { t } from "../i18n/messages";
import type { Lang } from "../i18n/types";
import type { Target } from "../model/target";
import { formatNumber, neededDecimals, padEndDisplay, padStartDisplay, percentDecimals, truncateDisplay } from "./format";
import { issueCounts, type CheckResult, type TargetResult } from "./run";
import { countLine, statusText, summaryTitle } from "./sheets";

const OP_TEXT: Record<string, string> = { ">=": "≥ ", ">": "> ", "<=": "≤ ", "<": "< ", "=": "= ", range: "" };

/** "≥ 90%", "30 – 35%", "≥ 1 / chi bộ cơ sở", "HTTNV trở lên" — for the terminal (sheets keep numbers). */
export function thresholdText(tg: Target, lang: Lang): string {
  if (typeof tg.value !== "number") {
    const key = tg.op === ">=" ? "check.sheet.rating-at-least" : tg.op === "<=" ? "check.sheet.rating-at-most" : "check.sheet.rating-exactly";
    return t(key, lang, { rating: tg.value });
  }
  const percent = tg.kind === "percent";
  const scale = percent ? (tg.unit === "‰" ? 1000 : 100) : 1;
  const suffix = percent ? (tg.unit === "‰" ? "‰" : "%") : "";
  const d = (x: number) => (percent ? neededDecimals(Number((x * scale).toPrecision(12)), 0, 3) : neededDecimals(x, 0, 2));
  if (tg.op === "range" && tg.max !== null) return `${formatNumber(tg.value * scale, d(tg.value), lang)} – ${formatNumber(tg.max * scale, d(tg.max), lang)}${suffix}`;
  const per = tg.per ? ` / ${tg.per}` : "";
  return `${OP_TEXT[tg.op] ?? ""}${formatNumber(tg.value * scale, d(tg.value), lang)}${suffix}${per}`;
}

export function valueText(r: TargetResult, lang: Lang): string {
  if (r.value === null) return "—";
  if (typeof r.value === "string") return r.value;
  if (r.perUnit && r.target.kind !== "percent") return `${formatNumber(r.value, 0, lang)}/${formatNumber(r.perUnit.total, 0, lang)}`;
  if (r.target.kind === "percent") {
    const perMille = r.target.unit === "‰";
    const td = typeof r.target.value === "number" ? percentDecimals(r.target.value) : 0;
    return `${formatNumber(r.value * (perMille ? 1000 : 100), perMille ? 2 : Math.max(1, td + 1), lang)}${perMille ? "‰" : "%"}`;
  }
  return formatNumber(r.value, neededDecimals(r.value, 0, 1), lang);
}

/** The check as an aligned text table for the terminal (Vietnamese by default). */
export function formatCheckTable(result: CheckResult, lang: Lang = result.lang, width = 120): string {
  const headers = [
    t("check.sheet.col.stt", lang),
    t("check.sheet.col.text", lang),
    t("check.sheet.col.threshold", lang),
    t("check.sheet.col.actual", lang),
    t("check.sheet.col.status", lang),
    t("check.sheet.col.progress", lang),
  ];
  const fixed = [5, 0, 18, 12, 17, 14];
  const textWidth = Math.max(24, width - fixed.reduce((a, b) => a + b, 0) - fixed.length * 1);
  const widths = [5, textWidth, 18, 12, 17, 14];
  const numbering = new Map<string, string>();
  let top = 0;
  const counters = new Map<string, number>();
  const rows = result.targets.map((r) => {
    let no: string;
    const parentNo = r.parent ? numbering.get(r.parent) : undefined;
    if (parentNo) {
      const k = (counters.get(r.parent as string) ?? 0) + 1;
      counters.set(r.parent as string, k);
      no = `${parentNo}.${k}`;
    } else no = String(++top);
    numbering.set(r.id, no);
    const text = (parentNo ? "  " : "") + r.text.replace(/\s+/g, " ");
    // Under a row, only what needs action: the shortfall or what is missing.
    const note = r.status === "dat" || r.status === "vuot" ? "" : r.gapText[lang] || (r.missing ? r.missing[lang] : "");
    return {
      cells: [no, truncateDisplay(text, widths[1]), truncateDisplay(thresholdText(r.target, lang), widths[2]), valueText(r, lang), statusText(r.status, lang), r.progress ? t(`check.progress.${r.progress.status}`, lang) : ""],
      note,
    };
  });
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 3 ? padStartDisplay(c, widths[i]) : padEndDisplay(c, widths[i])))
      .join(" ")
      .replace(/\s+$/, "");
  const out: string[] = [];
  out.push(summaryTitle(result, lang));
  out.push("");
  out.push(line(headers.map((h, i) => truncateDisplay(h, widths[i]))));
  out.push("-".repeat(Math.min(width, widths.reduce((a, b) => a + b, 0) + widths.length - 1)));
  for (const r of rows) {
    out.push(line(r.cells));
    if (r.note) out.push(" ".repeat(widths[0] + 1) + "  ↳ " + truncateDisplay(r.note, widths[1] + widths[2] + 20));
  }
  out.push("");
  out.push(countLine(result, lang));
  const { errors, warnings } = issueCounts(result);
  if (errors + warnings) out.push(t("check.cli.issue-count", lang, { errors, warnings }));
  return out.join("\n") + "\n";
}
