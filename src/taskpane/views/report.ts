import { formatDocDate, parseDocDate, parseDocType, splitRecipients, splitTitleLines, type DocumentFields } from "../../core/document/fields";
import { t } from "../../core/i18n/messages";
import type { Lang } from "../../core/i18n/types";
import { settingLabel, type SettingKey } from "../../core/targets-sheet/settings";
import { h } from "../dom";

/** The report's fields asked in the pane (blank: the "Chỉ tiêu" sheet's settings block, the resolution, today). */
const KEYS: SettingKey[] = ["superior", "issuer", "number", "place", "date", "docType", "signerTitle", "signer", "recipients"];

export interface ReportFieldsView {
  el: HTMLElement;
  /** The fields the user changed since they were last shown (a prefilled value is not "typed"). */
  fields(): DocumentFields;
  setFields(f: DocumentFields): void;
  /** Show the download button once a check has run. */
  ready(on: boolean): void;
}

function value(el: Element): string {
  return String((el as unknown as { value?: string }).value ?? "").trim();
}

function shown(f: DocumentFields, key: SettingKey): string {
  switch (key) {
    case "date": return f.date ? formatDocDate(f.date) : "";
    case "docType": return f.docType ?? "bao-cao";
    case "signerTitle": return (f.signerTitle ?? []).join(" / ");
    case "recipients": return (f.recipients ?? []).join("; ");
    default: return String((f as Record<string, unknown>)[key] ?? "");
  }
}

export function reportFieldsView(lang: Lang, onDownload: () => void): ReportFieldsView {
  const inputs = new Map<SettingKey, HTMLElement>();
  for (const key of KEYS) {
    const id = `report-${key}`;
    const el =
      key === "docType"
        ? h("select", { id, "aria-label": settingLabel(key, lang) }, h("option", { value: "bao-cao" }, t("report.setting.type.bao-cao", lang)), h("option", { value: "phu-luc" }, t("report.setting.type.phu-luc", lang)))
        : h("fluent-text-input", { id, block: true, "aria-label": settingLabel(key, lang), placeholder: key === "date" ? "15/01/2025" : null }, settingLabel(key, lang));
    inputs.set(key, el);
  }
  const button = h("fluent-button", { id: "download-docx", appearance: "primary", hidden: true, onclick: onDownload }, t("ui.report.download", lang));
  const el = h("details", { id: "report-fields", class: "stack" },
    h("summary", {}, t("ui.report.fields", lang)),
    h("p", { class: "small" }, t("ui.report.fields-hint", lang)),
    ...KEYS.map((k) => (k === "docType" ? h("label", { class: "row" }, settingLabel(k, lang), " ", inputs.get(k) as HTMLElement) : (inputs.get(k) as HTMLElement))),
  );
  const wrap = h("div", { class: "stack" }, el, button);
  // What each input showed last: only a change from it is the user's word, so a prefilled value never
  // wins over a newer edit of the sheet's settings block (and is never written back over it).
  const shownNow = new Map<SettingKey, string>(KEYS.map((k) => [k, value(inputs.get(k) as HTMLElement)]));
  return {
    el: wrap,
    fields() {
      const get = (k: SettingKey) => {
        const now = value(inputs.get(k) as HTMLElement);
        return now === shownNow.get(k) ? "" : now;
      };
      return {
        superior: get("superior") || null,
        issuer: get("issuer") || null,
        number: get("number") || null,
        place: get("place") || null,
        date: parseDocDate(get("date")),
        docType: parseDocType(get("docType")),
        signerTitle: splitTitleLines(get("signerTitle")),
        signer: get("signer") || null,
        recipients: splitRecipients(get("recipients")),
      };
    },
    setFields(f) {
      for (const k of KEYS) (inputs.get(k) as unknown as { value: string }).value = shown(f, k);
      for (const k of KEYS) shownNow.set(k, value(inputs.get(k) as HTMLElement));
    },
    ready(on) {
      button.hidden = !on;
    },
  };
}
