import { TABLE_FIELDS, type FieldSpec } from "../data/fields";
import type { DataSet, RecognisedTable } from "../data/model";
import { t } from "../i18n/messages";
import { INDICATOR_COLUMNS } from "../indicators/columns";
import type { IndicatorId } from "../indicators/ids";
import type { DataIssue } from "../model/issue";
import type { Message } from "../i18n/types";
import { makeIssue } from "../model/issue-factory";

/** How many header texts and accepted spellings a message quotes (a sheet may have 60 columns). */
const SHOWN = 24;

interface Pending {
  table: RecognisedTable;
  fields: FieldSpec[];
  targets: string[];
}

/**
 * Targets left without data because a table has no column for what they need: one issue per table and
 * missing column(s), on its header row, naming the columns that are there and the headers accepted, so a
 * column headed in an unexpected way ("Đánh giá, phân loại") is never dropped silently (issue 13 item 10).
 */
export class MissingColumns {
  private readonly pending = new Map<string, Pending>();

  constructor(private readonly ds: DataSet) {}

  /**
   * Note a target of indicator `id` that found no value in its columns. Returns the note for a column that is
   * there but blank in every row (one rule for every indicator, docs/check.md), else null (absent: an issue).
   */
  note(id: IndicatorId, targetId: string): Message | null {
    const ways = INDICATOR_COLUMNS[id] ?? [];
    const tableOf = (table: string) => this.ds.recognised.find((r) => r.table === table);
    const complete = ways.find((w) => tableOf(w.table) && w.fields.every((f) => tableOf(w.table)?.columns[f]));
    if (complete) {
      const table = tableOf(complete.table) as RecognisedTable;
      const specs = TABLE_FIELDS[complete.table];
      const names = () => complete.fields.map((f) => `"${specs.find((s) => s.id === f)?.header ?? f}"`).join(", ");
      return { vi: t("check.missing.blank-column", "vi", { column: names(), sheet: table.sheet }), en: t("check.missing.blank-column", "en", { column: names(), sheet: table.sheet }) };
    }
    const way = ways.find((w) => tableOf(w.table));
    const table = way ? tableOf(way.table) : undefined;
    if (!way || !table) return null;
    const specs = TABLE_FIELDS[way.table];
    const fields = way.fields.filter((f) => !table.columns[f]).map((f) => specs.find((s) => s.id === f) as FieldSpec);
    const key = `${table.sheet}\u0000${way.table}\u0000${fields.map((f) => f.id).join(",")}`;
    const p = this.pending.get(key);
    if (p) {
      if (!p.targets.includes(targetId)) p.targets.push(targetId);
    } else this.pending.set(key, { table, fields, targets: [targetId] });
    return null;
  }

  /** The issues, one per table and missing column set. */
  issues(): DataIssue[] {
    return [...this.pending.values()].map((p) => {
      const quote = (list: string[]) => list.slice(0, SHOWN).map((s) => `"${s}"`).join(", ") + (list.length > SHOWN ? ", …" : "");
      const accepted = p.fields.flatMap((f) => [f.header, ...f.aliases]);
      const present = p.table.headers && p.table.headers.length > 0 ? p.table.headers : [...p.table.ignored];
      const nameCol = p.table.columns.name ?? "A";
      const params = (lang: "vi" | "en") => ({
        targets: p.targets.join(", "),
        column: p.fields.map((f) => `"${f.header}"`).join(lang === "vi" ? " và " : " and "),
        table: t(`check.table.${p.table.table}`, lang),
        sheet: p.table.sheet,
        row: p.table.headerRow,
        present: present.length ? quote(present) : t("check.basis.none", lang),
        accepted: quote(accepted),
      });
      const issue = makeIssue("CHECK_COLUMN_NOT_FOUND", "warning", { sheet: p.table.sheet, cell: `${nameCol}${p.table.headerRow}`, row: p.table.headerRow }, params("vi"));
      issue.messageEn = makeIssue("CHECK_COLUMN_NOT_FOUND", "warning", {}, params("en")).messageEn;
      return issue;
    });
  }
}
