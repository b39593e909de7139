import type { OutputRole } from "../core/sheet/model";

/**
 * The add-in marks the sheets it wrote with a workbook-level defined name
 * "_NQ_OWN_<role>" (role with "-" → "_", a second sheet of the same role gets "_2", "_3"…)
 * referring to the sheet's A1: `'Tổng hợp'!$A$1`. Defined names survive Excel, LibreOffice and
 * renaming the sheet (the reference follows it), and are invisible in the grid. The reader returns
 * the marked sheets in WorkbookGrid.ownSheets, so they are never read as input, and a re-run
 * replaces exactly those sheets. Input sheets (templates, samples) are not marked.
 */
export const OWN_NAME_PREFIX = "_NQ_OWN_";

/** Roles of output sheets (marked and replaceable); template and sample sheets are input. */
export const OWN_ROLES: OutputRole[] = ["summary", "by-organisation", "issues", "targets", "functions-demo", "merge-report"];

export function isOwnRole(role: OutputRole): boolean {
  return OWN_ROLES.includes(role);
}

export function ownName(role: OutputRole, n = 1): string {
  return `${OWN_NAME_PREFIX}${role.replace(/-/g, "_")}${n > 1 ? `_${n}` : ""}`;
}

/** Role named by a marker ("_NQ_OWN_by_organisation_2" → "by-organisation"), or null. */
export function ownRoleFromName(name: string): OutputRole | null {
  if (!name.startsWith(OWN_NAME_PREFIX)) return null;
  const rest = name.slice(OWN_NAME_PREFIX.length).replace(/_\d+$/, "").replace(/_/g, "-");
  return (OWN_ROLES as string[]).includes(rest) ? (rest as OutputRole) : null;
}

/** `'Tổng hợp'!$A$1` → `Tổng hợp`. */
export function sheetFromDefinedRange(range: string): string | null {
  const m = /^'((?:[^']|'')+)'!/.exec(range) ?? /^([^!]+)!/.exec(range);
  return m ? m[1].replace(/''/g, "'") : null;
}

export function definedRangeFor(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!$A$1`;
}
