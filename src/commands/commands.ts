// Ribbon command "Kiểm tra theo Nghị quyết": the whole check in one click.
import { langFromLocale, t } from "../core/i18n/messages";
import type { Lang } from "../core/i18n/types";
import { checkWorkbook } from "../excel/actions";
import { toUserError } from "../excel/errors";
import { writeSheetModels } from "../excel/write";
import { statusSheet } from "./status";

export type CommandOutcome = { ok: true; targets: number } | { ok: false; message: string };

/**
 * Run the check on the active workbook. Success: the summary sheets are written and "Tổng hợp" is
 * active (an old message sheet is removed). No targets or an error: a message sheet says why.
 * Never throws; event.completed() is always called (Office queues further clicks until then).
 */
export async function runCheckCommand(event: { completed: () => void }): Promise<CommandOutcome> {
  const lang: Lang = langFromLocale(Office.context?.displayLanguage);
  let outcome: CommandOutcome;
  try {
    outcome = await Excel.run({ delayForCellEdit: true }, async (context) => {
      const out = await checkWorkbook(context, { lang, removeRoles: ["status"] });
      if (out.kind === "done") return { ok: true as const, targets: out.result.targets.length };
      const message = t("ui.command.no-targets", lang);
      await writeSheetModels(context, [statusSheet(message, lang)], { activate: "status" });
      return { ok: false as const, message };
    });
  } catch (e) {
    const message = toUserError(e).message[lang];
    outcome = { ok: false, message };
    try {
      await Excel.run(async (context) => {
        await writeSheetModels(context, [statusSheet(message, lang)], { activate: "status" });
      });
    } catch {
      // The workbook refuses any write (e.g. protected structure): nothing else can show the message.
    }
  } finally {
    event.completed();
  }
  return outcome;
}

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    Office.actions.associate("runCheck", runCheckCommand);
  });
}
