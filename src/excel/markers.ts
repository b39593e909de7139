import type { OutputRole } from "../core/sheet/model";

/**
 * How the add-in recognises its own sheets: a workbook-level named item "_NQ_OWN_<role>" whose
 * reference is cell A1 of the sheet. A named item follows the sheet when the user renames or
 * moves it, turns into #REF! when the sheet is deleted, and never matches a user's sheet that
 * merely has the same name. "status" is the ribbon command's message sheet. The names are the
 * ones the command line writes (src/xlsx/marker.ts), so a workbook checked by `nq check` and then
 * opened in Excel has its result sheets replaced, not duplicated, and the other way round.
 */
export type MarkerRole = OutputRole | "status";

export const MARKER_PREFIX = "_NQ_OWN_";

/** Output sheets: written by the add-in, never read back as input. Other roles (targets, templates) are input the user fills. */
export const OUTPUT_ROLES: readonly MarkerRole[] = ["summary", "by-organisation", "issues", "status", "merge-report"];

/** Named-item name for a role: "by-organisation" → "_NQ_OWN_by_organisation" (names allow no "-"); the n-th (n ≥ 2) sheet of one role gets "_2"… */
export function markerName(role: MarkerRole, n = 1): string {
  return MARKER_PREFIX + role.replace(/-/g, "_") + (n > 1 ? `_${n}` : "");
}

/** Role of a named item, or null when it is not one of the add-in's markers. */
export function roleOfMarker(name: string): MarkerRole | null {
  if (!name.startsWith(MARKER_PREFIX)) return null;
  const role = name.slice(MARKER_PREFIX.length).replace(/_\d+$/, "").replace(/_/g, "-");
  return KNOWN_ROLES.has(role) ? (role as MarkerRole) : null;
}

const KNOWN_ROLES = new Set<string>([
  "summary", "by-organisation", "issues", "targets", "template-organisations", "template-members",
  "template-unions", "functions-demo", "input-sample", "status",
  "merged-organisations", "merged-members", "merged-unions", "merge-report",
]);

/** Sheet a reference such as "='Tổng hợp'!$A$1" or "=Sheet1!$A$1" points at; null for #REF! or other formulas. */
export function sheetOfReference(formula: string): string | null {
  const f = formula.replace(/^=/, "").trim();
  const quoted = /^'((?:[^']|'')+)'!\$?[A-Z]+\$?\d+$/i.exec(f);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const plain = /^([^'!#=]+)!\$?[A-Z]+\$?\d+$/i.exec(f);
  return plain ? plain[1] : null;
}

export interface NamedItemInfo {
  name: string;
  formula: string;
}

export interface Markers {
  /** Role → current sheet name (only markers whose sheet still exists). */
  sheets: Partial<Record<MarkerRole, string>>;
  /** Every marker present, including stale ones (#REF!, sheet null), so writes can replace them. */
  all: { name: string; role: MarkerRole; sheet: string | null }[];
}

/** Read the markers from the workbook's named items and its sheet names. */
export function readMarkers(names: NamedItemInfo[], sheetNames: string[]): Markers {
  const existing = new Set(sheetNames);
  const sheets: Partial<Record<MarkerRole, string>> = {};
  const all: Markers["all"] = [];
  for (const n of names) {
    const role = roleOfMarker(n.name);
    if (!role) continue;
    const ref = sheetOfReference(n.formula);
    const sheet = ref && existing.has(ref) ? ref : null;
    all.push({ name: n.name, role, sheet });
    if (sheet && (!sheets[role] || n.name === markerName(role))) sheets[role] = sheet;
  }
  return { sheets, all };
}
