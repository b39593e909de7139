import { t } from "../../core/i18n/messages";
import type { Lang } from "../../core/i18n/types";
import type { DataSet } from "../../core/data/model";
import type { DataIssue } from "../../core/model/issue";
import { TABLE_FIELDS } from "../../core/data/fields";
import { sheetReference } from "../../core/sheet/address";
import { h, icon, setChildren } from "../dom";

export interface DataHandlers {
  scan(): void;
  templates(): void;
  sample(): void;
  issue(issue: DataIssue): void;
}

export interface DataView {
  el: HTMLElement;
  showData(data: DataSet): void;
  clear(): void;
}

/** Issues listed in the pane; the rest are on the "Lỗi dữ liệu" sheet after the check. */
const MAX_ISSUES = 50;

/** Step 2: which sheets and columns were recognised, templates, and the issues (each selects its cell). */
export function dataView(lang: Lang, on: DataHandlers): DataView {
  const out = h("div", { id: "data-found" });
  const el = h("div", { class: "stack" },
    h("p", {}, t("ui.data.intro", lang)),
    h("div", { class: "row" },
      h("fluent-button", { id: "scan-data", appearance: "primary", onclick: () => on.scan() }, t("ui.data.scan", lang)),
      h("fluent-button", { id: "create-templates", onclick: () => on.templates() }, t("ui.data.templates", lang)),
      h("fluent-button", { id: "fill-sample", appearance: "subtle", onclick: () => on.sample() }, t("ui.data.sample", lang)),
    ),
    out,
  );
  return {
    el,
    clear() {
      setChildren(out);
    },
    showData(data) {
      const tables = data.recognised.map((r) =>
        h("li", { class: "card" },
          h("p", { class: "text" }, h("strong", {}, t(`ui.data.table.${r.table}`, lang)), " — ", t("ui.data.table", lang, { sheet: r.sheet, rows: r.dataRows, header: r.headerRow })),
          h("p", { class: "small" }, icon("✓"), t("ui.data.columns", lang, { count: Object.keys(r.columns).length })),
          r.missing.length ? h("p", { class: "small badge review" }, icon("⚠"), t("ui.data.missing", lang, { fields: r.missing.map((id) => TABLE_FIELDS[r.table]?.find((f) => f.id === id)?.header ?? id).join(", ") })) : null,
        ),
      );
      const issues = data.issues.slice(0, MAX_ISSUES);
      setChildren(out,
        tables.length ? h("ul", { class: "plain", id: "recognised" }, ...tables) : h("p", {}, icon("⚠"), t("ui.data.none", lang)),
        h("h2", {}, data.issues.length ? t("ui.data.issues", lang, { count: data.issues.length }) : t("ui.data.no-issues", lang)),
        issues.length ? h("ul", { class: "plain", id: "issues" }, ...issues.map((i) => h("li", {}, issueButton(i, lang, on)))) : null,
        data.issues.length > MAX_ISSUES ? h("p", { class: "small" }, t("ui.data.more-issues", lang, { count: data.issues.length - MAX_ISSUES })) : null,
      );
    },
  };
}

function issueButton(issue: DataIssue, lang: Lang, on: DataHandlers): HTMLElement {
  const where = issue.sheet && issue.cell ? sheetReference(issue.sheet, issue.cell) : issue.sheet ?? "";
  const text = lang === "en" ? issue.messageEn : issue.message;
  const severity = t(`severity.${issue.severity}`, lang);
  const glyph = issue.severity === "error" ? "✗" : "⚠";
  const content = [icon(glyph), h("span", { class: "status-word" }, `${severity}: `), text, where ? h("span", { class: "small" }, ` (${where})`) : null];
  if (!issue.sheet || !issue.cell) return h("p", { class: "card" }, ...content);
  return h("button", {
    type: "button",
    class: "link",
    title: t("ui.data.goto", lang, { cell: issue.cell, sheet: issue.sheet }),
    onclick: () => on.issue(issue),
  }, ...content);
}
