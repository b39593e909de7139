import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readDataSet } from "../../src/core/data/read";
import { buildMergeSheets, mergeWorkbooks } from "../../src/core/merge";
import { readWorkbookBuffer, writeWorkbookFile } from "../../src/xlsx";
import { readWorkbookBytes } from "../../src/xlsx/bytes-read";
import { toBase64, workbookBytes } from "../../src/xlsx/bytes-write";
import { splitSample } from "../core/merge/helpers";

// The pane's .xlsx (for Excel.createWorkbook): the merged workbook written without ExcelJS must read
// back, by both readers, as the data the command line's file holds: same members, organisations,
// unions and issues for the check, the report sheet still the add-in's own.

jest.setTimeout(180_000);

describe("workbookBytes", () => {
  const { files } = splitSample();
  const result = mergeWorkbooks(files.map((f) => ({ name: f.name, workbook: f.workbook })));
  const sheets = buildMergeSheets(result);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nq-bytes-write-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("reads back as the same data as the ExcelJS-written merged workbook, by both readers", async () => {
    const file = path.join(dir, "gop.xlsx");
    expect(await writeWorkbookFile(file, sheets)).toEqual({ ok: true });
    const cli = await readWorkbookBuffer(fs.readFileSync(file));
    const bytes = workbookBytes(sheets);
    const viaExcelJs = await readWorkbookBuffer(Buffer.from(bytes));
    const viaPane = await readWorkbookBytes(bytes);
    if (!cli.ok || !viaExcelJs.ok || !viaPane.ok) throw new Error("read failed");
    const today = { today: 46000 };
    const seen = (w: typeof cli.workbook) => {
      const d = readDataSet(w, today);
      return {
        own: w.ownSheets,
        members: d.members.map((m) => [m.name, m.birth, m.orgKey, m.rating]),
        organisations: d.organisations.map((o) => [o.name, o.type, o.members, o.rating]),
        unions: d.unions.length,
        issues: d.issues.map((i) => [i.code, i.sheet, i.cell]),
      };
    };
    const expected = seen(cli.workbook);
    expect(expected.members.length).toBeGreaterThan(2600); // the members the check counts
    expect(expected.own).toEqual(["Tình hình gộp"]);
    expect(seen(viaExcelJs.workbook)).toEqual(expected);
    expect(seen(viaPane.workbook)).toEqual(expected);
  });

  it("base64 as Buffer gives it, in chunks", () => {
    for (const n of [0, 1, 2, 3, 4, 100_000]) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 7919) & 255);
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
    }
  });
});
