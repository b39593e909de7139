import type { CellValue } from "../model/grid";
import type { SheetModel } from "../sheet/model";
import { MEMBER_FIELDS, ORG_FIELDS } from "../data/fields";
import { TEMPLATE_FIRST_DATA_ROW } from "../templates";
import type { Sample } from "./index";

/**
 * The sample as its units would send it back: one workbook per grassroots organisation (its own row,
 * its chi bộ trực thuộc, its members), the unions dealt out in turn, each file in the template layout
 * with the rating year and the committee's rating on row 2 (the Văn phòng sends the template filled in
 * so far). Material for the merge: its tests, its benchmark and training.
 */

export interface UnitWorkbook {
  /** File name: "01 Đảng bộ Sở Tài chính.xlsx". */
  name: string;
  /** The grassroots organisation. */
  unit: string;
  sheets: SheetModel[];
}

const TYPE = ORG_FIELDS.findIndex((f) => f.id === "type");
const PARENT = ORG_FIELDS.findIndex((f) => f.id === "parent");
const MEMBER_ORG = MEMBER_FIELDS.findIndex((f) => f.id === "org");

/** A template sheet with only some of its data rows. */
function withRows(s: SheetModel, rows: CellValue[][]): SheetModel {
  const head = s.values.slice(0, TEMPLATE_FIRST_DATA_ROW);
  const dataStyle = s.styleIds[TEMPLATE_FIRST_DATA_ROW] ?? [];
  const styleIds = [...s.styleIds.slice(0, TEMPLATE_FIRST_DATA_ROW), ...rows.map(() => dataStyle)];
  const last = TEMPLATE_FIRST_DATA_ROW + Math.max(1, rows.length);
  const table = s.table ? { ...s.table, range: s.table.range.replace(/\d+$/, String(last)) } : null;
  return { ...s, values: [...head, ...rows], styleIds, table, validations: [] };
}

export function sampleUnitWorkbooks(sample: Sample): UnitWorkbook[] {
  const [orgs, members, unions] = sample.sheets;
  const orgRows = orgs.values.slice(TEMPLATE_FIRST_DATA_ROW);
  const units = orgRows.filter((r) => r[TYPE] !== "Chi bộ trực thuộc").map((r) => String(r[0]));
  const membersOf = new Map<string, CellValue[][]>(units.map((u) => [u, []]));
  for (const r of members.values.slice(TEMPLATE_FIRST_DATA_ROW)) membersOf.get(String(r[MEMBER_ORG]))?.push(r);
  const unionRows = unions.values.slice(TEMPLATE_FIRST_DATA_ROW);
  const width = String(units.length).length;
  return units.map((unit, k) => ({
    name: `${String(k + 1).padStart(width, "0")} ${unit}.xlsx`,
    unit,
    sheets: [
      withRows(orgs, orgRows.filter((r) => r[0] === unit || r[PARENT] === unit)),
      withRows(members, membersOf.get(unit) ?? []),
      withRows(unions, unionRows.filter((_, i) => i % units.length === k)),
    ],
  }));
}
