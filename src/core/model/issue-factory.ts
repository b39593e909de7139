import { tBoth, type MessageParams } from "../i18n/messages";
import type { DataIssue, Severity } from "./issue";

/** Build an issue whose Vietnamese and English messages come from the message table. */
export function makeIssue(
  code: string,
  severity: Severity,
  where: { sheet?: string | null; cell?: string | null; row?: number | null },
  params?: MessageParams,
): DataIssue {
  const m = tBoth(`issue.${code}`, params);
  return { code, severity, sheet: where.sheet ?? null, cell: where.cell ?? null, row: where.row ?? null, message: m.vi, messageEn: m.en };
}
