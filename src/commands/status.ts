import { t } from "../core/i18n/messages";
import type { Lang } from "../core/i18n/types";
import type { WritableSheet } from "../excel/write";

/**
 * The ribbon command's message sheet. A function command has no UI of its own in Excel
 * (Office.NotificationMessages is Outlook-only; Office.addin.showAsTaskpane needs a shared runtime),
 * so a failure is reported on a small marked sheet that the next good run removes.
 */
export function statusSheet(message: string, lang: Lang, now: Date = new Date()): WritableSheet {
  const time = now.toLocaleString(lang === "en" ? "en-GB" : "vi-VN");
  const values = [[t("ui.status.title", lang)], [message], [t("ui.status.time", lang, { time })], [t("ui.status.hint", lang)]];
  return {
    name: t("ui.status.sheet", lang),
    role: "status",
    values,
    styles: {
      title: { font: { name: "Times New Roman", size: 14, bold: true } },
      text: { font: { name: "Times New Roman", size: 12 }, alignment: { wrap: true, vertical: "top" } },
    },
    styleIds: values.map((_, i) => [i === 0 ? "title" : "text"]),
    merges: [],
    columns: [{ width: 100 }],
    rowHeights: { 1: 48 },
    tabColor: "#C00000",
  };
}
