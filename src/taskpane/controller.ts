// Office I/O behind the pane's buttons: every action is one Excel.run through src/excel;
// views only render. Errors from Excel become a message in the pane (never only the console).
import { t } from "../core/i18n/messages";
import type { Lang } from "../core/i18n/types";
import type { DataIssue } from "../core/model/issue";
import type { Target } from "../core/model/target";
import { readResolution } from "../core/reader/read";
import { checkWorkbook, createTemplates, fillSample, inspectData, loadTargetsFromWorkbook, writeTargets, type Phase } from "../excel/actions";
import { toUserError } from "../excel/errors";
import { selectCell } from "../excel/select";
import { readFileText } from "./files";
import type { CheckHandlers, CheckView } from "./views/check";
import type { DataHandlers, DataView } from "./views/data";
import type { ResolutionHandlers, ResolutionView } from "./views/resolution";

export type Say = (kind: "info" | "success" | "warning" | "error", text: string) => void;

export interface Views {
  resolution: ResolutionView;
  data: DataView;
  check: CheckView;
  say: Say;
  busy(on: boolean): void;
}

export interface Handlers {
  resolution: ResolutionHandlers;
  data: DataHandlers;
  check: CheckHandlers;
}

export function createController(lang: Lang, v: Views): Handlers {
  let targets: Target[] = [];
  let summary: { sheet: string; rows: Record<string, string> } | null = null;

  /** Run one action in Excel; map any failure to a message in the pane. */
  async function excel<T>(action: (context: Excel.RequestContext) => Promise<T>): Promise<T | undefined> {
    v.busy(true);
    try {
      return await Excel.run(action);
    } catch (e) {
      v.say("error", toUserError(e).message[lang]);
      return undefined;
    } finally {
      v.busy(false);
    }
  }

  function showRead(text: string): void {
    if (!text.trim()) {
      v.say("warning", t("ui.resolution.empty-text", lang));
      return;
    }
    const read = readResolution(text);
    targets = read.targets;
    v.resolution.showTargets(targets, true);
    if (read.year) v.check.setYear(read.year);
    if (targets.length === 0) v.say("warning", t("ui.resolution.none", lang));
    else v.say("info", t("ui.resolution.found", lang, { count: targets.length, low: targets.filter((x) => x.confidence < 0.6).length }));
  }

  const resolution: ResolutionHandlers = {
    read: showRead,
    async file(file) {
      v.busy(true);
      const out = await readFileText(file).finally(() => v.busy(false));
      if ("errorKey" in out) {
        v.say("error", t(out.errorKey, lang, { file: file.name }));
        return;
      }
      v.resolution.setText(out.text);
      showRead(out.text);
    },
    async keep() {
      const found = await excel((ctx) => loadTargetsFromWorkbook(ctx));
      if (!found) return;
      if (!found.sheet) {
        v.say("warning", t("ui.resolution.no-sheet", lang));
        return;
      }
      targets = found.targets;
      v.resolution.showTargets(targets, false);
      v.say("info", t("ui.resolution.kept", lang, { count: targets.length, sheet: found.sheet }));
    },
    async write() {
      if (targets.length === 0) return;
      const sheet = await excel((ctx) => writeTargets(ctx, targets, lang));
      if (sheet) v.say("success", t("ui.resolution.written", lang, { count: targets.length, sheet }));
    },
  };

  const data: DataHandlers = {
    async scan() {
      const set = await excel((ctx) => inspectData(ctx));
      if (set) v.data.showData(set);
    },
    async templates() {
      const sheets = await excel((ctx) => createTemplates(ctx, lang));
      if (sheets) v.say("success", t("ui.data.templates-done", lang, { sheets: sheets.join(", ") }));
    },
    async sample() {
      const sheets = await excel((ctx) => fillSample(ctx));
      if (!sheets) return;
      v.say("success", t("ui.data.sample-done", lang, { sheets: sheets.join(", ") }));
      await data.scan();
    },
    async issue(issue: DataIssue) {
      if (issue.sheet && issue.cell) await excel((ctx) => selectCell(ctx, issue.sheet as string, issue.cell as string));
    },
  };

  const phaseLabel: Record<Phase, string> = { reading: "ui.check.reading", computing: "ui.check.computing", writing: "ui.check.writing" };
  const check: CheckHandlers = {
    async run(period) {
      if (period.year === null || period.year < 2000 || period.year > 2100) {
        v.say("warning", t("ui.check.bad-year", lang));
        return;
      }
      const year = period.year;
      v.check.setProgress(0, t("ui.check.reading", lang));
      const out = await excel((ctx) =>
        checkWorkbook(ctx, {
          lang,
          period: { months: period.months, year },
          removeRoles: ["status"],
          onProgress: (phase, fraction) => {
            const base = phase === "reading" ? 0 : phase === "computing" ? 0.6 : 0.7;
            const span = phase === "reading" ? 0.6 : phase === "computing" ? 0.1 : 0.3;
            v.check.setProgress(base + span * fraction, t(phaseLabel[phase], lang));
          },
        }),
      );
      v.check.setProgress(null, "");
      if (!out) return;
      if (out.kind === "no-targets") {
        v.say("warning", t("ui.command.no-targets", lang));
        return;
      }
      const sheet = out.sheets.summary ?? "";
      summary = { sheet, rows: out.targetRows };
      v.check.showResult(out.result, sheet, out.targetRows);
      v.say("success", t("ui.check.done", lang, { count: out.result.targets.length, sheet }));
    },
    async target(id) {
      const cell = summary?.rows[id];
      if (summary && cell) {
        const s = summary.sheet;
        await excel((ctx) => selectCell(ctx, s, cell));
      }
    },
  };

  return { resolution, data, check };
}
