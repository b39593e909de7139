// "Gộp dữ liệu các đơn vị" behind the pane's buttons: the units' files are read here, in the
// browser, with the same core merge as `nq merge` (nothing leaves the machine); one file at a time
// with a pause between files so the pane keeps painting and the stop button answers. Writing is one
// Excel.run through src/excel/merge.ts, into the add-in's own sheets only, or a new workbook
// (Excel.createWorkbook with the .xlsx made in the pane).
import { t } from "../core/i18n/messages";
import type { Lang } from "../core/i18n/types";
import { buildMergeSheets, byFileName, runMergeSession, type MergeInput, type MergeResult } from "../core/merge";
import { openMergedWorkbook, writeMergedWorkbook, type MergeWriteOutcome } from "../excel/merge";
import { readWorkbookBytes } from "../xlsx/bytes-read";
import { toBase64, workbookBytes } from "../xlsx/bytes-write";
import type { Kind } from "./messages";
import type { MergeHandlers, MergeView } from "./views/merge";

export interface MergeDeps {
  view(): MergeView;
  say(kind: Kind, text: string): void;
  /** One Excel.run, its failure shown in the pane (the controller's). */
  excel<T>(action: (context: Excel.RequestContext) => Promise<T>): Promise<T | undefined>;
}

/** A task of its own, so the page paints (progress bars) and clicks (stop) get through between files. */
const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function readFile(file: File): Promise<MergeInput> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    return { name: file.name, failure: t("data.xlsx.unreadable", "vi", { file: file.name, reason: e instanceof Error ? e.message : String(e) }) };
  }
  const read = await readWorkbookBytes(bytes, file.name);
  return read.ok ? { name: file.name, workbook: read.workbook } : { name: file.name, failure: read.message };
}

export function createMergeHandlers(lang: Lang, deps: MergeDeps): MergeHandlers {
  let stop = false;
  let running = false;
  let result: MergeResult | null = null;
  return {
    async files(chosen) {
      if (running) return;
      const files = [...chosen].sort((a, b) => byFileName(a.name, b.name)); // as `nq merge` orders a folder
      running = true;
      stop = false;
      result = null;
      const v = deps.view();
      v.start(files.map((f) => f.name));
      const t0 = performance.now();
      try {
        result = await runMergeSession({
          count: files.length,
          onStart: (i) => v.reading(i),
          read: (i) => readFile(files[i]),
          onFile: (i, summary) => v.fileDone(i, summary),
          pause,
          cancelled: () => stop,
        });
      } finally {
        running = false;
      }
      v.finished(result, performance.now() - t0);
      if (!result) deps.say("info", t("ui.merge.cancelled", lang));
      else if (result.conflicts) deps.say("error", t("ui.merge.conflicts", lang));
      else if (result.totals.organisations.written + result.totals.members.written + result.totals.unions.written === 0) deps.say("warning", t("ui.merge.nothing", lang));
    },
    cancel() {
      stop = true;
    },
    async write() {
      const merged = result;
      if (!merged) return;
      const out: MergeWriteOutcome | undefined = await deps.excel((ctx) => writeMergedWorkbook(ctx, merged, lang));
      if (!out) return;
      if (out.written) deps.say("success", t("ui.merge.written", lang, { sheets: Object.values(out.sheets).join(", ") }));
      else deps.say("warning", t("ui.merge.in-the-way", lang, { sheets: out.userSheets.join(", ") }));
    },
    async open() {
      const merged = result;
      if (!merged) return;
      // The .xlsx is made here, in the pane (no ExcelJS in the browser): values, formats, markers.
      const base64 = toBase64(workbookBytes(buildMergeSheets(merged, lang)));
      const done = await deps.excel(async () => (await openMergedWorkbook(base64), true));
      if (done) deps.say("success", t("ui.merge.opened", lang));
    },
  };
}
