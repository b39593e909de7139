import { TABLE_FIELDS, type TableId } from "../data/fields";
import { t } from "../i18n/messages";
import type { CellValue } from "../model/grid";
import type { RatingCode } from "../model/rating";
import { TEMPLATE_FIRST_DATA_ROW } from "../templates";
import { ExtraColumns } from "./columns";
import { extractFile, type FileRows, type SourceRow } from "./extract";
import { findings } from "./findings";
import type { FileSummary, MergedTable, MergeInput, MergeOptions, MergeProblem, MergeResult, MergeTotals, TableCounts } from "./model";
import { leftOutProblems } from "./left-out";
import { mergeProblem } from "./problems";
import { resolve, type Resolution } from "./resolve";

/**
 * The merge, one file at a time (so a caller can show progress, yield to the page and cancel between
 * files, and drop each file's grids once read), then `finish()` for the merged tables and the report.
 */

const TABLES: TableId[] = ["organisations", "members", "unions"];
const zero = (): TableCounts => ({ organisations: 0, members: 0, unions: 0 });
const MEMBER_ORG = TABLE_FIELDS.members.findIndex((f) => f.id === "org");

export class Merger {
  private readonly extras = new ExtraColumns();
  private readonly files: FileRows[] = [];
  private readonly summaries: FileSummary[] = [];
  private readonly early: MergeProblem[] = [];

  constructor(private readonly options: MergeOptions = {}) {}

  /** Read one input and say what was found in it. */
  add(input: MergeInput): FileSummary {
    const index = this.summaries.length;
    const summary: FileSummary = { file: input.name, status: "bad", tables: [], read: zero(), written: zero(), leftOut: zero() };
    this.summaries.push(summary);
    if ("failure" in input) {
      summary.reason = input.failure;
      const code = input.code === "is-output" ? "MERGE_FILE_IS_OUTPUT" : input.code === "repeated" ? "MERGE_FILE_REPEATED" : "MERGE_FILE_UNREADABLE";
      this.early.push(mergeProblem(code, { file: input.name }, { reason: input.failure }));
      return summary;
    }
    const rows = extractFile(index, input.name, input.workbook, this.extras);
    summary.tables = rows.tables;
    for (const table of TABLES) summary.read[table] = rows.rows[table].length;
    if (rows.tables.length === 0) {
      summary.reason = t("issue.MERGE_FILE_NO_TABLE", "vi");
      this.early.push(mergeProblem("MERGE_FILE_NO_TABLE", { file: input.name }));
      return summary;
    }
    this.files.push(rows); // an empty file still gives its labels (rating year)
    if (TABLES.every((table) => summary.read[table] === 0)) {
      summary.status = "empty";
      summary.reason = t("issue.MERGE_FILE_NO_ROWS", "vi", { tables: rows.tables.map((x) => x.sheet).join(", ") });
      this.early.push(mergeProblem("MERGE_FILE_NO_ROWS", { file: input.name, sheet: rows.tables[0].sheet }, { tables: rows.tables.map((x) => x.sheet).join(", ") }));
    } else summary.status = "merged";
    for (const l of rows.legacy) this.early.push(mergeProblem("MERGE_LEGACY_TEXT", { file: input.name, sheet: l.sheet }, { count: l.count, encoding: l.encoding === "tcvn3" ? "TCVN3 (ABC)" : "VNI-Windows" }));
    return summary;
  }

