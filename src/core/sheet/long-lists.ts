import type { SheetModel, ValidationSpec } from "./model";
import { columnLetter } from "./address";

/** Excel refuses an inline drop-down list (`"a,b,c"`) longer than 255 characters. */
export const MAX_INLINE_LIST = 255;

/** True when a list cannot be written inline: over 255 characters, or a value holding a comma (which would split it). */
export function needsListRange(values: string[]): boolean {
  return values.join(",").length > MAX_INLINE_LIST || values.some((v) => v.includes(","));
}

/**
 * The same sheet with every drop-down list that cannot be written inline (see needsListRange) moved into a hidden column
 * to the right of the sheet's content (one blank column apart), the validation then referring to that
 * range. Keeping the list on the sheet itself means nothing else to create, mark or clean up: replacing
 * the sheet replaces its lists. Short lists and other validations are unchanged; the input is not modified.
 */
export function moveLongListsToColumns<T extends Pick<SheetModel, "values" | "styleIds" | "columns" | "validations">>(model: T): T {
  const validations = model.validations ?? [];
  const long = validations.filter((v) => v.type === "list" && !v.source && needsListRange(v.values));
  if (long.length === 0) return model;
  const width = Math.max(model.columns.length, ...model.values.map((r) => r.length), ...model.styleIds.map((r) => r.length));
  const rows = Math.max(model.values.length, ...long.map((v) => (v.type === "list" ? v.values.length : 0)));
  const values = Array.from({ length: rows }, (_, r) => {
    const row = (model.values[r] ?? []).slice();
    while (row.length < width) row.push(null);
    return row;
  });
  const styleIds = Array.from({ length: rows }, (_, r) => {
    const row = (model.styleIds[r] ?? []).slice();
    while (row.length < width) row.push(null);
    return row;
  });
  const columns = model.columns.slice();
  while (columns.length < width) columns.push({ width: 10 });
  const moved = new Map<ValidationSpec, string>();
  long.forEach((v, k) => {
    if (v.type !== "list") return;
    const col = width + 1 + k; // one blank column between the content and the lists
    for (const row of values) while (row.length <= col) row.push(null);
    for (const row of styleIds) while (row.length <= col) row.push(null);
    while (columns.length <= col) columns.push({ width: 10 });
    columns[col] = { width: 24, hidden: true };
    v.values.forEach((item, r) => (values[r][col] = item));
    const letter = columnLetter(col);
    moved.set(v, `=$${letter}$1:$${letter}$${v.values.length}`);
  });
  return {
    ...model,
    values,
    styleIds,
    columns,
    validations: validations.map((v) => (moved.has(v) && v.type === "list" ? { ...v, source: moved.get(v) } : v)),
  };
}
