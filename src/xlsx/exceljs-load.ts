/**
 * ExcelJS on demand. Loading it costs ≈ 0.3–1.2 s of start-up (measured: `nq check` at 100,000 members),
 * and `nq check` and `nq merge` need it only on their fallback paths (a package the scanner or the
 * zip-level merge does not know). So nothing is imported eagerly: `excelJS()` loads ./exceljs (which
 * fixes ExcelJS's UTF-8 chunk decoding first) the first time a fallback runs.
 */
import type * as XL from "exceljs";

let loaded: typeof XL | null = null;

/** The fixed ExcelJS, loaded the first time it is needed. */
export function excelJS(): typeof XL {
  // Loaded lazily on purpose (start-up time).
  if (!loaded) loaded = (require("./exceljs") as { default: typeof XL }).default;
  return loaded;
}

let queue: Promise<unknown> = Promise.resolve();

/** Run ExcelJS reads one at a time (the fixed decoder is shared by all of them). */
export function exclusive<T>(fn: () => Promise<T>): Promise<T> {
  const run = queue.then(fn, fn);
  queue = run.catch(() => undefined);
  return run;
}
