// Office I/O behind the pane's buttons: every action is one Excel.run through src/excel;
// views only render. Errors from Excel become a message on the step's own tab (never only the console).
import type { DocumentFields } from "../core/document/fields";
import { fieldsFromResolution } from "../core/document/from-text";
import { t } from "../core/i18n/messages";
import type { Lang } from "../core/i18n/types";
import type { DataIssue } from "../core/model/issue";
import type { Target } from "../core/model/target";
import { defaultReportingYear } from "../core/period/year";
import { readResolution } from "../core/reader/read";
import { createTemplates, fillSample, inspectData, loadTargetsFromWorkbook, writeTargets } from "../excel/actions";
import { selectCell } from "../excel/select";
import { readFileText } from "./files";
import { createMergeHandlers } from "./merge";
import { createRunner, type Runner, type Views as StepViews } from "./runner";
import { checkHandlers } from "./steps/check";
import type { CheckHandlers } from "./views/check";
import type { DataHandlers } from "./views/data";
import type { MergeHandlers, MergeView } from "./views/merge";
import type { ResolutionHandlers } from "./views/resolution";

export interface Views extends StepViews {
  merge: MergeView;
}

export interface Handlers {
  resolution: ResolutionHandlers;
  data: DataHandlers;
  check: CheckHandlers;
  merge: MergeHandlers;
}

export function createController(lang: Lang, v: Views, now: () => Date = () => new Date()): Handlers {
  const runner = createRunner(lang, v);
  // "Gộp dữ liệu các đơn vị" (a section of step 2): its messages go to step 2's message area.
  const merge = createMergeHandlers(lang, { view: () => v.merge, say: (kind, text) => v.say("data", kind, text), excel: (action) => runner.excel("data", action) });
  return { resolution: resolutionHandlers(runner, now), data: dataHandlers(runner), check: checkHandlers(runner), merge };
}

/** Step 1: read pasted text or a file, keep the existing sheet, write "Chỉ tiêu". */
function resolutionHandlers({ lang, v, excel, guarded }: Runner, now: () => Date): ResolutionHandlers {
  let targets: Target[] = [];
  // The resolution's own header (committees, number, place): written to the "Chỉ tiêu" settings block with the targets.
  let fields: DocumentFields | undefined;
  function showRead(text: string): void {
    v.clear("resolution");
    if (!text.trim()) return v.say("resolution", "warning", t("ui.resolution.empty-text", lang));
    const read = readResolution(text);
    targets = read.targets;
    fields = fieldsFromResolution(text);
    v.resolution.showTargets(targets, true);
    v.check.setYear(defaultReportingYear(read.year, now()));
    if (targets.length === 0) v.say("resolution", "warning", t("ui.resolution.none", lang));
    else v.say("resolution", "info", t("ui.resolution.found", lang, { count: targets.length, low: targets.filter((x) => x.confidence < 0.6).length }));
  }
  return {
    read: showRead,
    async file(file) {
      v.clear("resolution");
      v.busy(true);
      const out = await readFileText(file).finally(() => v.busy(false));
      if ("errorKey" in out) return v.say("resolution", "error", t(out.errorKey, lang, { file: file.name }));
      v.resolution.setText(out.text);
      showRead(out.text);
    },
    async keep() {
      v.clear("resolution");
      const found = await excel("resolution", (ctx) => loadTargetsFromWorkbook(ctx));
      if (!found) return;
      if (!found.sheet) return v.say("resolution", "warning", t("ui.resolution.no-sheet", lang));
      targets = found.targets;
      fields = undefined;
      v.resolution.showTargets(targets, false);
      v.say("resolution", "info", t("ui.resolution.kept", lang, { count: targets.length, sheet: found.sheet }));
    },
    async write() {
      if (targets.length === 0) return;
      const chosen = targets;
      const header = fields;
      await guarded("resolution", (mode) => (ctx) => writeTargets(ctx, chosen, lang, mode, header), (sheet) =>
        v.say("resolution", "success", t("ui.resolution.written", lang, { count: chosen.length, sheet })));
    },
  };
}

/** Step 2: inspect the data, templates, the sample, go to an issue's cell. */
function dataHandlers({ lang, v, excel, guarded }: Runner): DataHandlers {
  async function scan(): Promise<void> {
    v.clear("data");
    v.data.clear();
    const set = await excel("data", (ctx) => inspectData(ctx));
    if (set) v.data.showData(set);
  }
  return {
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
}
