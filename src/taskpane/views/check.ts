import { t } from "../../core/i18n/messages";
import type { Lang } from "../../core/i18n/types";
import type { CheckResult, TargetResult } from "../../core/check/run";
import { STATUSES, type Status } from "../../core/check/judge";
import { h, icon, setChildren } from "../dom";
import { formatValue } from "../format";
import { reportFieldsView, type ReportFieldsView } from "./report";

export interface CheckHandlers {
  run(period: { months: number; year: number | null }): void;
  cancel(): void;
  target(id: string): void;
  removeResults(): void;
  /** Download the Word report of the last check. */
  report(): void;
}

export interface CheckView {
  el: HTMLElement;
  setYear(year: number): void;
  /** A fraction shows a step bar; null an indeterminate one (while Office.js works). */
  setProgress(fraction: number | null, label: string): void;
  setRunning(on: boolean): void;
  showResult(result: CheckResult, sheet: string, rows: Record<string, string>): void;
  clearResults(): void;
  /** The report's fields and its download button. */
  report: ReportFieldsView;
}

/** Text and glyph per status: never colour alone. */
const GLYPH: Record<Status, string> = { dat: "✓", vuot: "▲", "chua-dat": "✗", "thieu-du-lieu": "?", "chua-den-han": "…" };
const PROGRESS_GLYPH = { "dung-tien-do": "→", "cham-tien-do": "↘", dat: "✓" } as const;

/** Step 3: reporting period, run the check, progress and cancel, results per target and counts. */
export function checkView(lang: Lang, on: CheckHandlers, defaultYear: number): CheckView {
  const periods: [string, string][] = [["12", "ui.check.period.year"], ["6", "ui.check.period.h1"], ["9", "ui.check.period.q3"]];
  // Native radios: Fluent's radio sets ARIA through ElementInternals, which assistive checkers
  // such as axe cannot see (they then report its aria-posinset as not allowed).
  const group = h("fieldset", { id: "period", class: "row" },
    h("legend", {}, t("ui.check.period", lang)),
    ...periods.map(([v, key]) => h("label", { class: "radio" }, h("input", { type: "radio", name: "period", value: v, id: `period-${v}`, checked: v === "12" }), t(key, lang))));
  const year = h("fluent-text-input", { id: "year", block: true, inputmode: "numeric", maxlength: 4, value: String(defaultYear), "aria-label": t("ui.check.year", lang), "aria-describedby": "year-hint" },
    t("ui.check.year", lang));
  const progressLabel = h("p", { id: "progress-label", class: "small", role: "status" });
  const progress = h("fluent-progress-bar", { id: "progress", max: 100, "aria-labelledby": "progress-label", hidden: true });
  const cancel = h("fluent-button", { id: "cancel-check", "data-keep-enabled": "", hidden: true, onclick: () => on.cancel() }, t("ui.check.cancel", lang));
  const results = h("div", { id: "results" });
  const report = reportFieldsView(lang, () => on.report());
  const el = h("div", { class: "stack" },
    group,
    year,
    h("p", { id: "year-hint", class: "small" }, t("ui.check.year-hint", lang)),
    h("fluent-button", { id: "run-check", appearance: "primary", onclick: () => on.run(readPeriod(group, year)) }, t("ui.check.run", lang)),
    progressLabel,
    progress,
    cancel,
    results,
    h("fluent-button", { id: "remove-results", appearance: "subtle", onclick: () => on.removeResults() }, t("ui.remove.button", lang)),
    report.el,
  );
  return {
    el,
    report,
    setYear(y) {
      (year as unknown as { value: string }).value = String(y);
    },
    setProgress(fraction, label) {
      // No value attribute = Fluent's indeterminate bar.
      if (fraction === null) progress.removeAttribute("value");
      else progress.setAttribute("value", String(Math.round(fraction * 100)));
      progressLabel.textContent = label;
    },
    setRunning(on) {
      progress.hidden = !on;
      cancel.hidden = !on;
      if (!on) progressLabel.textContent = "";
    },
    showResult(result, sheet, rows) {
      const counts = STATUSES.map((s) => [s, result.summary[s]] as const).filter(([, n]) => n > 0);
      const months = result.period.months;
      const pace = (["dung-tien-do", "cham-tien-do"] as const).map((s) => [s, result.summary.progress[s]] as const).filter(([, n]) => n > 0);
      setChildren(results,
        h("h2", {}, t("ui.check.counts", lang)),
        h("dl", { class: "counts", id: "counts" }, ...counts.flatMap(([s, n]) => [h("dt", { class: `status-${s}` }, icon(GLYPH[s]), t(`status.${s}`, lang)), h("dd", {}, n)])),
        pace.length ? h("h2", {}, t("ui.check.progress-counts", lang, { months })) : null,
        pace.length ? h("dl", { class: "counts", id: "progress-counts" }, ...pace.flatMap(([s, n]) => [h("dt", {}, icon(PROGRESS_GLYPH[s]), t(`check.progress.${s}`, lang)), h("dd", {}, n)])) : null,
        h("h2", {}, t("ui.check.results", lang)),
        h("ul", { class: "plain", id: "target-results" }, ...result.targets.map((r) => h("li", {}, resultButton(r, sheet, rows[r.id], months, lang, on)))),
      );
    },
    clearResults() {
      setChildren(results);
      report.ready(false);
    },
  };
}

function readPeriod(group: Element, year: Element): { months: number; year: number | null } {
  const checked = group.querySelector<HTMLInputElement>("input[name=period]:checked");
  const months = Number(checked?.value ?? "12") || 12;
  const text = String((year as unknown as { value?: string }).value ?? "").trim();
  const y = /^\d{4}$/.test(text) ? Number(text) : null;
  return { months, year: y };
}

/** Part-way through the year the sheet's "Tiến độ" column says more than the year's verdict: show both, as it does. */
function progressPart(r: TargetResult, months: number, lang: Lang): HTMLElement | null {
  const p = r.progress;
  if (!p) return null;
  const expected = p.status === "dat" ? "" : ` (${t("check.progress.expected", lang, { expected: formatValue(p.expected, r.target, lang), months })})`;
  return h("span", { class: `progress-word progress-${p.status}` }, " · ", icon(PROGRESS_GLYPH[p.status]), t(`check.progress.${p.status}`, lang), expected);
}

function resultButton(r: TargetResult, sheet: string, cell: string | undefined, months: number, lang: Lang, on: CheckHandlers): HTMLElement {
  const achieved = r.value === null ? "—" : formatValue(r.value, r.target, lang);
  const content = [
    h("span", { class: `status-word status-${r.status}` }, icon(GLYPH[r.status]), t(`status.${r.status}`, lang)),
    progressPart(r, months, lang),
    " · ",
    h("strong", {}, `${r.id}. `),
    r.text,
    h("span", { class: "small" }, ` (${achieved})`),
  ];
  if (!cell) return h("p", { class: "card" }, ...content);
  return h("button", { type: "button", class: "link", title: t("ui.check.goto", lang, { id: r.id, sheet }), onclick: () => on.target(r.id) }, ...content);
}
