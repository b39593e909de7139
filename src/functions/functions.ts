import { normalizeText } from "../core/text/normalize";

/**
 * Chuẩn hóa văn bản về Unicode dựng sẵn (NFC).
 * @customfunction UNICODE
 * @param van_ban Văn bản cần chuẩn hóa.
 * @returns Văn bản Unicode dựng sẵn.
 */
export function unicode(van_ban: string): string {
  return normalizeText(van_ban);
}
