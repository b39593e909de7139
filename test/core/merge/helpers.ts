import type { SheetGrid, WorkbookGrid } from "../../../src/core/model/grid";
import type { SheetModel } from "../../../src/core/sheet/model";
import { generateSample } from "../../../src/core/sample";
import { sampleUnitWorkbooks, type UnitWorkbook } from "../../../src/core/sample/units";

/** SheetModels turned into the grids a file reader would give (number formats from the styles, own sheets marked). */
export function gridOf(s: SheetModel): SheetGrid {
  const formats = s.values.map((row, r) => row.map((v, c) => (typeof v === "number" ? (s.styles[s.styleIds[r]?.[c] ?? ""]?.numberFormat ?? null) : null)));
  return { name: s.name, values: s.values, numberFormats: formats };
}

export function workbookOf(sheets: SheetModel[]): WorkbookGrid {
  return { sheets: sheets.map(gridOf), ownSheets: sheets.filter((s) => s.role === "merge-report" || s.role === "summary" || s.role === "issues" || s.role === "by-organisation").map((s) => s.name) };
}

/** The sample split into one file per grassroots organisation, with each file's grids. */
export function splitSample(options: Parameters<typeof generateSample>[0] = {}): { sample: ReturnType<typeof generateSample>; files: (UnitWorkbook & { workbook: WorkbookGrid })[] } {
  const sample = generateSample(options);
  return { sample, files: sampleUnitWorkbooks(sample).map((u) => ({ ...u, workbook: workbookOf(u.sheets) })) };
}