  finish(): MergeResult {
    const res = resolve(this.files);
    const merged = new Map<SourceRow, number>();
    const tables = {} as Record<TableId, MergedTable>;
    for (const table of TABLES) tables[table] = this.buildTable(table, res, merged);
    const fileName = (i: number): string => this.summaries[i].file;
    const mergedRow = (row: SourceRow): number | null => merged.get(row) ?? null;
    const problems = [
      ...this.early,
      ...leftOutProblems(res, { fileName, mergedRow, strict: Boolean(this.options.strict) }),
      ...findings({ res, fileName, mergedRow: (table, pos) => mergedRow(res.all[table][pos]), memberOrgField: MEMBER_ORG }),
    ];
    const labels = this.labels(problems);
    this.count(res);
    const order = new Map(this.summaries.map((s, i) => [s.file, i]));
    problems.sort((a, b) => (order.get(a.file ?? "") ?? -1) - (order.get(b.file ?? "") ?? -1) || TABLES.indexOf(a.table as TableId) - TABLES.indexOf(b.table as TableId) || (a.row ?? 0) - (b.row ?? 0));
    const conflicts = problems.some((p) => p.code.endsWith("_CONFLICT"));
    return { files: this.summaries, tables, year: labels.year, committeeRating: labels.committee, problems, totals: this.totals(), conflicts };
  }

  private buildTable(table: TableId, res: Resolution, merged: Map<SourceRow, number>): MergedTable {
    const fields = TABLE_FIELDS[table].length;
    const extraHeaders = [...this.extras.headers[table], "Tệp nguồn"];
    const width = fields + extraHeaders.length;
    const rows: MergedTable["rows"] = [];
    const left = res.leftOut[table];
    res.all[table].forEach((r, i) => {
      if (left.has(i)) return;
      const values = new Array<CellValue>(width);
      for (let c = 0; c < fields; c++) values[c] = r.values[c];
      for (let c = fields; c < width - 1; c++) values[c] = null;
      for (const [x, v] of r.extras ?? []) values[fields + x] = v;
      values[width - 1] = r.source;
      rows.push({ values, percent: r.percent });
      merged.set(r, TEMPLATE_FIRST_DATA_ROW + rows.length);
    });
    return { table, extraHeaders, rows };
  }

  /** Rating year and committee rating: the later file's, with a word for each file that says otherwise. */
  private labels(problems: MergeProblem[]): { year: number | null; committee: string | null } {
    let year: { value: number; file: string } | null = null;
    let committee: { value: RatingCode; file: string } | null = null;
    for (const f of this.files) {
      if (f.labels.year !== null) year = { value: f.labels.year, file: f.name };
      if (f.labels.committee !== null) committee = { value: f.labels.committee, file: f.name };
    }
    for (const f of this.files) {
      if (year && f.labels.year !== null && f.labels.year !== year.value) {
        problems.push(mergeProblem("MERGE_YEAR_CONFLICT", { file: f.name, table: "organisations" }, { year: f.labels.year, chosen: year.value, other: year.file }));
      }
      if (committee && f.labels.committee !== null && f.labels.committee !== committee.value) {
        problems.push(mergeProblem("MERGE_COMMITTEE_CONFLICT", { file: f.name, table: "organisations" }, { rating: f.labels.committee, chosen: committee.value, other: committee.file }));
      }
    }
    return { year: year?.value ?? null, committee: committee ? t(`data.rating.${committee.value}`, "vi") : null };
  }

  private count(res: Resolution): void {
    for (const table of TABLES) {
      res.all[table].forEach((r, i) => {
        const s = this.summaries[r.file];
        if (res.leftOut[table].has(i)) s.leftOut[table]++;
        else s.written[table]++;
      });
    }
  }

  private totals(): MergeTotals {
    const sum = (table: TableId) => {
      const read = this.summaries.reduce((n, s) => n + s.read[table], 0);
      const written = this.summaries.reduce((n, s) => n + s.written[table], 0);
      return { read, written, leftOut: read - written };
    };
    const merged = this.summaries.filter((s) => s.status === "merged").length;
    return { files: { read: this.summaries.length, merged, leftOut: this.summaries.length - merged }, organisations: sum("organisations"), members: sum("members"), unions: sum("unions") };
  }
}

/** Merge all inputs at once. */
export function mergeWorkbooks(inputs: MergeInput[], options: MergeOptions = {}): MergeResult {
  const m = new Merger(options);
  for (const input of inputs) m.add(input);
  return m.finish();
}
