import * as fs from "fs";
import * as path from "path";
import { SHARED } from "./golden";

// The seeds and golden targets are copied into test/fixtures so that a clean clone has them. When the
// team's originals are beside the repository (../shared), the copies must be byte-identical.
const ORIGINALS = path.resolve(__dirname, "../../../../shared");
const files = ["golden/seed-targets.json", ...fs.readdirSync(path.join(SHARED, "seeds")).map((f) => `seeds/${f}`)];

describe("seed fixtures", () => {
  it("holds the five seed resolutions and the golden file", () => {
    expect(files.filter((f) => f.startsWith("seeds/") && f.endsWith(".txt"))).toHaveLength(5);
    expect(JSON.parse(fs.readFileSync(path.join(SHARED, "golden/seed-targets.json"), "utf8")).documents).toBeDefined();
  });

  (fs.existsSync(ORIGINALS) ? it.each(files) : it.skip.each(files))("%s is the same as ../shared", (f) => {
    expect(fs.readFileSync(path.join(SHARED, f)).equals(fs.readFileSync(path.join(ORIGINALS, f)))).toBe(true);
  });
});
