import type { CellValue } from "../model/grid";

/**
 * Rows a person typed into one of the add-in's input sheets (the templates, the sample, "Chỉ tiêu"):
 * the non-blank rows of the sheet as it is now that are not rows the add-in itself writes there.
 * Replacing a sheet loses exactly these, so the pane asks first when there are any.
 */
export interface TypedRows {
  /** How many rows would be lost. */
  count: number;
  /** 1-based Excel row of the first one (for the message), or null. */
  firstRow: number | null;
}

/** Excel's 1900 date system, as the sheet reads a date back: serial days. */
function cellKey(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return String(v.getTime() / 86_400_000 + 25_569);
  if (typeof v === "string") return v.normalize("NFC").trim();
  return String(v);
}

/** A row as one comparable string; trailing blank cells do not count, a blank row gives "". */
export function rowKey(row: readonly (CellValue | undefined)[]): string {
  const cells = row.map(cellKey);
  let end = cells.length;
  while (end > 0 && cells[end - 1] === "") end--;
  return cells.slice(0, end).join("\u001f");
}

/** Keys of every row of the given grids (what the add-in writes or has written on such a sheet). */
export function knownRows(grids: readonly (readonly (readonly (CellValue | undefined)[])[])[]): Set<string> {
  const keys = new Set<string>();
  for (const grid of grids) for (const row of grid) keys.add(rowKey(row));
  return keys;
}

/** The rows of `current` (read from the sheet, `originRow` = 0-based row of its first line) that are typed, not written. */
export function typedRows(current: readonly (readonly (CellValue | undefined)[])[], known: Set<string>, originRow = 0): TypedRows {
  let count = 0;
  let firstRow: number | null = null;
  current.forEach((row, i) => {
    const key = rowKey(row);
    if (key === "" || known.has(key)) return;
    count++;
    firstRow ??= originRow + i + 1;
  });
  return { count, firstRow };
}
