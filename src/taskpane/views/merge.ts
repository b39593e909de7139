import { t } from "../../core/i18n/messages";
import type { Lang } from "../../core/i18n/types";
import type { FileSummary, MergeProblem, MergeResult } from "../../core/merge";
import { h, icon, setChildren } from "../dom";

export interface MergeHandlers {
  files(files: File[]): void;
  cancel(): void;
  write(): void;
  open(): void;
}

export interface MergeView {
  el: HTMLElement;
  /** A new merge of these files: one line each, waiting. */
  start(names: string[]): void;
  reading(i: number): void;
  fileDone(i: number, summary: FileSummary): void;
  /** All files read: the totals, and per file its rows written and its problems; null when stopped. */
  finished(result: MergeResult | null, ms: number): void;
}

/** Problems listed under a file; the rest are on the "Tình hình gộp" sheet. */
const MAX_PER_FILE = 3;
const TABLES = ["organisations", "members", "unions"] as const;

interface FileLine {
  item: HTMLElement;
  bar: HTMLElement;
  state: HTMLElement;
  details: HTMLElement;
}

/** "Gộp dữ liệu các đơn vị": pick the units' files, see per file what was found and what is wrong, then write. */
export function mergeView(lang: Lang, on: MergeHandlers): MergeView {
  const input = h("input", { id: "merge-input", type: "file", multiple: true, accept: ".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", class: "sr-only" });
  input.addEventListener("change", () => {
    const files = [...(input.files ?? [])];
    input.value = ""; // the same files may be chosen again
    if (files.length) on.files(files);
  });
  const choose = h("fluent-button", { id: "merge-choose", appearance: "primary", onclick: () => input.click() }, t("ui.merge.choose", lang));
  const cancel = h("fluent-button", { id: "merge-cancel", hidden: true, onclick: () => on.cancel() }, t("ui.merge.cancel", lang));
  const write = h("fluent-button", { id: "merge-write", hidden: true, onclick: () => on.write() }, t("ui.merge.write", lang));
  const open = h("fluent-button", { id: "merge-open", hidden: true, onclick: () => on.open() }, t("ui.merge.open", lang));
  const totals = h("div", { id: "merge-totals", "aria-live": "polite" });
  const list = h("ul", { class: "plain", id: "merge-files" });
  const head = h("h2", { hidden: true }, "");
  const el = h("div", { class: "stack" },
    h("h2", {}, t("ui.merge.title", lang)),
    h("p", {}, t("ui.merge.intro", lang)),
    h("label", { for: "merge-input", class: "sr-only" }, t("ui.merge.choose", lang)),
    input,
    h("div", { class: "row" }, choose, cancel, write, open),
    totals,
    head,
    list,
  );
  let lines: FileLine[] = [];
  return {
    el,
    start(names) {
      cancel.hidden = false;
      write.hidden = true;
      open.hidden = true;
      choose.setAttribute("disabled", "");
      setChildren(totals);
      head.hidden = false;
      head.textContent = t("ui.merge.files", lang, { count: names.length });
      lines = names.map((name) => fileLine(name, lang));
      setChildren(list, ...lines.map((l) => l.item));
    },
    reading(i) {
      const l = lines[i];
      l.state.textContent = t("ui.merge.reading", lang);
      l.bar.setAttribute("value", "50");
      if (i % 10 === 0) l.item.scrollIntoView?.({ block: "nearest" });
    },
    fileDone(i, summary) {
      const l = lines[i];
      l.bar.setAttribute("value", "100");
      l.item.dataset.status = summary.status;
      l.state.textContent = "";
      l.state.append(statusText(summary, lang));
      setChildren(l.details, ...foundLines(summary, lang));
    },
    finished(result, ms) {
      cancel.hidden = true;
      choose.removeAttribute("disabled");
      if (!result) {
        setChildren(totals, h("p", {}, icon("⚠"), t("ui.merge.cancelled", lang)));
        return;
      }
      totals.dataset.ms = String(Math.round(ms));
      setChildren(totals, ...totalsLines(result, ms, lang));
      result.files.forEach((f, i) => lines[i] && setChildren(lines[i].details, ...foundLines(f, lang), ...problemLines(result.problems.filter((p) => p.file === f.file), lang)));
      const rows = result.totals.organisations.written + result.totals.members.written + result.totals.unions.written;
      write.hidden = rows === 0 || result.conflicts;
      open.hidden = write.hidden;
    },
  };
}

