import { existsSync, mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import { MESSAGES } from "../../src/core/i18n/messages";
import { readWorkbookBuffer } from "../../src/xlsx";
import { RESOLUTION, leaksInternals, looksVietnamese, nq, sha256, tempDir, validWorkbook } from "./helpers";

// Issue 13 item 16: raw texts reached the user — "2:235: undefined entity." (an XML entity in a sheet),
// "Cannot read properties of undefined (reading 'col')", errno codes and temp paths; an .ods was "not .xlsx",
// a plain text file "CSV". Each case with its exact bytes: exit 2, one sentence of the message table naming
// the file and what to do, the input unchanged, no output.

/** The valid workbook with one part's XML changed. */
async function patched(part: RegExp, change: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await validWorkbook());
  for (const name of Object.keys(zip.files)) {
    if (!part.test(name)) continue;
    zip.file(name, change(await (zip.file(name) as JSZip.JSZipObject).async("string")));
  }
  return zip.generateAsync({ type: "nodebuffer" });
}

/** A minimal OpenDocument spreadsheet as LibreOffice starts one: "mimetype" first, stored. */
async function ods(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
  zip.file("content.xml", '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>');
  zip.file("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>');
  return zip.generateAsync({ type: "nodebuffer" });
}

/** Every data.xlsx.* sentence with its placeholders as a pattern: a message is one of these, filled. */
const TABLE = Object.entries(MESSAGES)
  .filter(([k]) => k.startsWith("data.xlsx.") && !k.startsWith("data.xlsx.too-big."))
  .map(([, m]) => new RegExp("^" + m.vi.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{\w+\}/g, ".+") + "$"));

const RAW = /undefined entity|\d+:\d+:|Cannot read properties|reading '|E[A-Z]{3,}:|\/tmp\/|nq-robust-|illegal operation|\bError\b/;

/** `says` null: a file the reader may now read (exit 0/1) — if it refuses, it is with a table sentence. */
const cases: { label: string; name: string; bytes: () => Promise<Buffer>; says: RegExp | null }[] = [
  { label: "an undefined XML entity in a sheet", name: "du-lieu.xlsx", bytes: () => patched(/worksheets\/sheet1\.xml$/, (x) => x.replace("<sheetData>", "<sheetData>&foo;")), says: null },
  { label: "an undefined XML entity in the shared strings", name: "du-lieu.xlsx", bytes: () => patched(/sharedStrings\.xml$/, (x) => x.replace("<t>", "<t>&nbsp;")), says: null },
  { label: "a cell without its address (ExcelJS: reading 'col')", name: "du-lieu.xlsx", bytes: () => patched(/worksheets\/sheet1\.xml$/, (x) => x.replace(/<c r="[A-Z]+\d+"/, "<c")), says: null },
  { label: "a sheet entry without attributes (ExcelJS: reading 'replace')", name: "du-lieu.xlsx", bytes: () => patched(/^xl\/workbook\.xml$/, (x) => x.replace("<sheets>", "<sheets><sheet/>")), says: null },
  { label: "an .ods", name: "du-lieu.ods", bytes: ods, says: /OpenDocument \(\.ods/ },
  { label: "an .ods renamed .xlsx", name: "du-lieu.xlsx", bytes: ods, says: /OpenDocument \(\.ods/ },
  { label: "a plain text file (no separators)", name: "ghi-chu.xlsx", bytes: async () => Buffer.from("Đây là ghi chú.\nKhông có dấu phân cách\n", "utf8"), says: /tệp văn bản thường/ },
];

describe("no raw text reaches the user", () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir();
    writeFileSync(join(tmp.dir, "nq.txt"), RESOLUTION, "utf8");
  });
  afterEach(() => tmp.cleanup());

  it.each(cases)("$label → no raw text; exit 2 with a table sentence naming the file and what to do (or read)", async ({ name, bytes, says }) => {
    const input = join(tmp.dir, name);
    writeFileSync(input, await bytes());
    const before = sha256(input);
    const out = join(tmp.dir, "ket-qua.xlsx");
    const r = await nq(["check", name, "--targets", "nq.txt", "--out", "ket-qua.xlsx"], tmp.dir);
    expect(r.err).not.toMatch(RAW);
    expect([0, 1, 2]).toContain(r.code);
    expect(sha256(input)).toBe(before);
    if (says === null) {
      // The grid scanner (src/xlsx/scan) reads past what ExcelJS tripped on: read, checked, written.
      if (r.code !== 2) return void expect(existsSync(out)).toBe(true);
      // Read, but the output could not be built from this package: a sentence (a <sheet/> without attributes
      // is now written: test/robustness/bare-sheet.test.ts).
      expect(r.err).toMatch(/Hãy /);
      return void expect(existsSync(out)).toBe(false);
    }
    expect(r.code).toBe(2);
    const line = r.err.trim();
    if (says) expect(line).toMatch(says);
    expect(line).toContain(`"${name}"`);
    expect(line).toMatch(/Hãy /);
    expect(line).not.toMatch(RAW);
    expect(leaksInternals(line)).toBe(false);
    expect(TABLE.some((p) => p.test(line))).toBe(true);
    expect(sha256(input)).toBe(before);
    expect(existsSync(out)).toBe(false);
  });

  it("in English with --lang en, the same sentence from the table's English side", async () => {
    writeFileSync(join(tmp.dir, "du-lieu.ods"), await ods());
    const r = await nq(["check", "du-lieu.ods", "--targets", "nq.txt", "--lang", "en"], tmp.dir);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(MESSAGES["data.xlsx.ods"].en.replace("{file}", "du-lieu.ods"));
  });

  it("errno and paths: a missing file and a folder get the sentence for the code, nothing of the system's", async () => {
    mkdirSync(join(tmp.dir, "thu-muc.xlsx"));
    for (const [arg, says] of [["khong-co.xlsx", /không tìm thấy tệp hoặc thư mục/], ["thu-muc.xlsx", /là một thư mục, không phải tệp/]] as const) {
      const r = await nq(["check", arg, "--targets", "nq.txt"], tmp.dir);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(says);
      expect(r.err).toContain(`"${arg}"`);
      expect(r.err).not.toMatch(RAW);
      expect(looksVietnamese(r.err)).toBe(true);
    }
  });

  it("the rule can fail: the exception texts are really there underneath (the reader is what hides them)", async () => {
    const ExcelJS = (await import("../../src/xlsx/exceljs")).default;
    const bad = await patched(/worksheets\/sheet1\.xml$/, (x) => x.replace("<sheetData>", "<sheetData>&foo;"));
    await expect(new ExcelJS.Workbook().xlsx.load(bad as unknown as ArrayBuffer)).rejects.toThrow(/undefined entity/);
    const r = await readWorkbookBuffer(bad, "x.xlsx");
    if (!r.ok) expect(`${r.message} ${r.messageEn}`).not.toMatch(RAW);
  });

  it("a real CSV is still called CSV", async () => {
    const r = await readWorkbookBuffer(Buffer.from("Họ và tên;Tổ chức\nNguyễn Văn A;Chi bộ 1\n", "utf8"), "a.xlsx");
    expect(r.ok === false && r.code).toBe("csv");
  });
});
