// Step 3's actions: the check (progress, cancel), going to a target's row, removing the result sheets.
import { t } from "../../core/i18n/messages";
import { checkWorkbook, removeResultSheets, resultSheets, type Phase } from "../../excel/actions";
import { selectCell } from "../../excel/select";
import type { Runner } from "../runner";
import type { CheckHandlers } from "../views/check";
import type { CheckResult } from "../../core/check/run";
import { mergeFields } from "../../core/document/fields";
import { buildReport } from "../../core/report";
import { reportDocxBytes } from "../../xlsx/report-docx";
import { downloadBytes } from "../download";

const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const PHASE_LABEL: Record<Phase, string> = { reading: "ui.check.reading", computing: "ui.check.computing", writing: "ui.check.writing" };

export function checkHandlers({ lang, v, excel }: Runner): CheckHandlers {
  let summary: { sheet: string; rows: Record<string, string> } | null = null;
  let cancelRequested = false;
  let last: CheckResult | null = null;

  async function run(period: { months: number; year: number | null }): Promise<void> {
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
        fields: v.check.report.fields(),
        removeRoles: ["status"],
        pause: () => v.pause(),
        cancelled: () => cancelRequested,
        onProgress: (phase, fraction) => v.check.setProgress(phase === "computing" ? fraction : null, t(PHASE_LABEL[phase], lang)),
      }),
    ).finally(() => v.check.setRunning(false));
    if (!out) return;
    if (out.kind === "cancelled") return v.say("check", "info", t("ui.check.cancelled", lang));
    if (out.kind === "no-targets") return v.say("check", "warning", t("ui.command.no-targets", lang));
    const sheet = out.sheets.summary ?? "";
    summary = { sheet, rows: out.targetRows };
    v.check.showResult(out.result, sheet, out.targetRows);
    last = out.result;
    v.check.report.setFields(out.result.header);
    v.check.report.ready(true);
    const count = out.result.targets.length;
    const saved = out.fieldsSaved > 0 ? { fields: out.fieldsSaved, targets: out.targetsSheet ?? "" } : null;
    v.say("check", "success", saved ? t("ui.check.done-saved", lang, { count, sheet, ...saved }) : t("ui.check.done", lang, { count, sheet }));
  }

  async function removeResults(): Promise<void> {
    v.clear("check");
    const sheets = await excel("check", (ctx) => resultSheets(ctx));
    if (!sheets) return;
    if (sheets.length === 0) return v.say("check", "info", t("ui.remove.none", lang));
    v.say("check", "warning", t("ui.remove.confirm", lang, { count: sheets.length }), sheets, [
      { id: "confirm-remove", label: t("ui.remove.yes", lang), primary: true, run: () => void removeNow() },
      { id: "cancel-remove", label: t("ui.remove.no", lang), run: () => v.say("check", "info", t("ui.remove.kept", lang)) },
    ]);
  }

  async function removeNow(): Promise<void> {
    const removed = await excel("check", (ctx) => removeResultSheets(ctx));
    if (!removed) return;
    v.check.clearResults();
    summary = null;
    v.say("check", "success", t("ui.remove.done", lang, { sheets: removed.join(", ") }));
  }

  /** The Word report of the last check (fields typed after it still count), as a download. */
  async function report(): Promise<void> {
    if (!last) return;
    v.clear("check");
    try {
      const result = { ...last, header: mergeFields(last.header, v.check.report.fields()) };
      const bytes = await reportDocxBytes(buildReport(result, lang));
      const file = t("ui.report.file", lang, { year: result.period.year ?? "" });
      const started = downloadBytes(bytes, file, DOCX_MIME) === "started";
      v.say("check", started ? "success" : "warning", t(started ? "ui.report.started" : "ui.report.blocked", lang, { file }));
    } catch (e) {
      v.say("check", "error", t("ui.report.failed", lang, { reason: e instanceof Error ? e.message : String(e) }));
    }
  }

  return {
    run,
    report,
    removeResults,
    cancel() {
      cancelRequested = true;
      v.check.setProgress(null, t("ui.check.cancelling", lang));
    },
    async target(id) {
      const cell = summary?.rows[id];
      if (!summary || !cell) return;
      const s = summary.sheet;
      await excel("check", (ctx) => selectCell(ctx, s, cell));
    },
  };
}
