import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { readWorkbookFile } from "../../src/xlsx";
import { readDataSet } from "../../src/core/data/read";
import { serialFromYMD } from "../../src/core/data/values";

jest.setTimeout(120_000);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "nq-cli-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function io(): CliIO & { stdout: string; stderr: string } {
  const o = { stdout: "", stderr: "", isTTY: false, cwd: dir, out: (t: string) => void (o.stdout += t), err: (t: string) => void (o.stderr += t) };
  return o;
}

describe("nq template / nq sample", () => {
  it("nq template OUT.xlsx writes the three sheets and refuses to overwrite without --force", async () => {
    const a = io();
    expect(await main(["template", "mau.xlsx"], a)).toBe(0);
    expect(a.stdout).toContain("mau.xlsx");
    const r = await readWorkbookFile(path.join(dir, "mau.xlsx"));
    expect(r.ok && r.workbook.sheets.map((s) => s.name)).toEqual(["Tổ chức", "Đảng viên", "Đoàn thể"]);
    const b = io();
    expect(await main(["template", "mau.xlsx"], b)).toBe(2);
    expect(b.stderr).toContain("--force");
    expect(await main(["template", "mau.xlsx", "--force"], io())).toBe(0);
    expect(await main(["template"], io())).toBe(2);
  });

  it("nq sample --dirty with too few members says so (exit 2, nothing written) instead of failing on a missing row", async () => {
    for (const n of ["120", "299"]) {
      const a = io();
      expect(await main(["sample", `nho-${n}.xlsx`, "--dirty", "--members", n], a)).toBe(2);
      expect(a.stderr).toContain("ít nhất 300 đảng viên");
      expect(a.stderr).toContain(`bạn chọn ${n}`);
      expect(a.stderr).not.toMatch(/Cannot read|TypeError|Lỗi không mong muốn/);
      expect(fs.existsSync(path.join(dir, `nho-${n}.xlsx`))).toBe(false);
    }
    const b = io();
    expect(await main(["sample", "du-300.xlsx", "--dirty", "--members", "300", "--seed", "3"], b)).toBe(0);
    expect(fs.existsSync(path.join(dir, "du-300.errors.json"))).toBe(true);
    expect(await main(["sample", "sach-120.xlsx", "--members", "120"], io())).toBe(0);
  });

  it("nq sample OUT.xlsx --dirty writes the workbook and OUT.errors.json, each error found at its cell", async () => {
    const a = io();
    expect(await main(["sample", "du-lieu.xlsx", "--dirty", "--seed", "7"], a)).toBe(0);
    const injected = JSON.parse(fs.readFileSync(path.join(dir, "du-lieu.errors.json"), "utf8")) as { code: string; sheet: string; cell: string }[];
    expect(injected.length).toBeGreaterThan(30);
    const r = await readWorkbookFile(path.join(dir, "du-lieu.xlsx"));
    if (!r.ok) throw new Error(r.message);
    const ds = readDataSet(r.workbook, { today: serialFromYMD(2026, 6, 30) as number });
    expect(injected.filter((e) => !ds.issues.some((i) => i.code === e.code && i.sheet === e.sheet && i.cell === e.cell))).toEqual([]);
  });

  it("nq sample --members N scales; bad arguments exit 2", async () => {
    expect(await main(["sample", "lon.xlsx", "--members", "5000"], io())).toBe(0);
    const r = await readWorkbookFile(path.join(dir, "lon.xlsx"));
    expect(r.ok && r.workbook.sheets[1].values.length).toBe(5004);
    const bad = io();
    expect(await main(["sample", "x.xlsx", "--members", "nhiều"], bad)).toBe(2);
    expect(bad.stderr).toContain("--members");
    expect(await main(["sample", "x.xlsx", "--bogus"], io())).toBe(2);
  });
});
