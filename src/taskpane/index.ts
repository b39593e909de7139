// Task pane entry: builds the three steps once Office is ready.
import { setTheme } from "@fluentui/web-components";
import { webLightTheme } from "@fluentui/tokens";
import "@fluentui/web-components/button.js";
import "@fluentui/web-components/message-bar.js";
import "@fluentui/web-components/progress-bar.js";
import "@fluentui/web-components/tab.js";
import "@fluentui/web-components/tablist.js";
import "@fluentui/web-components/text-input.js";
import "@fluentui/web-components/textarea.js";
import { langFromLocale, t } from "../core/i18n/messages";
import type { Lang } from "../core/i18n/types";
import { createController, type Say, type Views } from "./controller";
import { h, setChildren } from "./dom";
import css from "./pane.css";
import { checkView } from "./views/check";
import { dataView } from "./views/data";
import { resolutionView } from "./views/resolution";

const GLYPH = { info: "ℹ", success: "✓", warning: "⚠", error: "✗" } as const;

export function mountPane(root: HTMLElement, lang: Lang): void {
  document.documentElement.lang = lang;
  document.title = t("ui.pane.title", lang);
  const message = h("div", { id: "message", class: "message", role: "status", "aria-live": "polite" });
  const say: Say = (kind, text) => {
    const intent = kind === "info" ? "info" : kind;
    setChildren(message, h("fluent-message-bar", { intent, layout: "multiline" }, h("span", { slot: "icon", class: "icon", "aria-hidden": "true" }, GLYPH[kind]), text));
  };
  let views: Views | null = null;
  const handlers = createController(lang, {
    get resolution() { return (views as Views).resolution; },
    get data() { return (views as Views).data; },
    get check() { return (views as Views).check; },
    say,
    busy(on) {
      root.setAttribute("aria-busy", String(on));
      // Buttons are disabled while Excel works; those already disabled stay so afterwards.
      root.querySelectorAll("fluent-button").forEach((b) => {
        if (on && !b.hasAttribute("disabled")) {
          b.setAttribute("data-busy", "");
          b.setAttribute("disabled", "");
        } else if (!on && b.hasAttribute("data-busy")) {
          b.removeAttribute("data-busy");
          b.removeAttribute("disabled");
        }
      });
    },
  });
  const resolution = resolutionView(lang, handlers.resolution);
  const data = dataView(lang, handlers.data);
  const check = checkView(lang, handlers.check);
  views = { resolution, data, check, say, busy: () => undefined };

  const steps = [
    ["resolution", "ui.step.resolution", resolution.el],
    ["data", "ui.step.data", data.el],
    ["check", "ui.step.check", check.el],
  ] as const;
  setChildren(root,
    h("h1", {}, t("ui.pane.title", lang)),
    h("fluent-tablist", { id: "steps", "aria-label": t("ui.steps.label", lang), activeid: "tab-resolution" },
      ...steps.map(([id, key]) => h("fluent-tab", { id: `tab-${id}`, "aria-controls": `panel-${id}` }, t(key, lang)))),
    message,
    ...steps.map(([id, , el], i) => h("section", { id: `panel-${id}`, role: "tabpanel", "aria-labelledby": `tab-${id}`, tabindex: 0, hidden: i > 0 }, el)),
  );
}

function start(): void {
  const style = document.createElement("style");
  style.textContent = css;
  document.head.appendChild(style);
  setTheme(webLightTheme);
  Office.onReady(() => {
    const root = document.getElementById("app");
    if (root) mountPane(root, langFromLocale(Office.context?.displayLanguage));
  });
}

if (typeof Office !== "undefined") start();
