/** UI language: Vietnamese first, English when Office's display language is English. */
export type Lang = "vi" | "en";

/** One message in both languages; `{name}` placeholders are filled by `t()`. */
export interface Message {
  vi: string;
  en: string;
}

export type MessageTable = Record<string, Message>;
