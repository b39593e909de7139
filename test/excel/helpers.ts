import { OfficeMockObject } from "office-addin-mock";
import type { SheetModel } from "../../src/core/sheet/model";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const fake = require("../fixtures/office-fake/excel-fake.js");

export type FakeWorkbook = {
  sheets: { name: string; protected: boolean; read(a: string): unknown[][]; getFormat(r: number, c: number): string; styleAt(a: string, p: string): unknown; [k: string]: any }[];
  names: { name: string; sheetId: number; address: string }[];
  tables: { name: string; sheetId: number; address: string; style: string | null }[];
  syncCount: number;
  requests: { requestBytes: number; responseBytes: number }[];
  structureProtected: boolean;
  calcSuspended: number;
  selection: { sheet: string; address: string } | null;
  failWhen: ((op: { kind: string; sheet?: string; name?: string }) => Error | null) | null;
  addSheet(name: string, rows?: unknown[][]): any;
  sheet(name: string): any;
  sheetNames(): string[];
  activeSheet(): any;
  largestRequest(): number;
};

export function newWorkbook(sheets: Record<string, unknown[][]> = {}): FakeWorkbook {
  return new fake.FakeWorkbook(sheets);
}

export const officeError: (code: string, message?: string) => Error = fake.officeError;

/**
 * An Excel.RequestContext for src/excel: an office-addin-mock OfficeMockObject (the context root,
 * so jest.spyOn(context, "sync") counts round trips) whose workbook is the in-memory fake.
 * office-addin-mock alone cannot model collections (`items`) or queued operations, which the
 * layer depends on, so the workbook behind it is the same fake the browser tests use.
 */
export function mockContext(wb: FakeWorkbook): Excel.RequestContext {
  const inner = (wb as any).context();
  const context = new OfficeMockObject({ sync: () => inner.sync() }) as any;
  context.workbook = inner.workbook;
  context.trackedObjects = inner.trackedObjects;
  return context as Excel.RequestContext;
}

/** A small styled model of the kind core builds. */
export function model(name: string, role: SheetModel["role"], rows: (string | number | null)[][], extra: Partial<SheetModel> = {}): SheetModel {
  return {
    name,
    role,
    values: rows,
    styles: { head: { font: { name: "Times New Roman", bold: true }, fill: "#DDEEFF", border: { top: true, bottom: true, left: true, right: true } }, pct: { numberFormat: "0.0%" } },
    styleIds: rows.map((r, i) => r.map(() => (i === 0 ? "head" : null))),
    merges: [],
    columns: rows[0]?.map(() => ({ width: 12 })) ?? [],
    ...extra,
  };
}
