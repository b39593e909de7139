/**
 * Vietnamese number reading: "." groups thousands and "," marks decimals ("1.905" = 1905,
 * "7,61" = 7.61). A lone "." followed by 1–2 digits is read as a decimal point only when it
 * cannot be a thousands group ("0.5", "12.75"). Returns null for anything else.
 */
export function parseVietnameseNumber(raw: string): number | null {
  const s = raw.trim().replace(/\s+/g, "");
  if (s === "") return null;
  let m = /^([+-]?)(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/.exec(s);
  if (m) return sign(m[1]) * Number(m[2].replace(/\./g, "") + (m[3] ? "." + m[3] : ""));
  m = /^([+-]?)(\d{1,3}(?:,\d{3})+)\.(\d+)$/.exec(s); // en-US "1,234.5" pasted from elsewhere
  if (m) return sign(m[1]) * Number(m[2].replace(/,/g, "") + "." + m[3]);
  m = /^([+-]?)(\d+)(?:,(\d+))?$/.exec(s);
  if (m) return sign(m[1]) * Number(m[2] + (m[3] ? "." + m[3] : ""));
  m = /^([+-]?)(\d+)\.(\d{1,2}|\d{4,})$/.exec(s);
  if (m) return sign(m[1]) * Number(m[2] + "." + m[3]);
  return null;
}

function sign(s: string): number {
  return s === "-" ? -1 : 1;
}

/**
 * A percentage or per-mille written in text: "90%", "80 %", "7,61%", "0,30%0", "0,15‰", "0,2 %o".
 * Returns the fraction (90% → 0.9, 0,15‰ → 0.00015), or null.
 */
export function parsePercentText(raw: string): number | null {
  const s = raw.trim();
  const m = /^([+-]?[\d.,\s]+?)\s*(%0|%o|‰|0\/00|%)$/i.exec(s);
  if (!m) return null;
  const n = parseVietnameseNumber(m[1]);
  if (n === null) return null;
  const perMille = m[2] !== "%";
  return roundFraction(perMille ? n / 1000 : n / 100);
}

/** Remove binary floating-point noise from a fraction computed from a decimal text (0.07609999 → 0.0761). */
export function roundFraction(x: number): number {
  return Number(x.toPrecision(12));
}

const NUMBER_WORDS: Record<string, number> = {
  mot: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, lam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10,
};

/**
 * A small Vietnamese number word ("một" … "mười", on a folded key: "mot", "hai"…), or null.
 * "năm" is also "year": callers use this only where a count is expected ("ít nhất một mô hình").
 */
export function parseNumberWord(folded: string): number | null {
  const v = NUMBER_WORDS[folded.trim()];
  return v === undefined ? null : v;
}
