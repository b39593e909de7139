import * as fs from "fs";
import * as os from "os";
import * as path from "path";
// src/xlsx first: it fixes ExcelJS's UTF-8 decoding before ExcelJS is loaded.
import { readWorkbookFile, writeWorkbookFile } from "../../src/xlsx";
import ExcelJS from "exceljs";
import type { SheetModel } from "../../src/core/sheet/model";
import { containsTextFormula, needsListRange } from "../../src/xlsx/write";
import { mergeIntoPackage, openInputPackage } from "../../src/xlsx/merge";
import { editPackage, entries, sampleAndResultSheets } from "./merge-fixture";

jest.setTimeout(120_000);

type Via = "merge" | "exceljs-copy" | "exceljs" | "exceljs-stream";

let dir: string;
let input: string;
let sheets: SheetModel[];
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "nq-merge-"));
  const fx = sampleAndResultSheets();
  sheets = fx.sheets;
  input = p("input.xlsx");
  expect(await writeWorkbookFile(input, fx.sample.sheets)).toEqual({ ok: true });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const p = (name: string) => path.join(dir, name);

async function write(out: string, from: string, opts: { merge?: boolean } = {}): Promise<{ via: Via; reason?: string }> {
  let via: Via = "exceljs";
  let reason: string | undefined;
  const r = await writeWorkbookFile(out, sheets, { copyFrom: from, force: true, ...opts, onWritePath: (v, why) => ((via = v), (reason = why)) });
  expect(r).toEqual({ ok: true });
  return { via, reason };
}

async function full(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function values(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    out[n] = JSON.parse(JSON.stringify(row.values));
  });
  return out;
}

const EDITED = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"];

