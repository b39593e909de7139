import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

// The offline manifest checks (scripts/manifest-checks.js) on the real manifest and on broken copies of it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest, pngSize, ENGLISH_LOCALES } = require("../../scripts/manifest-checks") as {
  checkManifest: (xml: string, options?: { root?: string; distDir?: string | null }) => string[];
  pngSize: (buf: Buffer) => { width: number; height: number } | null;
  ENGLISH_LOCALES: string[];
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { withEnglishLocales } = require("../../scripts/manifest-locales") as { withEnglishLocales: (xml: string) => string };

interface Breakage {
  name: string;
  check: string;
  message: string;
  edits: Array<[string, string] | [string, string, boolean]>;
}

const root = path.join(__dirname, "..", "..");
const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const breakages: Breakage[] = JSON.parse(
  fs.readFileSync(path.join(root, "test", "fixtures", "manifests", "breakages.json"), "utf8"),
).cases;

/** The real manifest with the fixture's edits applied; every `find` must occur, or the fixture is stale. */
function broken(b: Breakage): string {
  let xml = manifest;
  for (const [find, replace, all] of b.edits) {
    if (!xml.includes(find)) throw new Error(`fixture ${b.name}: "${find.slice(0, 60)}" no longer occurs in manifest.xml`);
    xml = all ? xml.split(find).join(replace) : xml.replace(find, () => replace);
  }
  return xml;
}

const tmpDirs: string[] = [];
function tmpDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "nq-manifest-"));
  tmpDirs.push(d);
  return d;
}
afterAll(() => tmpDirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe("manifest.xml", () => {
  it("passes every offline check (without dist/)", () => {
    expect(checkManifest(manifest, { root, distDir: null })).toEqual([]);
  });

  it("passes against dist/ when the add-in is built", () => {
    const dist = path.join(root, "dist");
    if (!fs.existsSync(dist)) return; // CI builds before testing; a fresh checkout has no dist/.
    expect(checkManifest(manifest, { root, distDir: dist })).toEqual([]);
  });

  it("requires only ExcelApi 1.1 at the top, so Excel 2019 installs it; the custom functions live in VersionOverrides", () => {
    const top = manifest.slice(0, manifest.indexOf("<VersionOverrides"));
    const sets = [...top.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\/>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(sets).toEqual(["ExcelApi 1.1"]);
    expect(top).not.toMatch(/CustomFunctionsRuntime|SharedRuntime/);
    const overrides = manifest.slice(manifest.indexOf("<VersionOverrides"));
    expect(overrides).not.toMatch(/<Requirements>/);
    expect(overrides).toContain('<ExtensionPoint xsi:type="CustomFunctions">');
    expect(overrides).not.toContain("<Runtimes>");
  });

  it("gives every English display language the English texts (the generator has nothing left to add)", () => {
    expect(withEnglishLocales(manifest)).toBe(manifest);
    for (const locale of ENGLISH_LOCALES) {
      expect([locale, manifest.includes(`Locale="${locale}" Value="Check against resolution"`)]).toEqual([locale, true]);
      expect([locale, manifest.includes(`Locale="${locale}" Value="https://localhost:3000/functions-en.json"`)]).toEqual([locale, true]);
    }
    expect(manifest).toContain('<Override Locale="en-GB" Value="https://localhost:3000/help.html#en"/>');
  });

  it("keeps the add-in's identity", () => {
    expect(manifest).toContain("<Id>28f7be29-4579-4d41-a312-20e131ab2bd4</Id>");
    expect(manifest).toContain("<FunctionName>runCheck</FunctionName>");
  });
});

describe("broken manifest fixtures", () => {
  it("cover every check", () => {
    const checks = new Set(breakages.map((b) => b.check));
    for (const c of ["xml", "order", "guid", "version", "resid", "ids", "url", "strings", "locale", "prefix", "cf", "command", "icon", "permissions", "hosts", "required", "requirements"]) {
      expect(checks).toContain(c);
    }
  });

  it.each(breakages.map((b) => [b.name, b] as const))("%s fails with the expected message", (_name, b) => {
    const problems = checkManifest(broken(b), { root, distDir: null });
    expect(problems.length).toBeGreaterThan(0);
    // Targeted: only the named check fires, with the expected message.
    expect(problems.filter((p) => !p.startsWith(`[${b.check}] `))).toEqual([]);
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(b.message))]));
  });
});

