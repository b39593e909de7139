/**
 * pdf.js for the task pane, bundled by webpack into chunks of its own that load only when a PDF is
 * opened (nothing from a CDN). The worker module runs on the pane's thread ("fake worker": pdf.js uses
 * `globalThis.pdfjsWorker` when it is set), so no Worker script URL is needed. Only bytes are given to
 * pdf.js (src/xlsx/pdf.ts passes `data`, never a URL), so its URL loaders are never reached.
 */
import type { PdfjsLib, PdfjsLoader } from "../xlsx/pdf";

let loaded: Promise<PdfjsLib> | null = null;

export const loadPdfjsBrowser: PdfjsLoader = () => {
  loaded ??= (async () => {
    const [lib, worker] = await Promise.all([
      import(/* webpackChunkName: "pdfjs" */ "pdfjs-dist/legacy/build/pdf.mjs"),
      import(/* webpackChunkName: "pdfjs-worker" */ "pdfjs-dist/legacy/build/pdf.worker.mjs"),
    ]);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return lib as unknown as PdfjsLib;
  })();
  loaded.catch(() => (loaded = null));
  return loaded;
};
