import { spawnSync } from "child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { join } from "path";
import { ISSUE_LIST_LIMIT } from "../../src/core/validation/sink";
import { readWorkbookFile } from "../../src/xlsx";
import { RESOLUTION, leaksInternals, sha256, tempDir } from "./helpers";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeAllWrong } = require("./all-wrong.js") as { writeAllWrong(out: string, rows: number): Promise<void> };

// Issue 13 item 1: the issue's workbook of 52,000 rows × 20 text cells, every checked cell wrong
// (572,002 issues), ran out of heap (exit 134 after 112 s, 4.8 GB). Now the first 10,000 issues are
// listed in full and the rest counted per code and column; the whole run stays under 1.5 GB.

const LIMIT_KB = 1.5 * 1024 * 1024;
const ROWS = 52_000;

describe("a workbook whose every row is wrong (52,000 × 20)", () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(async () => {
    tmp = tempDir();
    await writeAllWrong(join(tmp.dir, "all-wrong.xlsx"), ROWS);
    writeFileSync(join(tmp.dir, "nq.txt"), RESOLUTION, "utf8");
  }, 120_000);
  afterAll(() => tmp.cleanup());

  it("nq check --json: exit 1, every issue accounted for, peak memory under 1.5 GB, input unchanged", async () => {
    const input = join(tmp.dir, "all-wrong.xlsx");
    const before = sha256(input);
    const rssFile = join(tmp.dir, "rss");
    const run = spawnSync(process.execPath, [join(__dirname, "run-cli.js"), "check", "all-wrong.xlsx", "--targets", "nq.txt", "--json"], {
      cwd: tmp.dir,
      env: { ...process.env, NQ_RSS_FILE: rssFile },
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
      timeout: 600_000,
    });
    expect(run.error).toBeUndefined();
    expect(leaksInternals(run.stderr)).toBe(false);
    expect(run.status).toBe(1);
    const peakKb = Number(readFileSync(rssFile, "utf8"));
    expect(peakKb).toBeGreaterThan(0);
    expect(peakKb).toBeLessThan(LIMIT_KB);
    expect(sha256(input)).toBe(before);

    const json = JSON.parse(run.stdout) as { issues: { code: string }[]; issuesOmitted: { code: string; column: string | null; count: number }[] };
    const omitted = json.issuesOmitted.reduce((n, o) => n + o.count, 0);
    expect(json.issues.length).toBeLessThanOrEqual(ISSUE_LIST_LIMIT + 10);
    // 11 checked cells wrong per row + one ROWS_EXCLUDED (the issue's own file gave 572,002): nothing lost by the cap
    expect(json.issues.length + omitted).toBe(ROWS * 11 + 1);
    expect(json.issuesOmitted.find((o) => o.column === "Ngày sinh")?.count).toBeGreaterThan(50_000);
    expect(json.issues.some((i) => i.code === "ROWS_EXCLUDED")).toBe(true);

    // The result file: "Lỗi dữ liệu" lists the first 10,000 and then a row per code and column.
    const out = await readWorkbookFile(join(tmp.dir, "all-wrong.kiem-tra.xlsx"));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const issuesSheet = out.workbook.sheets.find((s) => s.name === "Lỗi dữ liệu");
    expect(issuesSheet).toBeDefined();
    const rows = issuesSheet!.values.length;
    expect(rows).toBeLessThan(ISSUE_LIST_LIMIT + json.issuesOmitted.length + 20);
    const intro = issuesSheet!.values.map((r) => r[0]).find((v): v is string => typeof v === "string" && /^Trên đây liệt kê/.test(v));
    expect(Number(/Còn ([\d.]+) vấn đề nữa/.exec(intro ?? "")?.[1].replace(/\./g, ""))).toBe(omitted);
    expect(readdirSync(tmp.dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(existsSync(join(tmp.dir, "all-wrong.kiem-tra.xlsx"))).toBe(true);
  }, 600_000);
});
