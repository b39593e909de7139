/**
 * pdf.js for the command line. pdfjs-dist 5 is ESM only and the CLI is compiled to CommonJS, where tsc
 * turns `import()` into `require()`: so the import is made by a function tsc does not see into. The
 * legacy build is the one that runs on Node 20 (the modern one needs newer built-ins). In Node pdf.js
 * parses on the main thread ("fake worker"), loading its worker module itself.
 */
import * as path from "path";
import { pathToFileURL } from "url";
import type { PdfjsLib, PdfjsLoader } from "./pdf";

const nativeImport = new Function("specifier", "return import(specifier)") as (specifier: string) => Promise<unknown>;

let loaded: Promise<PdfjsLib> | null = null;

export const loadPdfjsNode: PdfjsLoader = () => {
  loaded ??= (async () => {
    const file = require.resolve("pdfjs-dist/legacy/build/pdf.mjs");
    // Refused inside Jest's module sandbox (no --experimental-vm-modules): the PDF tests run in a process of their own.
    const lib = (await nativeImport(pathToFileURL(file).href)) as PdfjsLib & { GlobalWorkerOptions: { workerSrc: string } };
    lib.GlobalWorkerOptions.workerSrc = pathToFileURL(path.join(path.dirname(file), "pdf.worker.mjs")).href;
    return lib;
  })();
  loaded.catch(() => (loaded = null));
  return loaded;
};