describe("zip-level merge of the result sheets into the input package", () => {
  let merged: string;
  beforeAll(async () => {
    merged = p("merged.xlsx");
    expect(await write(merged, input)).toEqual({ via: "merge", reason: undefined });
  });

  it("leaves every input part byte for byte, editing only workbook, its rels, content types and styles", async () => {
    const before = await entries(fs.readFileSync(input));
    const after = await entries(fs.readFileSync(merged));
    for (const [name, bytes] of before) {
      expect(after.has(name)).toBe(true);
      if (!EDITED.includes(name)) expect(after.get(name)!.equals(bytes)).toBe(true);
    }
    expect(after.size).toBeGreaterThan(before.size);
  });

  it("reads back (ExcelJS full reader) with the input's values unchanged and ours with values and styles", async () => {
    const a = await full(input);
    const b = await full(merged);
    a.eachSheet((ws) => expect(values(b.getWorksheet(ws.name)!)).toEqual(values(ws)));
    a.eachSheet((ws) => expect(b.getWorksheet(ws.name)!.getCell("A1").font).toEqual(ws.getCell("A1").font));
    const names: string[] = [];
    b.eachSheet((ws) => names.push(ws.name));
    expect(names).toEqual(["Tổ chức", "Đảng viên", "Đoàn thể", "Chỉ tiêu", "Tổng hợp", "Theo tổ chức", "Lỗi dữ liệu"]);

    const sum = b.getWorksheet("Tổng hợp")!;
    const model = sheets.find((s) => s.role === "summary")!;
    expect(sum.getCell("A5").value).toBe(model.values[4][0]);
    expect(sum.getCell("A5").font).toMatchObject({ bold: true, name: "Times New Roman" });
    expect(sum.getCell("A5").isMerged).toBe(true);
    expect(sum.getColumn(2).width).toBe(model.columns[1].width);
    expect(sum.getColumn(7).hidden).toBe(true);
    // A percent cell keeps its number format; a header cell its fill.
    let pct: ExcelJS.Cell | null = null;
    let filled: ExcelJS.Cell | null = null;
    sum.eachRow((row) =>
      row.eachCell((c) => {
        if (!pct && typeof c.value === "number" && /%/.test(c.numFmt ?? "")) pct = c;
        if (!filled && (c.fill as ExcelJS.FillPattern | undefined)?.pattern === "solid") filled = c;
      }),
    );
    expect(pct).not.toBeNull();
    expect(filled).not.toBeNull();
    const cfs = (sum as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae: string[]; style: { font?: { bold?: boolean } } }[] }[] }).conditionalFormattings;
    expect(cfs.length).toBe(5);
    expect(cfs[0].rules[0]).toMatchObject({ type: "expression", formulae: [expect.stringMatching(/^NOT\(ISERROR\(SEARCH\("✔",F\d+\)\)\)$/)] });
    expect(cfs[0].rules[0].style.font?.bold).toBe(true);
    expect(sum.pageSetup.printTitlesRow).toBe(model.page!.printTitleRows);

    const issues = b.getWorksheet("Lỗi dữ liệu")!;
    expect(Object.keys((issues as unknown as { tables: Record<string, unknown> }).tables)).toEqual(["NQ_LoiDuLieu"]);
    const targets = b.getWorksheet("Chỉ tiêu")!;
    const dv = (targets as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model;
    // The indicator list (over 255 characters) lives in a hidden column of the sheet itself.
    const ref = Object.values(dv).find((v) => v.type === "list" && /^\$[A-Z]+\$1:\$[A-Z]+\$\d+$/.test(v.formulae[0]))?.formulae[0];
    expect(ref).toBeDefined();
    const [, col, n] = /^\$([A-Z]+)\$1:\$[A-Z]+\$(\d+)$/.exec(ref as string) as RegExpExecArray;
    expect(targets.getColumn(col).hidden).toBe(true);
    expect(targets.getCell(`${col}${n}`).value).toEqual(expect.any(String));
  });

  it("reads back with readWorkbookFile: input grids unchanged, our sheets marked as own", async () => {
    const a = await readWorkbookFile(input);
    const b = await readWorkbookFile(merged);
    if (!a.ok || !b.ok) throw new Error("unreadable");
    for (const s of a.workbook.sheets) expect(b.workbook.sheets.find((x) => x.name === s.name)!.values).toEqual(s.values);
    expect(b.workbook.ownSheets).toEqual(["Chỉ tiêu", "Tổng hợp", "Theo tổ chức", "Lỗi dữ liệu"]);
    const sum = b.workbook.sheets.find((s) => s.name === "Tổng hợp")!;
    const model = sheets.find((s) => s.role === "summary")!;
    expect(sum.values.slice(0, 12)).toEqual(model.values.slice(0, 12).map((r) => r.map((v) => v ?? null)).map(trimRow));
  });

  it("hyperlinks to cells are location links without relationships", async () => {
    const e = await entries(fs.readFileSync(merged));
    const issuesXml = [...e.entries()].find(([n, x]) => /worksheets\/sheet\d+\.xml$/.test(n) && x.toString("utf8").includes("<hyperlink "))?.[1].toString("utf8");
    expect(issuesXml).toBeDefined();
    expect(issuesXml).toMatch(/<hyperlink [^>]*location="/);
    expect(issuesXml).not.toMatch(/<hyperlink [^>]*r:id=/);
  });

  it("a re-run on the output replaces our sheets and never duplicates them", async () => {
    const again = p("again.xlsx");
    const r = await write(again, merged);
    expect(r.via).toBe("exceljs-copy");
    expect(r.reason).toMatch(/own sheets/);
    const names: string[] = [];
    (await full(again)).eachSheet((ws) => names.push(ws.name));
    expect(names).toEqual(["Tổ chức", "Đảng viên", "Đoàn thể", "Chỉ tiêu", "Tổng hợp", "Theo tổ chức", "Lỗi dữ liệu"]);
    const back = await readWorkbookFile(again);
    expect(back.ok && back.workbook.ownSheets).toEqual(["Chỉ tiêu", "Tổng hợp", "Theo tổ chức", "Lỗi dữ liệu"]);
  });

  it("a re-run that keeps the targets sheet keeps its drop-down list column too", async () => {
    const out = p("keep.xlsx");
    const r = await writeWorkbookFile(out, sheets.filter((s) => s.role !== "targets"), { copyFrom: merged, force: true });
    expect(r).toEqual({ ok: true });
    const b = await full(out);
    const names: string[] = [];
    b.eachSheet((ws) => names.push(ws.name));
    expect(names.filter((n) => n.startsWith("Tổng hợp")).length).toBe(1);
    const targets = b.getWorksheet("Chỉ tiêu")!;
    const dv = (targets as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model;
    const ref = Object.values(dv).find((v) => v.type === "list" && /^\$[A-Z]+\$1:/.test(v.formulae[0]))!.formulae[0];
    const col = /^\$([A-Z]+)\$1/.exec(ref)![1];
    expect(targets.getCell(`${col}1`).value).toEqual(expect.any(String));
  });

  it("the merge gives the same values as the ExcelJS copy", async () => {
    const viaCopy = p("copy.xlsx");
    expect((await write(viaCopy, input, { merge: false })).via).toBe("exceljs-copy");
    const a = await readWorkbookFile(viaCopy);
    const b = await readWorkbookFile(merged);
    if (!a.ok || !b.ok) throw new Error("unreadable");
    // An empty text cell ("") may come back as "" or as nothing: both are empty to every reader.
    const norm = (rows: unknown[][]) => rows.map((r) => trimRow(r.map((v) => (v === "" ? null : v))));
    expect(b.workbook.sheets.map((s) => [s.name, norm(s.values)])).toEqual(a.workbook.sheets.map((s) => [s.name, norm(s.values)]));
  });
});

