/** Cutting clause parts out of an item: trimming, separators, the verbatim words of a part. */

export function isLetterOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && /[a-z0-9]/.test(ch);
}

export function trimSpan(s: string, a: number, b: number): [number, number] {
  while (a < b && /[\s,;:.)\-–]/.test(s[a])) a++;
  while (b > a && /[\s,;:.(\-–]/.test(s[b - 1])) b--;
  return [a, b];
}

/** The words of s[a, b) as shown to the user: trimmed, no leading "và", no unbalanced bracket at either end. */
export function cleanText(s: string, a: number, b: number): string {
  const [x, y] = trimSpan(s, a, b);
  let t = s.slice(x, y);
  t = t.replace(/^(?:và|hoặc)\s+/i, "").replace(/\s+(?:và|hoặc|trong đó)$/i, "");
  if ((t.match(/\(/g)?.length ?? 0) > (t.match(/\)/g)?.length ?? 0) && t.endsWith("(")) t = t.slice(0, -1).trim();
  if (t.startsWith("(") && !t.includes(")")) t = t.slice(1).trim();
  if (t.endsWith(")") && !t.includes("(")) t = t.slice(0, -1).trim();
  return t;
}

/** The last separator ("," ";" ":" or " và ") between two positions of the folded text, or null. */
export function lastSeparator(f: string, from: number, to: number): { at: number; len: number } | null {
  let comma = -1;
  for (let i = to - 1; i >= from; i--) {
    if (f[i] === "," || f[i] === ";" || f[i] === ":") {
      comma = i;
      break;
    }
  }
  // A mention's end may hold the space after its number ("90 và …"): the " và " may start one place before.
  const lo = from > 0 && f[from - 1] === " " ? from - 1 : from;
  const rel = to - lo >= 4 ? f.slice(lo, to).lastIndexOf(" va ") : -1;
  const va = rel >= 0 ? lo + rel : -1;
  if (va >= lo && va > comma) return { at: va, len: 4 };
  return comma >= 0 ? { at: comma, len: 1 } : null;
}
