import type { OutputRole } from "../core/sheet/model";

/**
 * Drop-down lists too long for Excel's inline list (255 characters) are written to a very hidden
 * helper sheet "_NQ_Lists_<role>" next to the sheet that uses them, and the validation refers to its
 * range. The helper is marked with the defined name "_NQ_LISTS_<role>" (`_2`… for a second sheet of
 * the role): the reader treats it as the add-in's own (never input), and a re-run that replaces the
 * role's sheet replaces its helper too.
 */
export const LISTS_NAME_PREFIX = "_NQ_LISTS_";
export const LISTS_SHEET_STEM = "_NQ_Lists_";
/** Excel's limit on an inline list (formula1 `"a,b,c"`). */
export const MAX_INLINE_LIST = 255;

export function listsName(role: OutputRole, n = 1): string {
  return `${LISTS_NAME_PREFIX}${role.replace(/-/g, "_")}${n > 1 ? `_${n}` : ""}`;
}

/** Role whose helper a name marks ("_NQ_LISTS_targets" → "targets"), or null. */
export function listsRoleFromName(name: string): OutputRole | null {
  if (!name.startsWith(LISTS_NAME_PREFIX)) return null;
  const rest = name.slice(LISTS_NAME_PREFIX.length).replace(/_\d+$/, "").replace(/_/g, "-");
  return rest ? (rest as OutputRole) : null;
}
