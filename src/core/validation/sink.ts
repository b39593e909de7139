import type { DataIssue, Severity } from "../model/issue";
import { makeIssue } from "../model/issue-factory";
import type { MessageParams } from "../i18n/messages";
import { cellAddress } from "../sheet/address";
import { DATA_ISSUE_CODES, type DataIssueCode } from "./codes";

/** Collects the issues of one read, with cell addresses computed from a sheet's origin. */
export class IssueSink {
  readonly issues: DataIssue[] = [];

  add(code: DataIssueCode, where: { sheet?: string | null; cell?: string | null; row?: number | null }, params?: MessageParams, severity?: Severity): DataIssue {
    const issue = makeIssue(code, severity ?? DATA_ISSUE_CODES[code], where, params);
    this.issues.push(issue);
    return issue;
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