function fileLine(name: string, lang: Lang): FileLine {
  const state = h("span", { class: "small" }, t("ui.merge.waiting", lang));
  const bar = h("fluent-progress-bar", { max: 100, value: 0, "aria-label": t("ui.merge.progress", lang, { file: name }) });
  const details = h("div", {});
  const item = h("li", { class: "card" }, h("p", { class: "text" }, h("strong", {}, name), " — ", state), bar, details);
  return { item, bar, state, details };
}

function statusText(s: FileSummary, lang: Lang): HTMLElement {
  const glyph = s.status === "merged" ? "✓" : s.status === "empty" ? "⚠" : "✗";
  return h("span", { class: `status-word merge-${s.status}` }, icon(glyph), t(`merge.sheet.status.${s.status}`, lang));
}

function foundLines(s: FileSummary, lang: Lang): HTMLElement[] {
  if (s.status === "bad") return [h("p", { class: "small" }, s.reason ?? "")];
  const out = [h("p", { class: "small" }, t("ui.merge.found", lang, { orgs: s.read.organisations, members: s.read.members, unions: s.read.unions }))];
  if (s.tables.length) out.push(h("p", { class: "small" }, t("ui.merge.tables", lang, { tables: s.tables.map((x) => `${x.sheet} (${t(`merge.sheet.table.${x.table}`, lang)})`).join(", ") })));
  for (const x of s.tables) if (x.missing.length) out.push(h("p", { class: "small badge review" }, icon("⚠"), t("ui.merge.missing", lang, { columns: x.missing.join(", "), sheet: x.sheet })));
  const left = TABLES.reduce((n, table) => n + s.leftOut[table], 0);
  if (left > 0) out.push(h("p", { class: "small badge review" }, icon("⚠"), t("ui.merge.left-out", lang, { count: left })));
  return out;
}

function problemLines(problems: MergeProblem[], lang: Lang): HTMLElement[] {
  if (problems.length === 0) return [];
  const shown = problems.slice(0, MAX_PER_FILE).map((p) => {
    const where = [p.sheet, p.row ? `${t("merge.sheet.problems.col.row", lang).toLowerCase()} ${p.row}` : null].filter(Boolean).join(", ");
    return h("li", { class: "small" }, icon(p.severity === "error" ? "✗" : "⚠"), h("span", { class: "status-word" }, `${t(`severity.${p.severity}`, lang)}: `), lang === "en" ? p.messageEn : p.message, where ? ` (${where})` : "");
  });
  const out: HTMLElement[] = [h("p", { class: "small" }, t("ui.merge.file-problems", lang, { count: problems.length })), h("ul", { class: "plain merge-problems" }, ...shown)];
  if (problems.length > MAX_PER_FILE) out.push(h("p", { class: "small" }, t("ui.merge.more-problems", lang, { count: problems.length - MAX_PER_FILE })));
  return out;
}

function totalsLines(r: MergeResult, ms: number, lang: Lang): HTMLElement[] {
  const tt = r.totals;
  const seconds = (ms / 1000).toLocaleString(lang === "en" ? "en-GB" : "vi-VN", { maximumFractionDigits: 1 });
  return [
    h("p", {}, t("ui.merge.totals", lang, { files: tt.files.read, seconds, merged: tt.files.merged, leftOut: tt.files.leftOut })),
    h("dl", { class: "counts" }, ...TABLES.flatMap((table) => [h("dt", {}, t(`merge.sheet.table.${table}`, lang)), h("dd", {}, t("ui.merge.line", lang, tt[table]))])),
  ];
}
