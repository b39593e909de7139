import { t } from "../core/i18n/messages";
import type { Lang } from "../core/i18n/types";

/** System error codes that have a sentence of their own in the message table ("data.fs.<code>"). */
const KNOWN = new Set(["ENOENT", "EACCES", "EPERM", "EBUSY", "ENOSPC", "EDQUOT", "EROFS", "EISDIR", "ENOTDIR", "ENAMETOOLONG", "EMFILE", "ENFILE", "EIO", "ELOOP", "EEXIST", "EXDEV"]);

/**
 * What went wrong reading or writing a file, as a sentence of the message table — never the system's
 * own text, which names error codes and temporary paths the user cannot act on.
 */
export function systemErrorText(e: unknown, lang: Lang = "vi"): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (typeof code === "string" && KNOWN.has(code)) return t(`data.fs.${code}`, lang);
  if (e instanceof RangeError || /heap|allocation|Invalid (string|array) length/i.test(String((e as Error)?.message ?? ""))) return t("data.fs.too-big", lang);
  return t("data.fs.other", lang);
}
