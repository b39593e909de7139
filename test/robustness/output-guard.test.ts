import * as fs from "fs";
import { join } from "path";
import { commitOutput, refuseOutput, sameFile, writeWorkbookFile } from "../../src/xlsx";
import type { SheetModel } from "../../src/core/sheet/model";
import { t } from "../../src/core/i18n/messages";
import { RESOLUTION, nq, sha256, tempDir, validWorkbook } from "./helpers";

// Issue 13 items 4 and 5: the input is compared by real path and by device + inode (a symbolic link, a hard
// link, a folder reached through a link are the same file), and "create only if absent" is atomic: of two
// runs writing the same new file at once, one wins and the other is told; the temporary file is fsynced.

function sheet(): SheetModel {
  const values = [["Cột 1", "Cột 2"], ["a", 1]];
  return { name: "Tổng hợp", role: "summary", values, styles: {}, styleIds: values.map((r) => r.map(() => null)), merges: [], columns: [{ width: 12 }, { width: 12 }] } as unknown as SheetModel;
}

describe("the input is never the output, by real path and inode", () => {
  let tmp: ReturnType<typeof tempDir>;
  let data: string;
  let resolution: string;
  beforeEach(async () => {
    tmp = tempDir();
    data = join(tmp.dir, "data.xlsx");
    resolution = join(tmp.dir, "nghi-quyet.txt");
    fs.writeFileSync(data, await validWorkbook());
    fs.writeFileSync(resolution, RESOLUTION, "utf8");
  });
  afterEach(() => tmp.cleanup());

  it("the rule can fail: two different files are not the same", () => {
    expect(sameFile(data, resolution)).toBe(false);
    expect(sameFile(data, join(tmp.dir, "new.xlsx"))).toBe(false);
  });

  it("ln -s data.xlsx l.xlsx; nq check l.xlsx --out data.xlsx --force leaves data.xlsx as it was (the issue's case)", async () => {
    fs.symlinkSync("data.xlsx", join(tmp.dir, "l.xlsx"));
    const before = sha256(data);
    const r = await nq(["check", "l.xlsx", "--targets", resolution, "--out", "data.xlsx", "--force"], tmp.dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain(t("data.output.same-as-input", "vi", { file: "data.xlsx", input: "l.xlsx" }));
    expect(sha256(data)).toBe(before);
    expect(fs.lstatSync(join(tmp.dir, "l.xlsx")).isSymbolicLink()).toBe(true);
  });

  it.each([
    ["an output that is a symbolic link to the input", () => fs.symlinkSync("data.xlsx", join(tmp.dir, "out.xlsx")), "out.xlsx"],
    ["an output that is a hard link to the input", () => fs.linkSync(data, join(tmp.dir, "out.xlsx")), "out.xlsx"],
    ["the input reached through a linked folder", () => fs.symlinkSync(".", join(tmp.dir, "again")), "again/data.xlsx"],
    ["the input named with ./ and ..", () => fs.mkdirSync(join(tmp.dir, "sub")), "sub/../data.xlsx"],
    ["the resolution file given with --targets", () => undefined, "nghi-quyet.txt"],
  ])("refused even with --force: %s", async (_label, arrange, out) => {
    arrange();
    const before = [sha256(data), sha256(resolution)];
    const r = await nq(["check", "data.xlsx", "--targets", "nghi-quyet.txt", "--out", out, "--force"], tmp.dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/đó chính là tệp đầu vào/);
    expect([sha256(data), sha256(resolution)]).toEqual(before);
  });

  it("writeWorkbookFile itself refuses a linked copyFrom or a protected file (the guard the merge calls)", async () => {
    fs.symlinkSync("data.xlsx", join(tmp.dir, "l.xlsx"));
    const before = sha256(data);
    const viaLink = await writeWorkbookFile(data, [sheet()], { copyFrom: join(tmp.dir, "l.xlsx"), force: true });
    expect(viaLink.ok).toBe(false);
    const protectedOne = await writeWorkbookFile(join(tmp.dir, "l.xlsx"), [sheet()], { protect: [data], force: true });
    expect(protectedOne.ok).toBe(false);
    expect(sha256(data)).toBe(before);
    expect(refuseOutput(join(tmp.dir, "other.xlsx"), [data], true)).toBeNull();
  });

  it("template and sample: a dangling link, a folder, a missing folder are refused with a sentence", async () => {
    fs.symlinkSync("nowhere.xlsx", join(tmp.dir, "dangling.xlsx"));
    fs.mkdirSync(join(tmp.dir, "folder.xlsx"));
    for (const cmd of ["template", "sample"]) {
      const dangling = await nq([cmd, "dangling.xlsx"], tmp.dir);
      expect(dangling.code).toBe(2);
      expect(dangling.err).toContain(t("data.output.exists", "vi", { file: "dangling.xlsx" }));
      const folder = await nq([cmd, "folder.xlsx", "--force"], tmp.dir);
      expect(folder.code).toBe(2);
      expect(folder.err).toContain(t("data.output.is-directory", "vi", { file: "folder.xlsx" }));
      const missing = await nq([cmd, "no/such/folder/x.xlsx"], tmp.dir);
      expect(missing.code).toBe(2);
      expect(missing.err).toMatch(/Không có thư mục/);
    }
    expect(fs.readlinkSync(join(tmp.dir, "dangling.xlsx"))).toBe("nowhere.xlsx");
    expect(fs.existsSync(join(tmp.dir, "nowhere.xlsx"))).toBe(false);
  });

  it("sample --dirty never writes its error list over the workbook (hard link)", async () => {
    fs.writeFileSync(join(tmp.dir, "s.xlsx"), "cũ");
    fs.linkSync(join(tmp.dir, "s.xlsx"), join(tmp.dir, "s.errors.json"));
    const before = sha256(join(tmp.dir, "s.xlsx"));
    const r = await nq(["sample", "s.xlsx", "--dirty", "--members", "20", "--force"], tmp.dir);
    expect(r.code).toBe(2);
    expect(sha256(join(tmp.dir, "s.xlsx"))).toBe(before);
  });
});

describe("create only if absent is atomic", () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => {
    jest.restoreAllMocks();
    tmp.cleanup();
  });

  it("two writes of the same new file at once: one succeeds, the other is told, no temporary file is left", async () => {
    const out = join(tmp.dir, "ket-qua.xlsx");
    const results = await Promise.all([writeWorkbookFile(out, [sheet()]), writeWorkbookFile(out, [sheet()])]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok) as { ok: false; message: string };
    expect(loser.message).toBe(t("data.output.exists", "vi", { file: "ket-qua.xlsx" }));
    expect(fs.readdirSync(tmp.dir)).toEqual(["ket-qua.xlsx"]);
  });

  it("two nq check runs with the same --out at once: exactly one reports success (the issue's case)", async () => {
    fs.writeFileSync(join(tmp.dir, "data.xlsx"), await validWorkbook());
    fs.writeFileSync(join(tmp.dir, "nq.txt"), RESOLUTION, "utf8");
    const args = ["check", "data.xlsx", "--targets", "nq.txt", "--out", "out.xlsx"];
    const runs = await Promise.all([nq(args, tmp.dir), nq(args, tmp.dir)]);
    const codes = runs.map((r) => r.code).sort();
    expect(codes[1]).toBe(2);
    expect([0, 1]).toContain(codes[0]);
    expect(runs.find((r) => r.code === 2)?.err).toMatch(/đã có/);
    expect(fs.readdirSync(tmp.dir).sort()).toEqual(["data.xlsx", "nq.txt", "out.xlsx"]);
  }, 30_000);

  it("a file created by someone else between the check and the end is not replaced", async () => {
    const out = join(tmp.dir, "ket-qua.xlsx");
    const tmpFile = join(tmp.dir, ".partial.tmp");
    fs.writeFileSync(tmpFile, "mới");
    fs.writeFileSync(out, "của người khác");
    const r = await commitOutput(tmpFile, out, { force: false, inputs: [] });
    expect(r?.code).toBe("exists");
    expect(fs.readFileSync(out, "utf8")).toBe("của người khác");
    expect(fs.existsSync(tmpFile)).toBe(false);
  });

  it.each(["EPERM", "ENOTSUP"])("a disk without hard links (%s): exclusive create instead, still refuses an existing file", async (code) => {
    jest.spyOn(fs.promises, "link").mockRejectedValue(Object.assign(new Error(code), { code }));
    const out = join(tmp.dir, "ket-qua.xlsx");
    expect(await writeWorkbookFile(out, [sheet()])).toEqual({ ok: true });
    expect(fs.readFileSync(out).subarray(0, 2).toString("latin1")).toBe("PK");
    const tmpFile = join(tmp.dir, ".again.tmp");
    fs.writeFileSync(tmpFile, "mới");
    const before = sha256(out);
    expect((await commitOutput(tmpFile, out, { force: false, inputs: [] }))?.code).toBe("exists");
    expect(sha256(out)).toBe(before);
    expect(fs.readdirSync(tmp.dir)).toEqual(["ket-qua.xlsx"]);
  });

  it("the temporary file is fsynced before it is put in place", async () => {
    const probe = await fs.promises.open(join(tmp.dir, "probe"), "w");
    const proto = Object.getPrototypeOf(probe) as { sync(): Promise<void> };
    await probe.close();
    const order: string[] = [];
    const realSync = proto.sync;
    jest.spyOn(proto, "sync").mockImplementation(function (this: unknown) {
      order.push("sync");
      return realSync.call(this);
    });
    const realLink = fs.promises.link;
    jest.spyOn(fs.promises, "link").mockImplementation((a, b) => {
      order.push("link");
      return realLink(a, b);
    });
    expect(await writeWorkbookFile(join(tmp.dir, "ket-qua.xlsx"), [sheet()])).toEqual({ ok: true });
    expect(order.slice(0, 2)).toEqual(["sync", "link"]);
  });
});
