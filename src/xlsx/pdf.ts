/**
 * The text layer of a PDF resolution, with pdf.js (pdfjs-dist, ESM only). This file does not load
 * pdf.js itself: the command line passes a loader that imports it natively (src/xlsx/pdfjs-node.ts) and
 * the task pane one that webpack bundles, worker included (src/taskpane/pdfjs.ts) — nothing from a CDN,
 * no Node API here. Never throws and never hangs: a scanned PDF (no text layer), a password, a damaged
 * file, too many pages or too long a read each give a key of the message table.
 */
import { joinPages, pageLines, type PdfTextItem } from "./pdf-lines";

/** The part of pdf.js used here (pdfjs-dist 5: getDocument → loading task). */
export interface PdfjsLib {
  getDocument(src: Record<string, unknown>): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }>; cleanup(): unknown }>;
  destroy(): Promise<void>;
}

export type PdfjsLoader = () => Promise<PdfjsLib>;

export type PdfFailure = "reader.file.pdf-scanned" | "reader.file.pdf-encrypted" | "reader.file.pdf-unreadable" | "reader.file.pdf-too-long" | "reader.file.pdf-timeout" | "reader.file.pdf-unavailable";

export type PdfText = { ok: true; text: string; pages: number } | { ok: false; key: PdfFailure };

export interface PdfLimits {
  /** More pages than this is no resolution (a yearbook, a scan of a file): refused. */
  maxPages: number;
  /** The whole read, in ms. */
  timeoutMs: number;
}

export const PDF_LIMITS: PdfLimits = { maxPages: 300, timeoutMs: 30000 };

/** Fewer letters than this on all pages together: no text layer (a scan, or pictures of pages). */
const MIN_LETTERS = 20;

class PdfStop extends Error {
  constructor(readonly key: PdfFailure) {
    super(key);
  }
}

function failureOf(e: unknown): PdfFailure {
  if (e instanceof PdfStop) return e.key;
  const name = (e as { name?: string } | null)?.name ?? "";
  return name === "PasswordException" ? "reader.file.pdf-encrypted" : "reader.file.pdf-unreadable";
}

async function readPages(doc: PdfDocument, limits: PdfLimits, deadline: number): Promise<string[][]> {
  if (doc.numPages > limits.maxPages) throw new PdfStop("reader.file.pdf-too-long");
  const pages: string[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    // Checked between pages too: a page's parse runs in microtasks, which the timer cannot interrupt.
    if (Date.now() > deadline) throw new PdfStop("reader.file.pdf-timeout");
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    pages.push(pageLines(content.items as PdfTextItem[]));
    page.cleanup();
  }
  return pages;
}

/** The text of a PDF's text layer, lines rebuilt (see pdf-lines.ts). */
export async function extractPdfText(bytes: Uint8Array, load: PdfjsLoader, limits: PdfLimits = PDF_LIMITS): Promise<PdfText> {
  let lib: PdfjsLib;
  try {
    lib = await load();
  } catch {
    return { ok: false, key: "reader.file.pdf-unavailable" };
  }
  const deadline = Date.now() + limits.timeoutMs;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // pdf.js takes the buffer over (transfers it): give it a copy, the caller's bytes stay as they are.
  // (Through a bound function: the Office.js lint reads any get…() result as an Excel proxy object.)
  const open = lib.getDocument.bind(lib);
  const task = open({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false });
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new PdfStop("reader.file.pdf-timeout")), limits.timeoutMs)));
  try {
    const doc = await Promise.race([task.promise, timeout]);
    const pages = await Promise.race([readPages(doc, limits, deadline), timeout]);
    const text = joinPages(pages);
    if ((text.match(/\p{L}/gu) ?? []).length < MIN_LETTERS) return { ok: false, key: "reader.file.pdf-scanned" };
    return { ok: true, text: text.normalize("NFC"), pages: pages.length };
  } catch (e) {
    return { ok: false, key: failureOf(e) };
  } finally {
    clearTimeout(timer);
    task.destroy().catch(() => undefined);
  }
}
