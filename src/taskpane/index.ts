// Task pane entry: builds the three steps once Office is ready.
import { setTheme } from "@fluentui/web-components";
import { webDarkTheme, webLightTheme } from "@fluentui/tokens";
import "@fluentui/web-components/button.js";
import "@fluentui/web-components/message-bar.js";
import "@fluentui/web-components/progress-bar.js";
import "@fluentui/web-components/tab.js";
import "@fluentui/web-components/tablist.js";
import "@fluentui/web-components/text-input.js";
import "@fluentui/web-components/textarea.js";
import { langFromLocale, t } from "../core/i18n/messages";
import type { Lang } from "../core/i18n/types";
import { defaultReportingYear } from "../core/period/year";
import { createController, type Views } from "./controller";
import { h, setChildren } from "./dom";
import { stepMessages, type StepId } from "./messages";
import css from "./pane.css";
import { isDarkTheme } from "./theme";
import { checkView } from "./views/check";
import { dataView } from "./views/data";
import { mergeView } from "./views/merge";
import { resolutionView } from "./views/resolution";

/** One frame painted (or 100 ms when the pane is hidden and frames stop), then the next task. */
function pause(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      setTimeout(resolve, 0);
    };
    requestAnimationFrame(go);
    setTimeout(go, 100);
  });
}

/** Buttons are disabled while Excel works (except Cancel); those already disabled stay so afterwards. */
function setBusy(root: HTMLElement, on: boolean): void {
  root.setAttribute("aria-busy", String(on));
  root.querySelectorAll("fluent-button:not([data-keep-enabled])").forEach((b) => {
    if (on && !b.hasAttribute("disabled")) {
      b.setAttribute("data-busy", "");
      b.setAttribute("disabled", "");
    } else if (!on && b.hasAttribute("data-busy")) {
      b.removeAttribute("data-busy");
      b.removeAttribute("disabled");
    }
  });
}

export function mountPane(root: HTMLElement, lang: Lang): void {
  document.documentElement.lang = lang;
  document.title = t("ui.pane.title", lang);
  const ids: StepId[] = ["resolution", "data", "check"];
  const messages = Object.fromEntries(ids.map((id) => [id, stepMessages(id)])) as Record<StepId, ReturnType<typeof stepMessages>>;
  let views: Views | null = null;
  const handlers = createController(lang, {
    get resolution() { return (views as Views).resolution; },
    get data() { return (views as Views).data; },
    get check() { return (views as Views).check; },
    get merge() { return (views as Views).merge; },
    say: (step, kind, text, details, choices) => messages[step].say(kind, text, details, choices),
    clear: (step) => messages[step].clear(),
    busy: (on) => setBusy(root, on),
    pause,
  });
  const resolution = resolutionView(lang, handlers.resolution);
  const data = dataView(lang, handlers.data);
  const check = checkView(lang, handlers.check, defaultReportingYear(null, new Date()));
  const merge = mergeView(lang, handlers.merge);
  views = { resolution, data, check, merge, say: () => undefined, clear: () => undefined, busy: () => undefined, pause };

  const panels: Record<StepId, [string, HTMLElement]> = { resolution: ["ui.step.resolution", resolution.el], data: ["ui.step.data", h("div", { class: "stack" }, data.el, h("hr", { class: "section" }), merge.el)], check: ["ui.step.check", check.el] };
  setChildren(root,
    h("header", { class: "pane-header" },
      h("h1", {}, t("ui.pane.title", lang)),
      h("a", { id: "help-link", href: `help.html${lang === "en" ? "#en" : ""}`, target: "_blank", rel: "noopener", "aria-label": t("ui.help.label", lang) }, t("ui.help", lang))),
    h("fluent-tablist", { id: "steps", "aria-label": t("ui.steps.label", lang), activeid: "tab-resolution" },
      ...ids.map((id) => h("fluent-tab", { id: `tab-${id}`, "aria-controls": `panel-${id}` }, t(panels[id][0], lang)))),
    ...ids.map((id, i) => h("section", { id: `panel-${id}`, role: "tabpanel", "aria-labelledby": `tab-${id}`, tabindex: 0, hidden: i > 0 }, messages[id].el, panels[id][1])),
  );
}

function start(): void {
  const style = document.createElement("style");
  style.textContent = css;
  document.head.appendChild(style);
  Office.onReady(() => {
    const dark = isDarkTheme(Office.context?.officeTheme?.bodyBackgroundColor, window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false);
    setTheme(dark ? webDarkTheme : webLightTheme);
    document.documentElement.dataset.theme = dark ? "dark" : "light";
    const root = document.getElementById("app");
    if (root) mountPane(root, langFromLocale(Office.context?.displayLanguage));
  });
}

if (typeof Office !== "undefined") start();
