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

/**
 * A sheet name as Excel writes it in a reference: bare when it is a simple ASCII name (letters, digits,
 * "_" and ".", not starting with a digit, not itself a cell address such as "A1" or "R1C1"), else in
 * quotes with quotes doubled: 'Đảng viên'!P5, Data!P5, '2025'!A1.
 */
export function sheetRefName(sheet: string): string {
  const simple = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) && !/^(R\d*C\d*|R|C)$/i.test(sheet) && !/^(TRUE|FALSE)$/i.test(sheet);
  return simple ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** A reference as Excel shows it: Data!P5:P77, 'Đảng viên'!P5:P77. */
export function sheetReference(sheet: string, address: string): string {
  return `${sheetRefName(sheet)}!${address}`;
}
