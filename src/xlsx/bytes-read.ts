import { detectFileKind } from "./detect";
import { readXlsxGrids } from "./grid";
import { fail, tooBig, type ReadResult } from "./read-failure";
import { ZipFormatError, ZipLimitError } from "./zip";

/**
 * An .xlsx read into plain grids from its bytes with no Node API, for the task pane's file input:
 * the kind of file first (so a password, an old .xls or a CSV gets its sentence), then the grid
 * reader of ./grid (package layer with bounded inflation, fflate), the same one the command line
 * uses. Never throws. Without ExcelJS there is no fallback for a prefixed or strict workbook: it is
 * named as unreadable.
 */
export async function readWorkbookBytes(bytes: Uint8Array, file = "tệp"): Promise<ReadResult> {
  try {
    const kind = detectFileKind(bytes);
    if (kind === "empty" || kind === "truncated" || kind === "encrypted" || kind === "xls" || kind === "csv" || kind === "text" || kind === "ods") return fail(kind, file);
    if (kind !== "xlsx") return fail("not-xlsx", file);
    const workbook = await readXlsxGrids(bytes);
    if (!workbook) return fail("unreadable", file); // strict OOXML or prefixed XML: the grid reader gives up
    return { ok: true, workbook };
  } catch (e) {
    if (e instanceof ZipLimitError) return tooBig(file, e);
    if (e instanceof ZipFormatError) return fail("truncated", file);
    return fail("unreadable", file);
  }
}
