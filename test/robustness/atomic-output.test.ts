import * as fs from "fs";
import { join } from "path";
import { writeWorkbookFile, STREAM_CELLS } from "../../src/xlsx";
import type { SheetModel } from "../../src/core/sheet/model";
import { RESOLUTION, nq, sha256, tempDir, validWorkbook } from "./helpers";

// Output files are written atomically: a writer failure injected mid-write (disk full) or at the final
// rename leaves no partial file, no temporary file, and an older output file byte-for-byte intact.

function sheet(rows: number, columns = 4): SheetModel {
  const values = [Array.from({ length: columns }, (_, c) => `Cột ${c + 1}`), ...Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => (c === 0 ? `Dòng ${r + 1}` : r * columns + c)))];
  return { name: "Tổng hợp", role: "summary", values, styles: {}, styleIds: values.map((r) => r.map(() => null)), merges: [], columns: values[0].map(() => ({ width: 12 })) } as unknown as SheetModel;
}

/** Every file write stream fails with ENOSPC once `after` bytes have gone to disk (the lowest JS write hooks). */
function diskFullAfter(after: number): jest.SpyInstance {
  const proto = fs.WriteStream.prototype as unknown as {
    _write(chunk: Buffer, enc: string, cb: (e?: Error | null) => void): void;
    _writev(chunks: { chunk: Buffer }[], cb: (e?: Error | null) => void): void;
  };
  const realWrite = proto._write;
  const realWritev = proto._writev;
  let written = 0;
  const full = () => Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
  jest.spyOn(proto, "_writev").mockImplementation(function (this: unknown, chunks, cb) {
    written += chunks.reduce((n, c) => n + c.chunk.length, 0);
    if (written > after) return cb(full());
    return realWritev.call(this, chunks, cb);
  });
  return jest.spyOn(proto, "_write").mockImplementation(function (this: unknown, chunk, enc, cb) {
    written += chunk.length;
    if (written > after) return cb(full());
    return realWrite.call(this, chunk, enc, cb);
  });
}

function filesIn(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

describe("writeWorkbookFile is atomic", () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => {
    jest.restoreAllMocks();
    tmp.cleanup();
  });

  it("the rule can fail: without a failure the file is written and no temporary file is left", async () => {
    const out = join(tmp.dir, "ket-qua.xlsx");
    expect(await writeWorkbookFile(out, [sheet(20)])).toEqual({ ok: true });
    expect(filesIn(tmp.dir)).toEqual(["ket-qua.xlsx"]);
    expect(fs.readFileSync(out).subarray(0, 2).toString("latin1")).toBe("PK");
  });

  it.each([
    ["a new file", false],
    ["over an old file (--force)", true],
  ])("disk full mid-write, %s: no partial file, old file intact, no temp file", async (_label, old) => {
    const out = join(tmp.dir, "ket-qua.xlsx");
    if (old) fs.writeFileSync(out, "kết quả cũ");
    const before = old ? sha256(out) : null;
    diskFullAfter(3000);
    const r = await writeWorkbookFile(out, [sheet(2000)], { force: true });
    expect(r.ok).toBe(false);
    if (old) expect(sha256(out)).toBe(before);
    else expect(fs.existsSync(out)).toBe(false);
    expect(filesIn(tmp.dir)).toEqual(old ? ["ket-qua.xlsx"] : []);
  });

  it("disk full mid-write on the streaming path (large sheets)", async () => {
    const out = join(tmp.dir, "lon.xlsx");
    fs.writeFileSync(out, "kết quả cũ");
    const before = sha256(out);
    const rows = Math.ceil(STREAM_CELLS / 4) + 10;
    diskFullAfter(50_000);
    const r = await writeWorkbookFile(out, [sheet(rows)], { force: true });
    expect(r.ok).toBe(false);
    expect(sha256(out)).toBe(before);
    expect(filesIn(tmp.dir)).toEqual(["lon.xlsx"]);
  }, 30_000);

  it("the final rename fails: old file intact, temp file removed", async () => {
    const out = join(tmp.dir, "ket-qua.xlsx");
    fs.writeFileSync(out, "kết quả cũ");
    const before = sha256(out);
    const spy = jest.spyOn(fs.promises, "rename").mockRejectedValue(Object.assign(new Error("EBUSY: resource busy or locked"), { code: "EBUSY" }));
    const r = await writeWorkbookFile(out, [sheet(20)], { force: true });
    expect(spy).toHaveBeenCalled();
    expect(r.ok).toBe(false);
    expect(sha256(out)).toBe(before);
    expect(filesIn(tmp.dir)).toEqual(["ket-qua.xlsx"]);
  });
});

describe("nq check when the output cannot be written", () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => {
    jest.restoreAllMocks();
    tmp.cleanup();
  });

  it("exit 2 with a Vietnamese sentence; input and the old output intact; no temp file", async () => {
    const data = join(tmp.dir, "du-lieu.xlsx");
    const res = join(tmp.dir, "nq.txt");
    const out = join(tmp.dir, "ket-qua.xlsx");
    fs.writeFileSync(data, await validWorkbook());
    fs.writeFileSync(res, RESOLUTION, "utf8");
    fs.writeFileSync(out, "kết quả cũ");
    const hashes = [sha256(data), sha256(res), sha256(out)];
    diskFullAfter(3000);
    const r = await nq(["check", data, "--targets", res, "--out", out, "--force"], tmp.dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/ghi|lưu/i);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect([sha256(data), sha256(res), sha256(out)]).toEqual(hashes);
    expect(filesIn(tmp.dir)).toEqual(["du-lieu.xlsx", "ket-qua.xlsx", "nq.txt"]);
  });
});
