import type { DataIssue, IssueTally, Severity } from "../model/issue";
import { makeIssue } from "../model/issue-factory";
import type { MessageParams } from "../i18n/messages";
import { cellAddress } from "../sheet/address";
import { DATA_ISSUE_CODES, TABLE_LEVEL_CODES, type DataIssueCode } from "./codes";

/**
 * How many issues are kept in full (message, cell) per read: the "Lỗi dữ liệu" sheet lists these; the
 * rest are counted per code, sheet and column. A file whose every cell is wrong (52,000 rows × 20 cells,
 * 572,002 issues) otherwise fills the heap before its sheet is written.
 */
export const ISSUE_LIST_LIMIT = 10_000;

/** Collects the issues of one read: the first `limit` in full, the rest tallied (table-level ones are always kept). */
export class IssueSink {
  readonly issues: DataIssue[] = [];
  private readonly tallies = new Map<string, IssueTally>();

  constructor(private readonly limit: number = ISSUE_LIST_LIMIT) {}

  add(code: DataIssueCode, where: { sheet?: string | null; cell?: string | null; row?: number | null }, params?: MessageParams, severity?: Severity): void {
    const sev = severity ?? DATA_ISSUE_CODES[code];
    if (this.issues.length < this.limit || TABLE_LEVEL_CODES.has(code)) {
      this.issues.push(makeIssue(code, sev, where, params));
      return;
    }
    const column = typeof params?.column === "string" ? params.column : (where.cell?.match(/^[A-Z]+/)?.[0] ?? null);
    const key = `${code}\u0000${sev}\u0000${where.sheet ?? ""}\u0000${column ?? ""}`;
    const tally = this.tallies.get(key);
    if (tally) tally.count++;
    else this.tallies.set(key, { code, severity: sev, sheet: where.sheet ?? null, column, count: 1, firstCell: where.cell ?? null });
  }

  /** The issues counted but not kept, in the order their kind first appeared. */
  get omitted(): IssueTally[] {
    return [...this.tallies.values()];
  }
}

/** Where a value sits: sheet, 0-based row/column inside values, and the sheet's origin. */
export interface SheetPos {
  sheet: string;
  originRow: number;
  originCol: number;
}

/** A1 address of a cell of values (0-based) on a sheet whose used range starts at origin. */
export function addressOf(pos: SheetPos, r: number, c: number): string {
  return cellAddress(r + pos.originRow, c + pos.originCol);
}

/** 1-based Excel row number of a values row. */
export function excelRow(pos: SheetPos, r: number): number {
  return r + pos.originRow + 1;
}
