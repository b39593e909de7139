import type { Lang } from "../i18n/types";

/**
 * Numbers in text (gap sentences, terminal table): Vietnamese "1.250" and "2,3",
 * English "1,250" and "2.3". Sheets never use this: they keep numbers as numbers.
 */
export function formatNumber(x: number, decimals: number, lang: Lang): string {
  const fixed = Math.abs(x).toFixed(decimals);
  const [int, frac] = fixed.split(".");
  const group = lang === "vi" ? "." : ",";
  const dec = lang === "vi" ? "," : ".";
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sign = x < 0 && Number(fixed) !== 0 ? "-" : "";
  return sign + grouped + (frac ? dec + frac : "");
}

/** A fraction as a percentage: 0.912 → "91,2%". Decimals as given (default 1). */
export function formatPercent(fraction: number, lang: Lang, decimals = 1): string {
  return formatNumber(fraction * 100, decimals, lang) + "%";
}

/** Fewest decimals (from `min`, at most `max`) that show x without trailing noise. */
export function neededDecimals(x: number, min = 0, max = 4): number {
  for (let d = min; d < max; d++) {
    if (Math.abs(Number(x.toFixed(d)) - x) < 1e-9) return d;
  }
  return max;
}

/** Decimals a percent target is written with: 0.9 → 0 ("90%"), 0.925 → 1 ("92,5%"). */
export function percentDecimals(fraction: number): number {
  return neededDecimals(Number((fraction * 100).toPrecision(12)), 0, 3);
}

/** Display width of a string in a terminal (NFC Vietnamese: one column per code point). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) if (!/\p{M}/u.test(ch)) w++;
  return w;
}

export function padEndDisplay(s: string, width: number): string {
  const w = displayWidth(s);
  return w >= width ? s : s + " ".repeat(width - w);
}

export function padStartDisplay(s: string, width: number): string {
  const w = displayWidth(s);
  return w >= width ? s : " ".repeat(width - w) + s;
}

/** Cut to `width` display columns with "…". */
export function truncateDisplay(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = "";
  let w = 0;
  for (const ch of s) {
    const cw = /\p{M}/u.test(ch) ? 0 : 1;
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return out + "…";
}
