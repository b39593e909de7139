import { t } from "../../core/i18n/messages";
import type { Lang } from "../../core/i18n/types";
import type { Target } from "../../core/model/target";
import { indicatorDef } from "../../core/indicators/catalogue";
import { h, icon, setChildren } from "../dom";
import { conditionText, kindText, needsReview, percentText } from "../format";

export interface ResolutionHandlers {
  read(text: string): void;
  file(file: File): void;
  keep(): void;
  write(): void;
}

export interface ResolutionView {
  el: HTMLElement;
  setText(text: string): void;
  showTargets(targets: Target[], canWrite: boolean): void;
}

/** Step 1: paste or open the resolution, review the targets found, write them to "Chỉ tiêu". */
export function resolutionView(lang: Lang, on: ResolutionHandlers): ResolutionView {
  const textarea = h("fluent-textarea", { id: "resolution-text", resize: "vertical", block: true, rows: 8, "aria-label": t("ui.resolution.text", lang) },
    h("span", { slot: "label" }, t("ui.resolution.text", lang)));
  const fileInput = h("input", { id: "resolution-file", type: "file", accept: ".docx,.txt,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document", class: "sr-only", tabindex: -1, "aria-hidden": "true" });
  fileInput.addEventListener("change", () => {
    const file = fileInput.files?.[0];
    if (file) on.file(file);
    fileInput.value = "";
  });
  const writeButton = h("fluent-button", { id: "write-targets", appearance: "primary", disabled: true, "aria-describedby": "write-hint", onclick: () => on.write() }, t("ui.resolution.write", lang));
  // Why the button is disabled, said next to it (and to screen readers through aria-describedby).
  const hint = h("p", { id: "write-hint", class: "small" }, t("ui.resolution.write-hint", lang));
  const list = h("div", { id: "targets-found" });
  const bar = h("div", { class: "action-bar", id: "write-bar" }, writeButton, hint);
  const el = h("div", { class: "stack" },
    h("p", {}, t("ui.resolution.intro", lang)),
    textarea,
    h("div", { class: "row" },
      h("fluent-button", { id: "read-text", appearance: "primary", onclick: () => on.read(value(textarea)) }, t("ui.resolution.read", lang)),
      h("fluent-button", { id: "open-file", onclick: () => fileInput.click() }, t("ui.resolution.open", lang)),
      fileInput),
    h("fluent-button", { id: "keep-sheet", appearance: "subtle", onclick: () => on.keep() }, t("ui.resolution.keep", lang)),
    list,
    // The primary action stays in reach below a long list of targets: a bar stuck to the pane's bottom.
    bar,
  );
  return {
    el,
    setText(text) {
      (textarea as unknown as { value: string }).value = text;
    },
    showTargets(targets, canWrite) {
      const low = targets.filter(needsReview).length;
      setChildren(list,
        targets.length ? h("h2", {}, t("ui.resolution.found", lang, { count: targets.length, low })) : null,
        targets.length ? h("ul", { class: "plain", "aria-label": t("ui.resolution.found", lang, { count: targets.length, low }) }, ...targets.map((x) => targetCard(x, lang))) : null,
      );
      const enabled = canWrite && targets.length > 0;
      writeButton.toggleAttribute("disabled", !enabled);
      hint.hidden = enabled;
      // Targets taken from the existing sheet are already there: nothing to write.
      bar.hidden = !canWrite;
    },
  };
}

function indicatorText(id: string | null, lang: Lang): string {
  if (!id) return t("ui.target.manual", lang);
  return indicatorDef(id)?.label[lang] ?? id;
}

function value(el: Element): string {
  return String((el as unknown as { value?: string }).value ?? "");
}

/** The target's whole sentence when it says more than the target's own words. */
function sentenceOf(target: Target): string | null {
  const q = (target.quote ?? "").replace(/\s+/g, " ").trim();
  return q && q !== target.text.replace(/\s+/g, " ").trim() ? q : null;
}

function targetCard(target: Target, lang: Lang): HTMLElement {
  const review = needsReview(target);
  return h("li", { class: review ? "card review" : "card" },
    h("p", { class: "text" }, h("strong", {}, `${target.id}. `), target.text),
    // The sentence it was read from, verbatim: the reviewer checks the reading without opening the document.
    sentenceOf(target) ? h("blockquote", { class: "quote small", title: t("ui.target.quote", lang) }, sentenceOf(target)) : null,
    h("dl", { class: "facts" },
      h("dt", {}, t("ui.target.kind", lang)), h("dd", {}, kindText(target, lang)),
      h("dt", {}, t("ui.target.condition", lang)), h("dd", {}, conditionText(target, lang)),
      h("dt", {}, t("ui.target.indicator", lang)), h("dd", {}, indicatorText(target.indicator, lang)),
      h("dt", {}, t("ui.target.confidence", lang)), h("dd", {}, percentText(target.confidence, lang)),
    ),
    review
      ? h("p", { class: "badge review" }, icon("⚠"), t("ui.resolution.review", lang))
      : h("p", { class: "badge ok" }, icon("✓"), t("ui.resolution.ok", lang)),
    ...(review ? (target.notes ?? []).map((n) => h("p", { class: "small" }, n)) : []),
  );
}
