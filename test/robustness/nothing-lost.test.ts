import { existsSync, readdirSync, writeFileSync } from "fs";
import { join } from "path";
import { RESOLUTION, nq, sha256, tempDir, validWorkbook } from "./helpers";

// Nothing lost: no command ever changes the bytes of a file it was given, and an existing file is
// only replaced when the user says --force.

describe("input files keep their bytes (sha256) after every command", () => {
  let tmp: ReturnType<typeof tempDir>;
  let data: string;
  let resolution: string;
  beforeEach(async () => {
    tmp = tempDir();
    data = join(tmp.dir, "du-lieu.xlsx");
    resolution = join(tmp.dir, "nghi-quyet.txt");
    writeFileSync(data, await validWorkbook());
    writeFileSync(resolution, RESOLUTION, "utf8");
  });
  afterEach(() => tmp.cleanup());

  function hashes(): Record<string, string> {
    return { data: sha256(data), resolution: sha256(resolution) };
  }

  it("nq check (table, --json, --out, default output, twice with --force)", async () => {
    const before = hashes();
    const runs = [
      ["check", data, "--targets", resolution, "--out", join(tmp.dir, "a.xlsx")],
      ["check", data, "--targets", resolution, "--json", "--out", join(tmp.dir, "b.xlsx")],
      ["check", data, "--targets", resolution],
      ["check", data, "--targets", resolution, "--force"],
    ];
    for (const args of runs) {
      const r = await nq(args, tmp.dir);
      expect([0, 1]).toContain(r.code);
      expect(hashes()).toEqual(before);
    }
    expect(existsSync(join(tmp.dir, "du-lieu.kiem-tra.xlsx"))).toBe(true);
  });

  it("nq check refuses to write over its own input, even with --force", async () => {
    const before = hashes();
    for (const extra of [[], ["--force"]]) {
      const r = await nq(["check", data, "--targets", resolution, "--out", data, ...extra], tmp.dir);
      expect(r.code).toBe(2);
      expect(hashes()).toEqual(before);
    }
  });

  it("nq check does not replace an existing output without --force", async () => {
    const out = join(tmp.dir, "ket-qua.xlsx");
    writeFileSync(out, "kết quả cũ của người dùng");
    const old = sha256(out);
    const r = await nq(["check", data, "--targets", resolution, "--out", out], tmp.dir);
    expect(r.code).toBe(2);
    expect(sha256(out)).toBe(old);
  });

  it("nq targets (plain, --json)", async () => {
    const before = hashes();
    for (const extra of [[], ["--json"]]) {
      const r = await nq(["targets", resolution, ...extra], tmp.dir);
      expect(r.code).toBe(0);
      expect(hashes()).toEqual(before);
    }
  });

  it("nq template and nq sample never overwrite an existing workbook without --force", async () => {
    const before = hashes();
    for (const cmd of ["template", "sample"]) {
      const r = await nq([cmd, data], tmp.dir);
      expect(r.code).toBe(2);
      expect(hashes()).toEqual(before);
    }
  });

  it("nq template and nq sample write new files and leave the others alone", async () => {
    const before = hashes();
    const files = readdirSync(tmp.dir).sort();
    expect((await nq(["template", join(tmp.dir, "mau.xlsx")], tmp.dir)).code).toBe(0);
    expect((await nq(["sample", join(tmp.dir, "mau-du-lieu.xlsx"), "--members", "50"], tmp.dir)).code).toBe(0);
    expect(hashes()).toEqual(before);
    expect(readdirSync(tmp.dir).sort()).toEqual([...files, "mau-du-lieu.xlsx", "mau.xlsx"].sort());
  });
});
