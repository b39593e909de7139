// How the pane runs its actions: one Excel.run per user action, any failure a message on the step's
// own tab, and writes that could replace typed rows asked about first.
import { t } from "../core/i18n/messages";
import type { Lang } from "../core/i18n/types";
import type { Guarded, SheetAtRisk, WriteMode } from "../excel/actions";
import { toUserError } from "../excel/errors";
import type { Choice, Kind, StepId } from "./messages";
import type { CheckView } from "./views/check";
import type { DataView } from "./views/data";
import type { ResolutionView } from "./views/resolution";

export interface Views {
  resolution: ResolutionView;
  data: DataView;
  check: CheckView;
  say(step: StepId, kind: Kind, text: string, details?: string[], choices?: Choice[]): void;
  clear(step: StepId): void;
  busy(on: boolean): void;
  /** Let the browser paint (the check yields between its steps). */
  pause(): Promise<void>;
}

export interface Runner {
  lang: Lang;
  v: Views;
  excel<T>(step: StepId, action: (context: Excel.RequestContext) => Promise<T>): Promise<T | undefined>;
  guarded<T>(step: StepId, write: (mode: WriteMode) => (ctx: Excel.RequestContext) => Promise<Guarded<T>>, done: (value: T) => void): Promise<void>;
}

export function createRunner(lang: Lang, v: Views): Runner {
  async function excel<T>(step: StepId, action: (context: Excel.RequestContext) => Promise<T>): Promise<T | undefined> {
    v.busy(true);
    try {
      return await Excel.run(action);
    } catch (e) {
      v.say(step, "error", toUserError(e).message[lang]);
      return undefined;
    } finally {
      v.busy(false);
    }
  }

  /**
   * A write that may replace a sheet with typed rows: first in "ask" mode; when rows would be lost,
   * a question with what would be lost, "write a copy instead" (the default), "replace" or "cancel".
   */
  async function guarded<T>(step: StepId, write: (mode: WriteMode) => (ctx: Excel.RequestContext) => Promise<Guarded<T>>, done: (value: T) => void, mode: WriteMode = "ask"): Promise<void> {
    v.clear(step);
    const out = await excel(step, write(mode));
    if (!out) return;
    if (out.kind === "done") {
      done(out.value);
      return;
    }
    v.say(step, "warning", t("ui.confirm.overwrite", lang), out.atRisk.map((a) => atRiskLine(a, lang)), [
      { id: `${step}-write-copy`, label: t("ui.confirm.copy", lang), primary: true, run: () => void guarded(step, write, done, "copy") },
      { id: `${step}-replace`, label: t("ui.confirm.replace", lang), run: () => void guarded(step, write, done, "replace") },
      { id: `${step}-keep`, label: t("ui.confirm.cancel", lang), run: () => v.say(step, "info", t("ui.confirm.nothing-written", lang)) },
    ]);
  }

  return { lang, v, excel, guarded: (step, write, done) => guarded(step, write, done) };
}

function atRiskLine(a: SheetAtRisk, lang: Lang): string {
  const key = a.role === "targets" ? "ui.confirm.rows-targets" : "ui.confirm.rows";
  return t(key, lang, { sheet: a.sheet, rows: a.rows, row: a.firstRow ?? "" });
}
