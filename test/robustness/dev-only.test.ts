import * as fs from "fs";
import * as path from "path";

// The benchmark's spreadsheet baseline (HyperFormula, GPL-3.0-only) is a devDependency for
// scripts/bench only: nothing that ships (src/, bin/) may load it.
const root = path.join(__dirname, "..", "..");

function files(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.(ts|js|mjs|cjs)$/.test(e.name) ? [p] : [];
  });
}

const LOADS = /(?:from\s+|require\s*\(\s*|import\s*\(\s*)["']hyperformula["'/]/;

describe("the GPL spreadsheet baseline stays out of what ships", () => {
  it("no file under src/ or bin/ loads hyperformula", () => {
    const hits = [...files(path.join(root, "src")), ...files(path.join(root, "bin"))].filter((f) => LOADS.test(fs.readFileSync(f, "utf8")));
    expect(hits.map((f) => path.relative(root, f))).toEqual([]);
  });

  it("hyperformula is a devDependency, not a dependency", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    expect(pkg.dependencies?.hyperformula).toBeUndefined();
    expect(pkg.devDependencies?.hyperformula).toBeDefined();
  });

  it("the rule can fail: the benchmark itself loads it", () => {
    expect(LOADS.test(fs.readFileSync(path.join(root, "scripts/bench/spreadsheet.js"), "utf8"))).toBe(true);
    expect(LOADS.test('import { HyperFormula } from "hyperformula";')).toBe(true);
  });
});
