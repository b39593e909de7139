import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { generateSample } from "../../src/core/sample";
import { sheetRefName, sheetReference } from "../../src/core/sheet/address";
import { readWorkbookBuffer, writeWorkbookFile } from "../../src/xlsx";
import { openPackage, resolveTarget } from "../../src/xlsx/package";
import { openpyxlLayout } from "./other-writers";

jest.setTimeout(120_000);

const RESOLUTION = path.join(__dirname, "..", "..", "samples", "resolution", "nghi-quyet-mau.txt");

describe("sheet references as Excel writes them", () => {
  it.each([
    ["Data", "Data"],
    ["Sheet_2.x", "Sheet_2.x"],
    ["Đảng viên", "'Đảng viên'"],
    ["Tổ chức", "'Tổ chức'"],
    ["DangVien", "DangVien"],
    ["Dang vien", "'Dang vien'"],
    ["2025", "'2025'"],
    ["A1", "'A1'"],
    ["XFD100", "'XFD100'"],
    ["R1C1", "'R1C1'"],
    ["TRUE", "'TRUE'"],
    ["Bà Rịa's", "'Bà Rịa''s'"],
    ["a-b", "'a-b'"],
  ])("%s → %s", (name, ref) => {
    expect(sheetRefName(name)).toBe(ref);
  });
  it("joins with the address", () => {
    expect(sheetReference("Đảng viên", "P5:P77")).toBe("'Đảng viên'!P5:P77");
    expect(sheetReference("Members", "P5")).toBe("Members!P5");
  });
});

describe("relationship targets", () => {
  it.each([
    ["xl/workbook.xml", "worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["xl/workbook.xml", "/xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["xl/workbook.xml", "../xl/ws/a.xml", "xl/ws/a.xml"],
    ["xl/workbook.xml", "./worksheets/./sheet%202.xml", "xl/worksheets/sheet 2.xml"],
    ["", "xl/workbook.xml", "xl/workbook.xml"],
  ])("%s + %s → %s", (owner, target, want) => {
    expect(resolveTarget(owner, target)).toBe(want);
  });
});

describe("sheet names from a workbook laid out as openpyxl writes it", () => {
  let dir: string;
  let ours: Buffer;
  const sample = generateSample({ members: 300, seed: 11 });
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "nq-names-"));
    const f = path.join(dir, "ours.xlsx");
    expect(await writeWorkbookFile(f, sample.sheets)).toEqual({ ok: true });
    ours = fs.readFileSync(f);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("the package really has worksheets before workbook.xml and absolute targets", () => {
    const bytes = openpyxlLayout(ours);
    const text = Buffer.from(bytes).toString("latin1");
    expect(text.indexOf("xl/worksheets/sheet1.xml")).toBeLessThan(text.indexOf("xl/workbook.xml"));
    const pkg = openPackage(bytes);
    expect(pkg.sheets.map((s) => s.name)).toEqual(sample.sheets.map((s) => s.name));
    expect(pkg.sheets.every((s) => s.path !== null)).toBe(true);
  });

  it("reads the real names in tab order, with the same values as our own layout", async () => {
    const a = await readWorkbookBuffer(ours, "ours.xlsx");
    const b = await readWorkbookBuffer(Buffer.from(openpyxlLayout(ours)), "openpyxl.xlsx");
    if (!a.ok || !b.ok) throw new Error("read failed");
    expect(b.workbook.sheets.map((s) => s.name)).toEqual(sample.sheets.map((s) => s.name));
    expect(b.workbook.sheets.map((s) => s.values)).toEqual(a.workbook.sheets.map((s) => s.values));
  });

  it("nq check names the sheets in every reference ('Đảng viên'!…), never Sheet1, Sheet2", async () => {
    const file = path.join(dir, "openpyxl.xlsx");
    fs.writeFileSync(file, openpyxlLayout(ours));
    let out = "";
    const io: CliIO = { out: (t) => void (out += t), err: () => undefined, isTTY: false, cwd: dir };
    const code = await main(["check", file, "--targets", RESOLUTION, "--json", "--out", path.join(dir, "o.xlsx")], io);
    expect([0, 1]).toContain(code);
    const json = JSON.parse(out) as { targets: { source: string | null }[]; issues: { sheet: string | null }[] };
    const sources = json.targets.map((t) => t.source ?? "").filter((s) => s.includes("!"));
    expect(sources.length).toBeGreaterThan(3);
    // every reference in a source names a real sheet, quoted
    expect(sources.filter((s) => !/(^|: )'(Đảng viên|Tổ chức|Đoàn thể)'!/.test(s))).toEqual([]);
    expect(out).not.toMatch(/Sheet\d/);
  });
});
