// Messages of the pane, one area per step: a step's message shows on its own tab only and is
// cleared when that step runs again. A question (confirm before overwriting, before deleting)
// is a message with choices; the choices go away once one is taken.
import { h, setChildren } from "./dom";

export type StepId = "resolution" | "data" | "check";
export type Kind = "info" | "success" | "warning" | "error";

export interface Choice {
  id: string;
  label: string;
  primary?: boolean;
  run: () => void;
}

export interface StepMessages {
  el: HTMLElement;
  say(kind: Kind, text: string, details?: string[], choices?: Choice[]): void;
  clear(): void;
}

const GLYPH: Record<Kind, string> = { info: "ℹ", success: "✓", warning: "⚠", error: "✗" };

export function stepMessages(step: StepId): StepMessages {
  // Errors and questions interrupt (alert); progress and success wait their turn (status).
  const el = h("div", { id: `message-${step}`, class: "message", "aria-live": "polite" });
  const clear = () => setChildren(el);
  return {
    el,
    clear,
    say(kind, text, details = [], choices = []) {
      el.setAttribute("role", kind === "error" || choices.length ? "alert" : "status");
      const buttons = choices.map((c) =>
        h("fluent-button", {
          id: c.id,
          appearance: c.primary ? "primary" : "secondary",
          size: "small",
          onclick: () => {
            clear();
            c.run();
          },
        }, c.label));
      setChildren(el,
        h("fluent-message-bar", { intent: kind, layout: "multiline", class: `bar-${kind}` },
          h("span", { slot: "icon", class: "icon", "aria-hidden": "true" }, GLYPH[kind]),
          h("span", { class: "message-text" }, text),
          details.length ? h("ul", { class: "message-details" }, ...details.map((d) => h("li", {}, d))) : null,
          buttons.length ? h("div", { class: "row choices" }, ...buttons) : null));
    },
  };
}
