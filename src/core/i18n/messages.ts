import type { Lang, Message, MessageTable } from "./types";
import { commonMessages } from "./messages/common";
import { readerMessages } from "./messages/reader";
import { dataMessages } from "./messages/data";
import { checkMessages } from "./messages/check";
import { uiMessages } from "./messages/ui";
import { functionsMessages } from "./messages/functions";
import { cliMessages } from "./messages/cli";
import { mergeMessages } from "./messages/merge";
import { reportMessages } from "./messages/report";

/**
 * The one message table: every user-facing text of the add-in and the command line.
 * Each area keeps its part in ./messages/<area>.ts; this merges them and checks at
 * start-up (in tests) that no key is defined twice.
 */
const parts: MessageTable[] = [commonMessages, readerMessages, dataMessages, checkMessages, uiMessages, functionsMessages, cliMessages, mergeMessages, reportMessages];

export const MESSAGES: MessageTable = Object.assign({}, ...parts);

/** Keys defined in more than one part (must be empty; a test asserts it). */
export function duplicateMessageKeys(): string[] {
  const seen = new Set<string>();
  const dups: string[] = [];
  for (const part of parts) {
    for (const key of Object.keys(part)) {
      if (seen.has(key)) dups.push(key);
      seen.add(key);
    }
  }
  return dups;
}

/** A parameter is the same in both languages (a name, a number) or a phrase of its own in each ({ vi, en }). */
export type MessageParams = Record<string, string | number | Message>;

function paramText(v: string | number | Message, lang: Lang): string {
  return typeof v === "object" ? v[lang] : String(v);
}

/** Message `key` in `lang` with `{name}` placeholders filled. Unknown keys return the key itself. */
export function t(key: string, lang: Lang = "vi", params?: MessageParams): string {
  const msg: Message | undefined = MESSAGES[key];
  const template = msg ? msg[lang] : key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? paramText(params[name], lang) : whole));
}

/** Both languages at once (for issues, which carry both). */
export function tBoth(key: string, params?: MessageParams): Message {
  return { vi: t(key, "vi", params), en: t(key, "en", params) };
}

/** Pick the UI language from an Office display language such as "vi-VN" or "en-US". */
export function langFromLocale(locale: string | null | undefined): Lang {
  return locale && /^en/i.test(locale) ? "en" : "vi";
}
