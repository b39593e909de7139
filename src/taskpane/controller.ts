// Office I/O behind the pane's buttons: every action is one Excel.run through src/excel;
// views only render. Errors from Excel become a message on the step's own tab (never only the console).
import { t } from "../core/i18n/messages";
import type { Lang } from "../core/i18n/types";
import type { DataIssue } from "../core/model/issue";
import type { Target } from "../core/model/target";
import { defaultReportingYear } from "../core/period/year";
import { readResolution } from "../core/reader/read";
import {
  checkWorkbook, createTemplates, fillSample, inspectData, loadTargetsFromWorkbook, removeResultSheets, resultSheets, writeTargets,
  type Guarded, type Phase, type SheetAtRisk, type WriteMode,
} from "../excel/actions";
import { toUserError } from "../excel/errors";
import { selectCell } from "../excel/select";
import { readFileText } from "./files";
import type { Choice, Kind, StepId } from "./messages";
import type { CheckHandlers, CheckView } from "./views/check";
import type { DataHandlers, DataView } from "./views/data";
import type { ResolutionHandlers, ResolutionView } from "./views/resolution";

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

export interface Handlers {
  resolution: ResolutionHandlers;
  data: DataHandlers;
  check: CheckHandlers;
}

export function createController(lang: Lang, v: Views, now: () => Date = () => new Date()): Handlers {
  let targets: Target[] = [];
  let summary: { sheet: string; rows: Record<string, string> } | null = null;
  let cancelRequested = false;

  /** Run one action in Excel; map any failure to a message on the step's tab. */
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

  function showRead(text: string): void {
    v.clear("resolution");
    if (!text.trim()) {
      v.say("resolution", "warning", t("ui.resolution.empty-text", lang));
      return;
    }
    const read = readResolution(text);
    targets = read.targets;
    v.resolution.showTargets(targets, true);
    v.check.setYear(defaultReportingYear(read.year, now()));
    if (targets.length === 0) v.say("resolution", "warning", t("ui.resolution.none", lang));
    else v.say("resolution", "info", t("ui.resolution.found", lang, { count: targets.length, low: targets.filter((x) => x.confidence < 0.6).length }));
  }

  const resolution: ResolutionHandlers = {
    read: showRead,
    async file(file) {
      v.clear("resolution");
      v.busy(true);
      const out = await readFileText(file).finally(() => v.busy(false));
      if ("errorKey" in out) {
        v.say("resolution", "error", t(out.errorKey, lang, { file: file.name }));
        return;
      }
      v.resolution.setText(out.text);
      showRead(out.text);
    },
    async keep() {
      v.clear("resolution");
      const found = await excel("resolution", (ctx) => loadTargetsFromWorkbook(ctx));
      if (!found) return;
      if (!found.sheet) {
        v.say("resolution", "warning", t("ui.resolution.no-sheet", lang));
        return;
      }
      targets = found.targets;
      v.resolution.showTargets(targets, false);
      v.say("resolution", "info", t("ui.resolution.kept", lang, { count: targets.length, sheet: found.sheet }));
    },
    async write() {
      if (targets.length === 0) return;
      const chosen = targets;
      await guarded("resolution", (mode) => (ctx) => writeTargets(ctx, chosen, lang, mode), (sheet) =>
        v.say("resolution", "success", t("ui.resolution.written", lang, { count: chosen.length, sheet })));
    },
  };

  async function scan(): Promise<void> {
    v.clear("data");
    v.data.clear();
    const set = await excel("data", (ctx) => inspectData(ctx));
    if (set) v.data.showData(set);
  }

  const data: DataHandlers = {
    scan,
    async templates() {
      await guarded("data", (mode) => (ctx) => createTemplates(ctx, lang, mode), (sheets) =>
        v.say("data", "success", t("ui.data.templates-done", lang, { sheets: sheets.join(", ") })));
    },
    async sample() {
      await guarded("data", (mode) => (ctx) => fillSample(ctx, undefined, mode), (sheets) => {
        void scan().then(() => v.say("data", "success", t("ui.data.sample-done", lang, { sheets: sheets.join(", ") })));
      });
    },
    async issue(issue: DataIssue) {
      if (issue.sheet && issue.cell) await excel("data", (ctx) => selectCell(ctx, issue.sheet as string, issue.cell as string));
    },
  };

  return { resolution, data, check: checkHandlers() };

  function checkHandlers(): CheckHandlers {
    const phaseLabel: Record<Phase, string> = { reading: "ui.check.reading", computing: "ui.check.computing", writing: "ui.check.writing" };
    const handlers: CheckHandlers = {
      async run(period) {
        v.clear("check");
        v.check.clearResults();
        summary = null;
        if (period.year === null || period.year < 2000 || period.year > 2100) {
          v.say("check", "warning", t("ui.check.bad-year", lang));
          return;
        }
        const year = period.year;
        cancelRequested = false;
        v.check.setRunning(true);
        // Office.js reads and writes give no measure of their own: indeterminate; the computation in steps.
        v.check.setProgress(null, t("ui.check.reading", lang));
        const out = await excel("check", (ctx) =>
          checkWorkbook(ctx, {
            lang,
            period: { months: period.months, year },
            removeRoles: ["status"],
            pause: () => v.pause(),
            cancelled: () => cancelRequested,
            onProgress: (phase, fraction) => {
              const label = t(phaseLabel[phase], lang);
              v.check.setProgress(phase === "computing" ? fraction : null, label);
            },
          }),
        ).finally(() => v.check.setRunning(false));
        if (!out) return;
        if (out.kind === "cancelled") {
          v.say("check", "info", t("ui.check.cancelled", lang));
          return;
        }
        if (out.kind === "no-targets") {
          v.say("check", "warning", t("ui.command.no-targets", lang));
          return;
        }
        const sheet = out.sheets.summary ?? "";
        summary = { sheet, rows: out.targetRows };
        v.check.showResult(out.result, sheet, out.targetRows);
        v.say("check", "success", t("ui.check.done", lang, { count: out.result.targets.length, sheet }));
      },
      cancel() {
        cancelRequested = true;
        v.check.setProgress(null, t("ui.check.cancelling", lang));
      },
      async target(id) {
        const cell = summary?.rows[id];
        if (summary && cell) {
          const s = summary.sheet;
          await excel("check", (ctx) => selectCell(ctx, s, cell));
        }
      },
      async removeResults() {
        v.clear("check");
        const sheets = await excel("check", (ctx) => resultSheets(ctx));
        if (!sheets) return;
        if (sheets.length === 0) {
          v.say("check", "info", t("ui.remove.none", lang));
          return;
        }
        v.say("check", "warning", t("ui.remove.confirm", lang, { count: sheets.length }), sheets, [
          { id: "confirm-remove", label: t("ui.remove.yes", lang), primary: true, run: () => void removeNow() },
          { id: "cancel-remove", label: t("ui.remove.no", lang), run: () => v.say("check", "info", t("ui.remove.kept", lang)) },
        ]);
      },
    };
    async function removeNow(): Promise<void> {
      const removed = await excel("check", (ctx) => removeResultSheets(ctx));
      if (!removed) return;
      v.check.clearResults();
      summary = null;
      v.say("check", "success", t("ui.remove.done", lang, { sheets: removed.join(", ") }));
    }
    return handlers;
  }
}

function atRiskLine(a: SheetAtRisk, lang: Lang): string {
  const key = a.role === "targets" ? "ui.confirm.rows-targets" : "ui.confirm.rows";
  return t(key, lang, { sheet: a.sheet, rows: a.rows, row: a.firstRow ?? "" });
}
