import { TABLE_FIELDS, type TableId } from "../data/fields";
import { headerKey } from "../data/find";
import { foldKey } from "../text/normalize";
import { SOURCE_HEADER } from "./model";

/**
 * The columns of the merged tables beyond the template's own: the union of the units' other
 * columns ("Ghi chú", a column of an older template…), in the order they are first met, matched by
 * their folded header. "Tệp nguồn" of a merged workbook is not one of them: it names the row's file.
 */

const SOURCE_KEY = headerKey(SOURCE_HEADER);
const SOURCE_KEYS = new Set([SOURCE_KEY, "source file", "tep goc", "nguon"]);
/** Row numbers of the unit's own list mean nothing once rows of many units are put together. */
const ROW_NUMBER_KEYS = new Set(["stt", "tt", "so tt", "so thu tu", "thu tu", "no", "#"]);

export const EXTRA_SOURCE = -1;
export const EXTRA_SKIP = -2;

export class ExtraColumns {
  private readonly keys: Record<TableId, Map<string, number>> = { organisations: new Map(), members: new Map(), unions: new Map() };
  readonly headers: Record<TableId, string[]> = { organisations: [], members: [], unions: [] };
  private readonly templateKeys: Record<TableId, Set<string>> = {
    organisations: new Set(TABLE_FIELDS.organisations.map((f) => headerKey(f.header))),
    members: new Set(TABLE_FIELDS.members.map((f) => headerKey(f.header))),
    unions: new Set(TABLE_FIELDS.unions.map((f) => headerKey(f.header))),
  };

  /** Index of the extra column for a header text, EXTRA_SOURCE for "Tệp nguồn", EXTRA_SKIP for a row-number column. */
  register(table: TableId, text: string): number {
    const key = headerKey(text);
    if (SOURCE_KEYS.has(key)) return EXTRA_SOURCE;
    if (ROW_NUMBER_KEYS.has(foldKey(text)) || key === "") return EXTRA_SKIP; // folded only: headerKey reads "TT" as "trực thuộc"
    const known = this.keys[table].get(key);
    if (known !== undefined) return known;
    const index = this.headers[table].length;
    this.keys[table].set(key, index);
    this.headers[table].push(this.uniqueHeader(table, text));
    return index;
  }

  /** A second "Xếp loại" column keeps its cells but not the template's header (an Excel table needs distinct headers). */
  private uniqueHeader(table: TableId, text: string): string {
    const taken = (h: string) => this.templateKeys[table].has(headerKey(h)) || this.headers[table].some((x) => x === h);
    if (!taken(text)) return text;
    for (let n = 2; ; n++) if (!this.headers[table].includes(`${text} (${n})`)) return `${text} (${n})`;
  }
}
