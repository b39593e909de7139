import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { generateSample } from "../../src/core/sample";
import { readWorkbookFile, writeWorkbookFile, type ReadResult } from "../../src/xlsx";
import { readWorkbookBytes } from "../../src/xlsx/bytes-read";

// Files written by other programs (issue 17.2): openpyxl (Debian's python3-openpyxl) puts the worksheets
// before workbook.xml with absolute targets; LibreOffice writes its own package. The sheet names must
// come out right and every reference in the result must name them as Excel does ('Đảng viên'!P5).

jest.setTimeout(240_000);

const PY = ["/usr/bin/python3", "python3"].find((p) => spawnSync(p, ["-c", "import openpyxl"]).status === 0) ?? null;
const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
if (!PY) console.log("other-writers.test.ts: openpyxl tests skipped (apt-get install python3-openpyxl)");
if (!hasSoffice) console.log("other-writers.test.ts: LibreOffice tests skipped (soffice not installed)");
const RESOLUTION = path.join(__dirname, "..", "..", "samples", "resolution", "nghi-quyet-mau.txt");

async function checkJson(file: string, dir: string): Promise<{ code: number; sources: string[]; out: string }> {
  let out = "";
  const io: CliIO = { out: (t) => void (out += t), err: () => undefined, isTTY: false, cwd: dir };
  const code = await main(["check", file, "--targets", RESOLUTION, "--json", "--out", path.join(dir, `o-${path.basename(file)}`), "--force"], io);
  const json = JSON.parse(out) as { targets: { source: string | null }[] };
  return { code, out, sources: json.targets.map((t) => t.source ?? "").filter((s) => s.includes("!")) };
}

/** The task pane's reader (no ExcelJS) on the same file: the same sheets and values as the command line's. */
async function expectPaneReadsTheSame(file: string, cli: ReadResult): Promise<void> {
  const pane = await readWorkbookBytes(new Uint8Array(fs.readFileSync(file)), path.basename(file));
  const values = (r: ReadResult) => (r.ok ? r.workbook.sheets.map((s) => [s.name, s.values.map((row) => row.map((v) => (v === "" ? null : v)))]) : r);
  expect(values(pane)).toEqual(values(cli));
}

/** The sheet names a reference may use, quoted as Excel does. */
const QUOTED = /(^|: )'(Đảng viên|Tổ chức|Đoàn thể)'!/;

describe("workbooks from other writers", () => {
  let dir: string;
  const sample = generateSample({ members: 400, seed: 3 });
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "nq-writers-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  (PY ? it : it.skip)("openpyxl: the real sheet names in tab order, the values, quoted references", async () => {
    // The sample's grids, dates as dates, written by openpyxl itself.
    const data = sample.sheets.map((s) => ({ name: s.name, rows: s.values.map((r) => r.map((v) => (v instanceof Date ? { d: v.toISOString().slice(0, 10) } : v))) }));
    const json = path.join(dir, "sample.json");
    fs.writeFileSync(json, JSON.stringify(data));
    const file = path.join(dir, "openpyxl.xlsx");
    const script = [
      "import json, sys, datetime, openpyxl",
      "wb = openpyxl.Workbook(); wb.remove(wb.active)",
      "for s in json.load(open(sys.argv[1], encoding='utf-8')):",
      "  ws = wb.create_sheet(s['name'])",
      "  for r in s['rows']:",
      "    ws.append([datetime.datetime.strptime(v['d'], '%Y-%m-%d') if isinstance(v, dict) else v for v in r])",
      "wb.save(sys.argv[2])",
    ].join("\n");
    execFileSync(PY as string, ["-c", script, json, file], { stdio: "pipe" });
    const text = fs.readFileSync(file).toString("latin1");
    expect(text.indexOf("xl/worksheets/sheet1.xml")).toBeLessThan(text.indexOf("xl/workbook.xml")); // openpyxl's order
    const r = await readWorkbookFile(file);
    if (!r.ok) throw new Error(r.message);
    expect(r.workbook.sheets.map((s) => s.name)).toEqual(sample.sheets.map((s) => s.name));
    const members = r.workbook.sheets[1];
    expect(members.values.length).toBe(sample.sheets[1].values.length);
    await expectPaneReadsTheSame(file, r);
    const c = await checkJson(file, dir);
    expect([0, 1]).toContain(c.code);
    expect(c.sources.length).toBeGreaterThan(3);
    expect(c.sources.filter((s) => !QUOTED.test(s))).toEqual([]);
    expect(c.out).not.toMatch(/Sheet\d/);
  });

  (hasSoffice ? it : it.skip)("LibreOffice (soffice --convert-to xlsx): the same names, values and references", async () => {
    const ours = path.join(dir, "ours.xlsx");
    expect(await writeWorkbookFile(ours, sample.sheets)).toEqual({ ok: true });
    const outDir = path.join(dir, "lo");
    execFileSync("soffice", [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--convert-to", "xlsx", "--outdir", outDir, ours], { stdio: "pipe", timeout: 180_000 });
    const file = path.join(outDir, "ours.xlsx");
    const [a, b] = [await readWorkbookFile(ours), await readWorkbookFile(file)];
    if (!a.ok || !b.ok) throw new Error("read failed");
    expect(b.workbook.sheets.map((s) => s.name)).toEqual(a.workbook.sheets.map((s) => s.name));
    await expectPaneReadsTheSame(file, b);
    const text = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v === "" ? null : v);
    const rows = (g: typeof a.workbook) => g.sheets[1].values.slice(0, 50).map((r) => r.map(text).filter((v) => v !== null));
    expect(rows(b.workbook)).toEqual(rows(a.workbook));
    const c = await checkJson(file, dir);
    expect(c.sources.filter((s) => !QUOTED.test(s))).toEqual([]);
    expect(c.sources.length).toBeGreaterThan(3);
  });
});
