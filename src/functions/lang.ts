import { langFromLocale } from "../core/i18n/messages";
import type { Lang } from "../core/i18n/types";

interface Hosts {
  Office?: { context?: { displayLanguage?: string } };
  document?: unknown;
  navigator?: { language?: string };
}

/**
 * Language of the NQ.* results and error reasons: Office's display language where the runtime exposes
 * Office.context (Excel on the web and on Mac, recent Windows builds), else the browser's language in a
 * browser runtime, else Vietnamese (the JavaScript-only runtime of older Windows builds tells neither).
 */
export function functionsLang(): Lang {
  const g = globalThis as Hosts;
  const display = g.Office?.context?.displayLanguage;
  if (display) return langFromLocale(display);
  // A Node or JS-only runtime may have a navigator without being a browser: only a page's language counts.
  if (g.document !== undefined && g.navigator?.language) return langFromLocale(g.navigator.language);
  return "vi";
}