describe("dist/ checks", () => {
  /** A fake build: one file per URL under the base, and a functions.json. */
  function fakeDist(functions: unknown, xml = manifest): string {
    const dist = tmpDir();
    for (const m of xml.matchAll(/https:\/\/localhost:3000\/([^"?#]+)/g)) {
      fs.mkdirSync(path.dirname(path.join(dist, m[1])), { recursive: true });
      fs.writeFileSync(path.join(dist, m[1]), m[1].endsWith(".json") ? JSON.stringify({ functions }) : "x");
    }
    return dist;
  }
  /** The manifest with an en-US metadata override (localised function names), whether or not it has one now. */
  const withLocaleMetadata = manifest.includes("functions-en.json")
    ? manifest
    : manifest.replace(
        '<bt:Url id="Functions.Metadata.Url" DefaultValue="https://localhost:3000/functions.json"/>',
        '<bt:Url id="Functions.Metadata.Url" DefaultValue="https://localhost:3000/functions.json"><bt:Override Locale="en-US" Value="https://localhost:3000/functions-en.json"/></bt:Url>',
      );

  it("fails when a locale's metadata declares other function ids", () => {
    expect(withLocaleMetadata).toContain("functions-en.json");
    const dist = fakeDist([{ id: "A" }, { id: "B" }], withLocaleMetadata);
    expect(checkManifest(withLocaleMetadata, { root, distDir: dist })).toEqual([]);
    fs.writeFileSync(path.join(dist, "functions-en.json"), JSON.stringify({ functions: [{ id: "A" }] }));
    expect(checkManifest(withLocaleMetadata, { root, distDir: dist })).toEqual([
      "[dist] dist/functions-en.json and dist/functions.json must declare the same function ids",
    ]);
  });

  it("passes when every file is built and functions.json lists functions", () => {
    expect(checkManifest(manifest, { root, distDir: fakeDist([{ id: "X", name: "X" }]) })).toEqual([]);
  });

  it("fails when functions.json has no functions", () => {
    expect(checkManifest(manifest, { root, distDir: fakeDist([]) })).toEqual(
      expect.arrayContaining(["[dist] dist/functions.json has no functions"]),
    );
  });

  it("fails when functions.json does not parse", () => {
    const dist = fakeDist([{ id: "X" }]);
    fs.writeFileSync(path.join(dist, "functions.json"), "{");
    expect(checkManifest(manifest, { root, distDir: dist })).toEqual([expect.stringMatching(/^\[dist\] dist\/functions\.json does not parse/)]);
  });

  it("fails when a built file is missing", () => {
    const dist = fakeDist([{ id: "X" }]);
    fs.rmSync(path.join(dist, "functions.js"));
    fs.rmSync(path.join(dist, "help.html"));
    const problems = checkManifest(manifest, { root, distDir: dist });
    expect(problems).toEqual([
      expect.stringMatching(/^\[dist\] help\.html \(line \d+\) is missing from dist\//),
      expect.stringMatching(/^\[dist\] functions\.js \(line \d+\) is missing from dist\//),
    ]);
  });
});

describe("pngSize", () => {
  it("reads IHDR width and height of the icons", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(fs.readFileSync(path.join(root, "assets", `icon-${size}.png`)))).toEqual({ width: size, height: size });
    }
  });
  it("rejects bytes that are not a PNG", () => {
    expect(pngSize(Buffer.from("GIF89a not a png at all, really"))).toBeNull();
  });
});

describe("npm run validate (scripts/validate-manifest.js)", () => {
  // --no-dist: the state of dist/ is covered above; here the exit codes and messages.
  const run = (file: string) =>
    spawnSync(process.execPath, [path.join(root, "scripts", "validate-manifest.js"), file, root, "--no-dist"], {
      encoding: "utf8",
      cwd: root,
    });

  it("exits 0 on the real manifest after office-addin-manifest parsed it", () => {
    const r = run(path.join(root, "manifest.xml"));
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("office-addin-manifest: Kiểm tra Nghị quyết 1.0.0.0");
    expect(r.status).toBe(0);
  });

  it.each(["unknown-function-name", "malformed-xml", "http-url"])("exits 1 on the %s fixture", (name) => {
    const b = breakages.find((x) => x.name === name)!;
    const file = path.join(tmpDir(), `${name}.xml`);
    fs.writeFileSync(file, broken(b));
    const r = run(file);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(b.message));
  });
});
