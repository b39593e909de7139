import { t } from "../core/i18n/messages";
import type { Lang } from "../core/i18n/types";
import { LOW_CONFIDENCE, type Target } from "../core/model/target";

const OPS: Record<string, string> = { ">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "=" };

/** A target's value as people write it: percents as "90%", per-mille as "0,3‰", counts with separators. */
export function formatValue(v: number | string | null, target: Target, lang: Lang): string {
  if (v === null) return "";
  if (typeof v === "string") return v;
  const locale = lang === "en" ? "en-GB" : "vi-VN";
  if (target.kind === "percent") {
    if (target.unit === "‰") return (v * 1000).toLocaleString(locale, { maximumFractionDigits: 3 }) + "‰";
    return (v * 100).toLocaleString(locale, { maximumFractionDigits: 2 }) + "%";
  }
  return v.toLocaleString(locale, { maximumFractionDigits: 2 }) + (target.unit ? ` ${target.unit}` : "");
}

export function conditionText(target: Target, lang: Lang): string {
  if (target.op === "range") return `${formatValue(target.value, target, lang)} – ${formatValue(target.max, target, lang)}`;
  return `${OPS[target.op] ?? target.op} ${formatValue(target.value, target, lang)}`;
}

export function kindText(target: Target, lang: Lang): string {
  return t(`ui.kind.${target.kind}`, lang);
}

export function needsReview(target: Target): boolean {
  return target.confidence < LOW_CONFIDENCE;
}

export function percentText(x: number, lang: Lang): string {
  return Math.round(x * 100).toLocaleString(lang === "en" ? "en-GB" : "vi-VN") + "%";
}