function trimRow(r: unknown[]): unknown[] {
  const out = [...r];
  while (out.length && (out[out.length - 1] === null || out[out.length - 1] === "")) out.pop();
  return out;
}

describe("merge edge cases", () => {
  it("a user's sheet named like ours gets a fresh name; tables named like ours are renamed", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Tổng hợp");
    ws.getCell("A1").value = "của người dùng";
    ws.getCell("B2").value = 0.5;
    ws.getCell("B2").numFmt = "0.000%";
    ws.addTable({ name: "NQ_LoiDuLieu", ref: "D1", headerRow: true, columns: [{ name: "x" }], rows: [[1]] });
    const file = path.join(dir, "clash.xlsx");
    await wb.xlsx.writeFile(file);
    const out = path.join(dir, "clash-out.xlsx");
    expect((await write(out, file)).via).toBe("merge");
    const b = await full(out);
    expect(b.getWorksheet("Tổng hợp")!.getCell("A1").value).toBe("của người dùng");
    expect(b.getWorksheet("Tổng hợp")!.getCell("B2").numFmt).toBe("0.000%");
    expect(b.getWorksheet("Tổng hợp (2)")).toBeDefined();
    const tables = (n: string) => Object.keys((b.getWorksheet(n) as unknown as { tables: Record<string, unknown> }).tables);
    expect(tables("Tổng hợp")).toEqual(["NQ_LoiDuLieu"]);
    expect(tables("Lỗi dữ liệu")).toEqual(["NQ_LoiDuLieu_2"]);
    const back = await readWorkbookFile(out);
    expect(back.ok && back.workbook.ownSheets).toContain("Tổng hợp (2)");
    expect(back.ok && back.workbook.ownSheets).not.toContain("Tổng hợp");
  });

  it("inserts numFmts and dxfs sections in schema order when the input has none", async () => {
    const plain = await editPackage(fs.readFileSync(input), (parts) => {
      const s = parts.get("xl/styles.xml")!;
      parts.set("xl/styles.xml", s.replace(/<numFmts[\s\S]*?<\/numFmts>/, "").replace(/<dxfs[^>]*\/>|<dxfs[\s\S]*?<\/dxfs>/, ""));
    });
    const pkg = await openInputPackage(plain);
    if ("cannot" in pkg) throw new Error(pkg.cannot);
    const ours = new ExcelJS.Workbook();
    const ws = ours.addWorksheet("Kết quả");
    ws.getCell("A1").value = 0.25;
    ws.getCell("A1").numFmt = "0.0%";
    ws.addConditionalFormatting({ ref: "A1:A3", rules: [{ type: "expression", priority: 1, formulae: ["A1>0"], style: { font: { bold: true } } }] });
    const r = await mergeIntoPackage(pkg, Buffer.from(await ours.xlsx.writeBuffer()));
    if (!r.ok) throw new Error(r.reason);
    const styles = (await entries(r.data)).get("xl/styles.xml")!.toString("utf8");
    const order = ["<numFmts", "<fonts", "<fills", "<borders", "<cellStyleXfs", "<cellXfs", "<dxfs"].map((t) => styles.indexOf(t));
    expect(order.every((x) => x >= 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    const file = path.join(dir, "plain-out.xlsx");
    fs.writeFileSync(file, r.data);
    const b = await full(file);
    expect(b.getWorksheet("Kết quả")!.getCell("A1").numFmt).toBe("0.0%");
  });

  it("keeps the input's custom number formats and gives ours fresh ids", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Dữ liệu");
    const fmts = ["0.000", '#,##0" đ"', "dd/mm/yyyy hh:mm"];
    fmts.forEach((f, i) => {
      ws.getCell(1, i + 1).value = 1234.5;
      ws.getCell(1, i + 1).numFmt = f;
    });
    const file = path.join(dir, "fmts.xlsx");
    await wb.xlsx.writeFile(file);
    const out = path.join(dir, "fmts-out.xlsx");
    expect((await write(out, file)).via).toBe("merge");
    const b = await full(out);
    fmts.forEach((f, i) => expect(b.getWorksheet("Dữ liệu")!.getCell(1, i + 1).numFmt).toBe(f));
    const styles = (await entries(fs.readFileSync(out))).get("xl/styles.xml")!.toString("utf8");
    const ids = [...styles.matchAll(/<numFmt numFmtId="(\d+)"/g)].map((m) => Number(m[1]));
    expect(new Set(ids).size).toBe(ids.length);
    const back = await readWorkbookFile(out);
    const sum = back.ok ? back.workbook.sheets.find((s) => s.name === "Tổng hợp") : undefined;
    expect(sum?.numberFormats?.some((row) => row?.some((f) => f && /%/.test(f)))).toBe(true);
  });

  it.each([
    ["own sheets to replace (a re-run)", (x: Map<string, string>) => x.set("xl/workbook.xml", x.get("xl/workbook.xml")!.replace("</sheets>", '</sheets><definedNames><definedName name="_NQ_OWN_summary">\'Tổ chức\'!$A$1</definedName></definedNames>')), /own sheets/],
    ["a prefixed workbook part", (x: Map<string, string>) => x.set("xl/workbook.xml", x.get("xl/workbook.xml")!.replace(/<(\/?)workbook\b/g, "<$1x:workbook").replace('xmlns="', 'xmlns:x="')), /namespace/],
    ["strict OOXML", (x: Map<string, string>) => x.set("_rels/.rels", x.get("_rels/.rels")!.replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument")), /strict/],
    ["a protected structure", (x: Map<string, string>) => x.set("xl/workbook.xml", x.get("xl/workbook.xml")!.replace("<sheets>", '<workbookProtection lockStructure="1"/><sheets>')), /protected/],
  ])("cannot merge: %s", async (_what, edit, reason) => {
    const odd = await editPackage(fs.readFileSync(input), edit);
    const pkg = await openInputPackage(odd);
    expect("cannot" in pkg && pkg.cannot).toMatch(reason);
  });

  it("cannot merge without a styles part, and writeWorkbookFile then falls back", async () => {
    const odd = await editPackage(
      fs.readFileSync(input),
      (x) => x.set("xl/_rels/workbook.xml.rels", x.get("xl/_rels/workbook.xml.rels")!.replace(/<Relationship [^>]*styles"[^>]*\/>/, "")),
      ["xl/styles.xml"],
    );
    const file = path.join(dir, "nostyles.xlsx");
    fs.writeFileSync(file, odd);
    let via = "";
    let why = "";
    await writeWorkbookFile(path.join(dir, "nostyles-out.xlsx"), sheets, { copyFrom: file, force: true, onWritePath: (v, r) => ((via = v), (why = r ?? "")) });
    expect(via).toBe("exceljs-copy");
    expect(why).toMatch(/styles/);
  });

  it("never writes the input file", async () => {
    const before = fs.readFileSync(input);
    await write(path.join(dir, "x.xlsx"), input);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });
});

describe("conditional formats and long drop-down lists", () => {
  it("writes 'contains text' as an expression relative to the range's top-left cell", () => {
    expect(containsTextFormula("F9:F29", "✔")).toBe('NOT(ISERROR(SEARCH("✔",F9)))');
    expect(containsTextFormula("$B$5:$B$9 D5:D9", 'a"b')).toBe('NOT(ISERROR(SEARCH("a""b",B5)))');
  });

  it("lists over 255 characters (or with a comma in a value) go to hidden columns of their sheet", async () => {
    expect(needsListRange(["a", "b"])).toBe(false);
    expect(needsListRange(["x".repeat(200), "y".repeat(60)])).toBe(true);
    expect(needsListRange(["1,5", "2"])).toBe(true);
    const long = Array.from({ length: 60 }, (_, i) => `chỉ.số.${i}`);
    const model: SheetModel = {
      name: "Chỉ tiêu",
      role: "targets",
      values: [["A"]],
      styles: {},
      styleIds: [[null]],
      merges: [],
      columns: [{ width: 10 }],
      validations: [
        { range: "A2:A9", type: "list", values: long },
        { range: "B2:B9", type: "list", values: ["có", "không"] },
        { range: "C2:C9", type: "list", values: ["1,5", "2"] },
      ],
    };
    const file = path.join(dir, "lists.xlsx");
    expect(await writeWorkbookFile(file, [model], { force: true })).toEqual({ ok: true });
    const b = await full(file);
    const dv = (b.getWorksheet("Chỉ tiêu") as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }).dataValidations.model;
    // Content is column A; column B stays blank; the lists go to C and D, hidden.
    expect(dv["A2"].formulae[0]).toBe("$C$1:$C$60");
    expect(dv["B2"].formulae[0]).toBe('"có,không"');
    expect(dv["C2"].formulae[0]).toBe("$D$1:$D$2");
    const ws = b.getWorksheet("Chỉ tiêu")!;
    expect(ws.getCell("C60").value).toBe("chỉ.số.59");
    expect(ws.getCell("D1").value).toBe("1,5");
    expect(ws.getColumn("C").hidden).toBe(true);
    expect(ws.getColumn("D").hidden).toBe(true);
    expect(ws.getColumn("B").hidden).toBeFalsy();
    const back = await readWorkbookFile(file);
    expect(back.ok && back.workbook.ownSheets).toEqual(["Chỉ tiêu"]);
    expect(b.worksheets.length).toBe(1);
  });
});
