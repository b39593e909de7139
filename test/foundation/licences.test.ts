import * as fs from "fs";
import * as path from "path";

// Run-time dependencies (package.json "dependencies" and everything they pull in, per package-lock.json)
// must carry no copyleft licence: the add-in and the CLI ship them to users.
const root = path.join(__dirname, "..", "..");

/** Reviewed packages whose package.json has no licence field: name@version → the licence found elsewhere. */
const REVIEWED: Record<string, string> = {
  "buffers@0.1.1": "MIT (LICENSE in github.com/substack/node-buffers; pulled by exceljs → unzipper)",
};

const COPYLEFT = /^(A?GPL|LGPL|SSPL|EUPL)(-|$)/i;

/** True when an SPDX expression leaves at least one way to use the package without a copyleft licence. */
function permitsNonCopyleft(expression: string): boolean {
  const alternatives = expression.replace(/[()]/g, " ").split(/\s+OR\s+/i);
  return alternatives.some((alt) =>
    alt
      .split(/\s+AND\s+/i)
      .map((id) => id.trim().replace(/\+$/, ""))
      .every((id) => id !== "" && !COPYLEFT.test(id)),
  );
}

interface LockEntry {
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** Lock keys ("node_modules/a/node_modules/b") of the run-time dependency closure. */
function runtimeClosure(lock: { packages: Record<string, LockEntry> }, deps: string[]): string[] {
  const packages = lock.packages;
  // Node's resolution: look in from/node_modules, then in each enclosing node_modules up to the root.
  const resolve = (from: string, name: string): string | null => {
    for (let base = from; ; ) {
      const key = `${base ? base + "/" : ""}node_modules/${name}`;
      if (packages[key]) return key;
      if (!base) return null;
      const i = base.lastIndexOf("/node_modules/");
      base = i < 0 ? "" : base.slice(0, i);
    }
  };
  const seen = new Set<string>();
  const queue = deps.map((d) => {
    const key = resolve("", d);
    if (!key) throw new Error(`dependency ${d} is not in package-lock.json`);
    return key;
  });
  while (queue.length) {
    const key = queue.pop()!;
    if (seen.has(key)) continue;
    seen.add(key);
    const e = packages[key];
    for (const d of Object.keys(e.dependencies ?? {})) {
      const k = resolve(key, d);
      if (!k) throw new Error(`${key} needs ${d}, which is not in package-lock.json`);
      queue.push(k);
    }
    // Optional and peer dependencies count when they are installed.
    for (const d of Object.keys({ ...e.optionalDependencies, ...e.peerDependencies })) {
      const k = resolve(key, d);
      if (k) queue.push(k);
    }
  }
  return [...seen].sort();
}

function licenceOf(pkgDir: string): string | undefined {
  const j = JSON.parse(fs.readFileSync(path.join(root, pkgDir, "package.json"), "utf8"));
  if (typeof j.license === "string") return j.license;
  if (j.license?.type) return j.license.type;
  if (Array.isArray(j.licenses)) return j.licenses.map((l: { type: string }) => l.type).join(" OR ");
  return undefined;
}

describe("licences of run-time dependencies", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  const lock = JSON.parse(fs.readFileSync(path.join(root, "package-lock.json"), "utf8"));
  const closure = runtimeClosure(lock, Object.keys(pkg.dependencies ?? {}));

  it("the closure holds the declared dependencies and what they pull in", () => {
    for (const d of Object.keys(pkg.dependencies)) expect(closure).toContain(`node_modules/${d}`);
    expect(closure.length).toBeGreaterThan(Object.keys(pkg.dependencies).length);
  });

  it("no run-time dependency is copyleft (GPL, AGPL, LGPL, SSPL, EUPL) or of unknown licence", () => {
    const problems: string[] = [];
    for (const key of closure) {
      if (!fs.existsSync(path.join(root, key, "package.json"))) continue; // optional, not installed on this platform
      const name = key.replace(/^.*node_modules\//, "");
      const id = `${name}@${lock.packages[key].version}`;
      const licence = licenceOf(key);
      if (licence === undefined) {
        if (!REVIEWED[id]) problems.push(`${id}: no licence field (review it and add it to REVIEWED)`);
      } else if (!permitsNonCopyleft(licence)) problems.push(`${id}: ${licence}`);
    }
    expect(problems).toEqual([]);
  });

  it("the rule catches copyleft licences", () => {
    expect(permitsNonCopyleft("MIT")).toBe(true);
    expect(permitsNonCopyleft("(MIT OR GPL-3.0-or-later)")).toBe(true); // jszip: MIT may be chosen
    expect(permitsNonCopyleft("(MIT AND Zlib)")).toBe(true);
    expect(permitsNonCopyleft("GPL-3.0-only")).toBe(false);
    expect(permitsNonCopyleft("LGPL-2.1+")).toBe(false);
    expect(permitsNonCopyleft("AGPL-3.0")).toBe(false);
    expect(permitsNonCopyleft("SSPL-1.0")).toBe(false);
    expect(permitsNonCopyleft("EUPL-1.2")).toBe(false);
    expect(permitsNonCopyleft("MIT AND LGPL-3.0-only")).toBe(false);
    // A real one: hyperformula (a dev-only baseline) would fail if it became a run-time dependency.
    if (fs.existsSync(path.join(root, "node_modules", "hyperformula"))) {
      expect(permitsNonCopyleft(licenceOf("node_modules/hyperformula")!)).toBe(false);
    }
  });

  it("the closure follows nested node_modules like Node does", () => {
    const fake = {
      packages: {
        "": {},
        "node_modules/a": { dependencies: { b: "1" } },
        "node_modules/a/node_modules/b": { dependencies: { c: "1" } },
        "node_modules/b": {},
        "node_modules/c": {},
        "node_modules/dev-only": {},
      },
    };
    expect(runtimeClosure(fake, ["a"])).toEqual(["node_modules/a", "node_modules/a/node_modules/b", "node_modules/c"]);
  });
});
