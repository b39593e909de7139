import { existsSync, writeFileSync } from "fs";
import { join } from "path";
import { inflateSync } from "fflate";
import { readWorkbookBuffer } from "../../src/xlsx";
import { ZIP_LIMITS } from "../../src/xlsx/zip";
import { bombWorkbook, deflatedSpaces, SHEET_HEAD, SHEET_TAIL } from "./bomb";
import { RESOLUTION, leaksInternals, looksVietnamese, nq, sha256, tempDir } from "./helpers";

jest.setTimeout(60_000);

const GB = 1024 ** 3;
const MB = 1024 ** 2;

/** Bytes held by this process beyond what it held before `fn` (heap + array buffers), at their peak. */
async function extraMemory(fn: () => Promise<unknown>): Promise<number> {
  const now = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const before = now();
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, now())), 5);
  try {
    await fn();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, now()) - before;
}

describe("the hand-made bomb is real", () => {
  it("inflates to exactly the text it stands for (1 MB of spaces in 6.5 KB)", () => {
    const spaces = MB;
    const z = deflatedSpaces(SHEET_HEAD, spaces, SHEET_TAIL);
    expect(z.length).toBeLessThan(spaces / 150);
    const text = new TextDecoder().decode(inflateSync(z));
    expect(text).toBe(SHEET_HEAD + " ".repeat(spaces) + SHEET_TAIL);
  });
});

describe("zip bombs are refused before they are inflated (issue 13.2)", () => {
  // 1.1 GB of sheet XML in a 7 MB file; declared honestly, so the central directory alone refuses it.
  const honest = bombWorkbook(1.1 * GB);
  // The same sheet declaring 4 KB: refused as soon as the inflated bytes pass what it declared.
  const liar = bombWorkbook(1.1 * GB, 4096);
  // 40 MB at ≈ 160:1, under the size limits but past the ratio limit.
  const dense = bombWorkbook(40 * MB);

  it("the files are small on disk", () => {
    expect(honest.length).toBeLessThan(8 * MB);
    expect(dense.length).toBeLessThan(0.5 * MB);
    expect(ZIP_LIMITS.entryBytes).toBeLessThan(1.1 * GB);
  });

  it.each([
    ["declared 1.1 GB (past the per-part limit)", honest, /"xl\/worksheets\/sheet1\.xml" khi giải nén vượt 1 GB/],
    ["declared 4 KB, inflating to 1.1 GB (sizes lie)", liar, /nhiều hơn kích thước ghi trong tệp \(4\.096 byte\)/],
    ["40 MB at a ratio of ≈ 160:1 (past the ratio limit)", dense, /tỷ lệ vượt 100:1/],
  ])("%s → refused with a sentence from the table, without allocating it", async (_label, bytes, why) => {
    let result: Awaited<ReturnType<typeof readWorkbookBuffer>> | null = null;
    const extra = await extraMemory(async () => {
      result = await readWorkbookBuffer(Buffer.from(bytes), "bom.xlsx");
    });
    const r = result as unknown as Awaited<ReturnType<typeof readWorkbookBuffer>>;
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe("too-big");
    expect(r.message).toMatch(/^Không đọc tệp "bom\.xlsx": /);
    expect(r.message).toMatch(why);
    expect(r.message).toContain("bom nén");
    expect(extra).toBeLessThan(64 * MB);
  });

  it("nq check: exit 2, the Vietnamese sentence, input unchanged, no output file", async () => {
    const tmp = tempDir();
    try {
      writeFileSync(join(tmp.dir, "nq.txt"), RESOLUTION, "utf8");
      for (const [name, bytes] of [["honest.xlsx", honest], ["liar.xlsx", liar]] as const) {
        const input = join(tmp.dir, name);
        writeFileSync(input, bytes);
        const before = sha256(input);
        const out = join(tmp.dir, `out-${name}`);
        const r = await nq(["check", input, "--targets", join(tmp.dir, "nq.txt"), "--out", out], tmp.dir);
        expect(r.code).toBe(2);
        expect(looksVietnamese(r.err)).toBe(true);
        expect(r.err).toContain("bom nén");
        expect(leaksInternals(r.err)).toBe(false);
        expect(existsSync(out)).toBe(false);
        expect(sha256(input)).toBe(before);
      }
    } finally {
      tmp.cleanup();
    }
  });
});
