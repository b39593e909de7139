import { countLine, statusText } from "../check/sheets";
import { thresholdText, valueText } from "../check/table";
import { formatNumber, formatPercent } from "../check/format";
import { issueCounts, type CheckResult, type TargetResult } from "../check/run";
import { attachedLine, docType, documentHeader, documentTitle, recipientLines, signatureLines, typeLine } from "../document/parts";
import { t } from "../i18n/messages";
import type { Lang } from "../i18n/types";
import type { ReportColumn, ReportColumnKey, ReportDocument, ReportRow, ReportSection } from "./model";

/** Organisations named per per-unit target before "và N đơn vị khác" (a report of thousands of units stays readable). */
export const SHORTFALL_NAMES = 100;

/** Column widths (percent of the table): the target's words get the room; "Tiến độ" only mid-year. */
const WIDTHS: Record<ReportColumnKey, [number, number]> = {
  stt: [7, 7],
  text: [36, 30],
  threshold: [14, 13],
  actual: [11, 10],
  percent: [13, 12],
  status: [19, 16],
  progress: [0, 12],
};

function columns(midYear: boolean, lang: Lang): ReportColumn[] {
  const keys: ReportColumnKey[] = ["stt", "text", "threshold", "actual", "percent", "status", ...(midYear ? (["progress"] as const) : [])];
  return keys.map((key) => ({ key, label: t(`doc.col.${key}`, lang), width: WIDTHS[key][midYear ? 1 : 0] }));
}

/** Table rows: top targets numbered 1, 2 …; "trong đó" rows 1.1, 1.2 under their parent, indented. */
function rows(result: CheckResult, lang: Lang): ReportRow[] {
  const numberOf = new Map<string, string>();
  const children = new Map<string, number>();
  let top = 0;
  return result.targets.map((r): ReportRow => {
    const parentNo = r.parent ? numberOf.get(r.parent) : undefined;
    let no: string;
    if (parentNo) {
      const k = (children.get(r.parent as string) ?? 0) + 1;
      children.set(r.parent as string, k);
      no = `${parentNo}.${k}`;
    } else no = String(++top);
    numberOf.set(r.id, no);
    return {
      no,
      level: parentNo ? 1 : 0,
      text: r.text.replace(/\s+/g, " ").trim(),
      threshold: thresholdText(r.target, lang),
      actual: valueText(r, lang),
      percent: r.percentOfTarget === null ? "" : formatPercent(r.percentOfTarget, lang, 1),
      verdict: statusText(r.status, lang),
      status: r.status,
      progress: r.progress ? t(`check.progress.${r.progress.status}`, lang) : "",
    };
  });
}

function shortfallLine(r: TargetResult, no: string, lang: Lang): string {
  const units = r.perUnit?.shortfalls ?? [];
  const shown = units.slice(0, SHORTFALL_NAMES).map((u) => (u.value === null ? u.org : `${u.org} (${formatNumber(u.value, 0, lang)})`));
  if (units.length > SHORTFALL_NAMES) shown.push(t("doc.shortfall.more", lang, { rest: units.length - SHORTFALL_NAMES }));
  const text = r.text.replace(/\s+/g, " ").trim();
  return t("doc.shortfall", lang, { no, text, count: units.length, total: r.perUnit?.total ?? 0, names: shown.join(", ") });
}

function sections(result: CheckResult, table: ReportRow[], lang: Lang): ReportSection[] {
  const short = result.targets.map((r, i) => ({ r, no: table[i].no })).filter(({ r }) => (r.perUnit?.shortfalls.length ?? 0) > 0);
  const counts = issueCounts(result);
  const data = counts.errors + counts.warnings > 0 ? t("doc.data.problems", lang, { errors: formatNumber(counts.errors, 0, lang), warnings: formatNumber(counts.warnings, 0, lang) }) : t("doc.data.clean", lang);
  return [
    { heading: t("doc.section.shortfalls", lang), lines: short.length ? short.map(({ r, no }) => shortfallLine(r, no, lang)) : [t("doc.shortfalls.none", lang)] },
    { heading: t("doc.section.data", lang), lines: [data] },
  ];
}

/** The report of a check: header, type and title, the targets table, shortfalls, data problems, recipients, signature. */
export function buildReport(result: CheckResult, lang: Lang = result.lang): ReportDocument {
  const fields = result.header;
  const table = rows(result, lang);
  return {
    lang,
    header: documentHeader(fields, lang),
    type: typeLine(fields, lang),
    attached: attachedLine(fields, lang),
    title: documentTitle(result.period, fields, lang),
    countLine: countLine(result, lang),
    columns: columns(result.period.months < 12, lang),
    rows: table,
    legend: t("doc.legend", lang),
    sections: sections(result, table, lang),
    recipients: { heading: t("doc.recipients", lang), lines: recipientLines(fields, lang) },
    signature: { title: signatureLines(fields, lang), signer: fields.signer?.trim() || null },
    orientation: docType(fields) === "phu-luc" ? "landscape" : "portrait",
  };
}
