/** Column letters for a 0-based index: 0 → "A", 26 → "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address for a 0-based row and column. */
export function cellAddress(row: number, column: number): string {
  return columnLetter(column) + String(row + 1);
}

/** A1 range for 0-based corners (inclusive). */
export function rangeAddress(row1: number, col1: number, row2: number, col2: number): string {
  const a = cellAddress(row1, col1);
  const b = cellAddress(row2, col2);
  return a === b ? a : `${a}:${b}`;
}

/** Parse "B7" into 0-based {row, column}; null when not an A1 cell address. */
export function parseCellAddress(address: string): { row: number; column: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, column: col - 1 };
}

/** Sheet-qualified address with quotes when needed: 'Tổng hợp'!B7. */
export function qualifiedAddress(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}
