import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

// The metadata Excel reads is generated from the JSDoc of src/functions/functions.ts at build time.
// These tests pin it (names, ids, parameters, dimensionality, optional, descriptions), check the
// English file against it, and check the built bundle registers every id.
// To accept an intended change: UPDATE_GOLDEN=1 npx jest test/functions/metadata.test.ts

const root = path.join(__dirname, "..", "..");
const golden = path.join(root, "test", "fixtures", "functions.json.golden");
const enFile = path.join(root, "src", "functions", "functions-en.json");
const ids = ["DANHGIA", "CHITIEU", "XEPLOAI", "DEM", "TYLE", "TRAN20", "TIENDO", "UNICODE"];

interface Param {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  parameters: Param[];
  result: { type?: string; dimensionality?: string };
  options?: Record<string, boolean>;
}
interface Metadata {
  functions: Fn[];
  allowCustomDataForDataTypeAny?: boolean;
}

let generated: Metadata;

beforeAll(async () => {
  const out = await generateCustomFunctionsMetadata([path.join(root, "src", "functions", "functions.ts")], true);
  expect(out.errors).toEqual([]);
  generated = JSON.parse(out.metadataJson) as Metadata;
});

/** Everything but the texts a translation may change. */
function shape(m: Metadata) {
  return {
    allowCustomDataForDataTypeAny: m.allowCustomDataForDataTypeAny,
    functions: m.functions.map((f) => ({
      id: f.id,
      name: f.name,
      result: f.result,
      options: f.options ?? null,
      parameters: f.parameters.map((p) => ({ type: p.type, dimensionality: p.dimensionality ?? "scalar", optional: p.optional ?? false })),
    })),
  };
}

describe("custom functions metadata", () => {
  it("matches the golden file", () => {
    const text = JSON.stringify(generated, null, 4) + "\n";
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(golden, text);
    expect(text).toBe(fs.readFileSync(golden, "utf8"));
  });

  it("declares the eight functions with stable ASCII ids equal to their names", () => {
    expect(generated.functions.map((f) => f.id)).toEqual(ids);
    for (const f of generated.functions) {
      expect(f.name).toBe(f.id);
      expect(f.id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
      // Not a cell reference such as "DEM1" or "TRAN20" read as column TRAN (max column is XFD).
      expect(/^[A-Z]{1,3}\d+$/.test(f.id) && f.id.replace(/\d+$/, "") <= "XFD").toBe(false);
    }
  });

  it("has Vietnamese descriptions for every function and parameter, no volatile or streaming function", () => {
    for (const f of generated.functions) {
      expect([f.id, (f.description ?? "").length > 10]).toEqual([f.id, true]);
      for (const p of f.parameters) expect([f.id, p.name, (p.description ?? "").length > 5]).toEqual([f.id, p.name, true]);
      expect(f.options?.volatile ?? false).toBe(false);
      expect(f.options?.stream ?? false).toBe(false);
    }
    expect(generated.functions.find((f) => f.id === "DANHGIA")?.description).toContain("Đạt");
  });

  it("takes ranges as matrices, spills CHITIEU and makes TRAN20's base optional", () => {
    const byId = new Map(generated.functions.map((f) => [f.id, f]));
    for (const id of ["DEM", "TYLE", "TRAN20"]) expect(byId.get(id)?.parameters[0].dimensionality).toBe("matrix");
    expect(byId.get("CHITIEU")?.result.dimensionality).toBe("matrix");
    expect(byId.get("TRAN20")?.parameters[1].optional).toBe(true);
    expect(byId.get("TIENDO")?.parameters.map((p) => p.name)).toEqual(["thuc_te", "chi_tieu", "thang"]);
  });

  it("has an English metadata file with the same ids, names and parameter shapes", () => {
    const en = JSON.parse(fs.readFileSync(enFile, "utf8")) as Metadata;
    expect(shape(en)).toEqual(shape(generated));
    for (const [i, f] of en.functions.entries()) {
      expect(f.description).not.toBe(generated.functions[i].description);
      for (const p of f.parameters) {
        expect(p.name).toMatch(/^[a-z_]+$/);
        expect((p.description ?? "").length).toBeGreaterThan(5);
      }
    }
  });

  it("points the manifest's en-US metadata URL at functions-en.json and copies it into dist", () => {
    const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
    const url = /<bt:Url id="Functions\.Metadata\.Url" DefaultValue="([^"]+)">([\s\S]*?)<\/bt:Url>/.exec(manifest);
    expect(url?.[1]).toMatch(/\/functions\.json$/);
    const overrides = [...(url?.[2] ?? "").matchAll(/<bt:Override Locale="([^"]+)" Value="([^"]+)"\/>/g)];
    expect(overrides.map((o) => o[1])).toEqual(expect.arrayContaining(["en-US", "en-GB", "en-IN"]));
    for (const o of overrides) expect(o[2]).toMatch(/\/functions-en\.json$/);
    expect(fs.readFileSync(path.join(root, "webpack.config.js"), "utf8")).toContain('to: "functions-en.json"');
  });
});

describe("built bundle (after `npx webpack --mode production`)", () => {
  const dist = process.env.NQ_DIST_DIR ?? path.join(root, "dist");
  // Only a build at least as new as the functions source is checked (a stale dist/ says nothing).
  const mtime = (f: string) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : -1);
  const built =
    mtime(path.join(dist, "functions.json")) >= mtime(path.join(root, "src", "functions", "functions.ts")) &&
    mtime(path.join(dist, "functions.js")) >= 0;
  const itBuilt = built ? it : it.skip;

  itBuilt("functions.js is non-empty and registers every id with CustomFunctions.associate", () => {
    const js = fs.readFileSync(path.join(dist, "functions.js"), "utf8");
    expect(js.length).toBeGreaterThan(1000);
    const builtIds = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8")).functions.map((f: Fn) => f.id);
    for (const id of builtIds) expect([id, new RegExp(`CustomFunctions\\.associate\\(["'\`]${id}["'\`]`).test(js)]).toEqual([id, true]);
  });

  itBuilt("dist/functions.json is the generated metadata and dist/functions-en.json has the same ids", () => {
    const distMeta = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8")) as Metadata;
    expect(shape(distMeta)).toEqual(shape(generated));
    const enPath = path.join(dist, "functions-en.json");
    if (fs.existsSync(enPath)) expect(shape(JSON.parse(fs.readFileSync(enPath, "utf8")))).toEqual(shape(distMeta));
  });
});
