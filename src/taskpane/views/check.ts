import { t } from "../../core/i18n/messages";
import type { Lang } from "../../core/i18n/types";
import type { CheckResult, TargetResult } from "../../core/check/run";
import { STATUSES, type Status } from "../../core/check/judge";
import { h, icon, setChildren } from "../dom";
import { formatValue } from "../format";

export interface CheckHandlers {
  run(period: { months: number; year: number | null }): void;
  target(id: string): void;
}

export interface CheckView {
  el: HTMLElement;
  setYear(year: number): void;
  setProgress(fraction: number | null, label: string): void;
  showResult(result: CheckResult, sheet: string, rows: Record<string, string>): void;
}

/** Text and glyph per status: never colour alone. */
const GLYPH: Record<Status, string> = { dat: "✓", vuot: "▲", "chua-dat": "✗", "thieu-du-lieu": "?", "chua-den-han": "…" };

/** Step 3: reporting period, run the check, progress, results per target and counts. */
export function checkView(lang: Lang, on: CheckHandlers): CheckView {
  const periods: [string, string][] = [["12", "ui.check.period.year"], ["6", "ui.check.period.h1"], ["9", "ui.check.period.q3"]];
  // Native radios: Fluent's radio sets ARIA through ElementInternals, which assistive checkers
  // such as axe cannot see (they then report its aria-posinset as not allowed).
  const group = h("fieldset", { id: "period", class: "row" },
    h("legend", {}, t("ui.check.period", lang)),
    ...periods.map(([v, key]) => h("label", { class: "radio" }, h("input", { type: "radio", name: "period", value: v, id: `period-${v}`, checked: v === "12" }), t(key, lang))));
  const year = h("fluent-text-input", { id: "year", block: true, inputmode: "numeric", maxlength: 4, value: String(new Date().getFullYear()), "aria-label": t("ui.check.year", lang) },
    t("ui.check.year", lang));
  const progressLabel = h("p", { id: "progress-label", class: "small" });
  const progress = h("fluent-progress-bar", { id: "progress", max: 100, value: 0, "aria-labelledby": "progress-label", hidden: true });
  const results = h("div", { id: "results" });
  const el = h("div", { class: "stack" },
    group,
    year,
    h("fluent-button", { id: "run-check", appearance: "primary", onclick: () => on.run(readPeriod(group, year)) }, t("ui.check.run", lang)),
    progressLabel,
    progress,
    results,
  );
  return {
    el,
    setYear(y) {
      (year as unknown as { value: string }).value = String(y);
    },
    setProgress(fraction, label) {
      progress.hidden = fraction === null;
      progress.setAttribute("value", String(Math.round((fraction ?? 0) * 100)));
      progressLabel.textContent = fraction === null ? "" : label;
    },
    showResult(result, sheet, rows) {
      const counts = STATUSES.map((s) => [s, result.summary[s]] as const).filter(([, n]) => n > 0);
      setChildren(results,
        h("h2", {}, t("ui.check.counts", lang)),
        h("dl", { class: "counts", id: "counts" }, ...counts.flatMap(([s, n]) => [h("dt", { class: `status-${s}` }, icon(GLYPH[s]), t(`status.${s}`, lang)), h("dd", {}, n)])),
        h("h2", {}, t("ui.check.results", lang)),
        h("ul", { class: "plain", id: "target-results" }, ...result.targets.map((r) => h("li", {}, resultButton(r, sheet, rows[r.id], lang, on)))),
      );
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

function resultButton(r: TargetResult, sheet: string, cell: string | undefined, lang: Lang, on: CheckHandlers): HTMLElement {
  const achieved = r.value === null ? "—" : formatValue(r.value, r.target, lang);
  const content = [
    h("span", { class: `status-word status-${r.status}` }, icon(GLYPH[r.status]), t(`status.${r.status}`, lang)),
    " · ",
    h("strong", {}, `${r.id}. `),
    r.text,
    h("span", { class: "small" }, ` (${achieved})`),
  ];
  if (!cell) return h("p", { class: "card" }, ...content);
  return h("button", { type: "button", class: "link", title: t("ui.check.goto", lang, { id: r.id, sheet }), onclick: () => on.target(r.id) }, ...content);
}
