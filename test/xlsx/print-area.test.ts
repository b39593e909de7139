import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { writeWorkbookFile } from "../../src/xlsx";
import { sampleAndResultSheets } from "./merge-fixture";

// The printed "Tổng hợp" stops at column H: column I holds the sources of the figures (cell references) and
// is "không in". ExcelJS wrote the print area as "'Tổng hợp'!$A1:$H41", a mixed reference LibreOffice
// ignores, so its PDF printed column I. Every write path must give "$A$1:$H$41".

jest.setTimeout(120_000);

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "nq-print-area-"))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function printAreas(file: string): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(fs.readFileSync(file))).file("xl/workbook.xml")!.async("string");
  return [...xml.matchAll(/<definedName name="_xlnm.Print_Area"[^>]*>([^<]*)<\/definedName>/g)].map((m) => m[1].replace(/&apos;/g, "'"));
}

describe("the summary's print area is written with absolute rows and columns on every write path", () => {
  it.each([
    ["the add-in's sheets alone", false, undefined],
    ["copied into the input package", true, undefined],
    ["copied by ExcelJS", true, false],
  ] as const)("%s", async (_label, copy, merge) => {
    const { sample, sheets } = sampleAndResultSheets();
    const input = path.join(dir, "input.xlsx");
    if (copy && !fs.existsSync(input)) expect(await writeWorkbookFile(input, sample.sheets)).toEqual({ ok: true });
    const out = path.join(dir, `out-${copy}-${merge}.xlsx`);
    const ways: string[] = [];
    expect(await writeWorkbookFile(out, sheets, { force: true, ...(copy ? { copyFrom: input } : {}), ...(merge === false ? { merge } : {}), onWritePath: (w) => void ways.push(w) })).toEqual({ ok: true });
    const areas = await printAreas(out);
    expect(areas).toContainEqual(expect.stringMatching(/^'Tổng hợp'!\$A\$1:\$H\$\d+$/));
    for (const a of areas) expect([ways[0], a]).toEqual([ways[0], expect.stringMatching(/^'[^']+'!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/)]);
  });
});
