// Issue 13 item 17: `npm test` writes no tracked file. The browser tests save screenshots through one
// helper (test/browser/harness.ts) into a git-ignored folder; only `npm run screenshots` targets docs/images.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const root = path.join(__dirname, "..", "..");

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? (e.name === "fixtures" ? [] : files(p)) : p.endsWith(".ts") ? [p] : [];
  });
}

describe("tests write no tracked file", () => {
  it("screenshots are taken only through the harness helper, never straight into docs/", () => {
    const offenders = files(path.join(root, "test"))
      .filter((f) => !f.endsWith(path.join("browser", "harness.ts")) && f !== __filename)
      .filter((f) => /\.screenshot\(\s*\{[^}]*path\s*:/.test(fs.readFileSync(f, "utf8")) || /["']docs["']\s*,\s*["']images["']|docs\/images\//.test(fs.readFileSync(f, "utf8")));
    expect(offenders.map((f) => path.relative(root, f))).toEqual([]);
  });

  it("the helper's default folder is git-ignored; npm run screenshots is the one way to docs/images", () => {
    const harness = fs.readFileSync(path.join(root, "test", "browser", "harness.ts"), "utf8");
    expect(harness).toMatch(/path\.join\(root, "test-output", "screenshots"\)/);
    let ignored = true;
    try {
      execFileSync("git", ["check-ignore", "-q", "test-output/screenshots/pane-vi.png"], { cwd: root, stdio: "ignore" });
    } catch (e) {
      // 1 = not ignored; anything else (no git in a source tarball) says nothing either way.
      ignored = (e as { status?: number }).status !== 1;
    }
    expect(ignored).toBe(true);
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    expect(pkg.scripts.screenshots).toBe("node scripts/screenshots.js");
    expect(fs.readFileSync(path.join(root, "scripts", "screenshots.js"), "utf8")).toContain('NQ_SCREENSHOT_DIR: path.join("docs", "images")');
  });
});
