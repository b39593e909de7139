import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

// The layer rule (DEVELOPERS.md): src/core is pure TypeScript. It imports only other core files,
// never Office.js, the DOM, Node or another layer. Surfaces import core, never each other's internals
// (except the shared Office.js layer src/excel, used by the pane and the ribbon command).
const root = path.join(__dirname, "..", "..");
const src = path.join(root, "src");

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(p) : e.name.endsWith(".ts") ? [p] : [];
  });
}

function imports(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const found: string[] = [];
  const re = /(?:import|export)\s[^;]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|require\(\s*["']([^"']+)["']\s*\)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) found.push(m[1] ?? m[2] ?? m[3]);
  return found;
}

/** Globals that only exist in Office, a browser or Node. */
const FORBIDDEN_GLOBALS = /\b(Office|Excel|OfficeRuntime|CustomFunctions|document|window|navigator|localStorage|XMLHttpRequest|fetch|process|Buffer|__dirname|require)\s*[.(]/;

export function coreViolations(coreDir: string): string[] {
  const problems: string[] = [];
  for (const file of tsFiles(coreDir)) {
    const rel = path.relative(coreDir, file);
    for (const spec of imports(file)) {
      if (!spec.startsWith(".")) {
        problems.push(`${rel}: imports package "${spec}"`);
        continue;
      }
      const target = path.resolve(path.dirname(file), spec);
      if (!target.startsWith(coreDir + path.sep) && target !== coreDir) problems.push(`${rel}: imports outside core "${spec}"`);
    }
    const code = fs
      .readFileSync(file, "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/\/\/.*$/gm, "")
      .replace(/(["'`])(?:\\.|(?!\1)[^\\])*\1/g, '""');
    // A name the file declares itself (a parameter or variable called `window`) is not the host global.
    const used = new Set([...code.matchAll(new RegExp(FORBIDDEN_GLOBALS.source, "g"))].map((m) => m[1]));
    for (const name of used) {
      const declared = new RegExp(`\\b(?:const|let|var|function|class)\\s+${name}\\b|[(,]\\s*${name}\\s*[?:,)=]`).test(code);
      if (!declared) problems.push(`${rel}: uses host global "${name}"`);
    }
  }
  return problems;
}

/** Unknown names and modules when compiling core files with lib ES2020 and no ambient types. */
function coreHostNames(files: string[]): string[] {
  // 2304 Cannot find name; 2580/2591 … install @types/node; 2582/2593 … test runner; 2583/2584 … change lib;
  // 2307 Cannot find module; 2503 Cannot find namespace.
  const HOST_CODES = new Set([2304, 2307, 2503, 2580, 2582, 2583, 2584, 2591, 2593]);
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.ES2020,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2020.d.ts"],
    types: [],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => HOST_CODES.has(d.code) && d.file)
    // A missing relative module is a work-in-progress error, not a layer breach (imports are checked above).
    .filter((d) => !(d.code === 2307 && /module '\./.test(ts.flattenDiagnosticMessageText(d.messageText, " "))))
    .map((d) => {
      const { line } = d.file!.getLineAndCharacterOfPosition(d.start ?? 0);
      return `${path.relative(src, d.file!.fileName)}:${line + 1} ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`;
    });
}

describe("layer rule for src/core", () => {
  it("src/core imports nothing from other layers, packages, Office.js, the DOM or Node", () => {
    expect(coreViolations(path.join(src, "core"))).toEqual([]);
  });

  it("catches a violation (the rule can fail)", () => {
    const tmp = fs.mkdtempSync(path.join(require("os").tmpdir(), "nq-core-"));
    fs.writeFileSync(path.join(tmp, "bad.ts"), 'import * as fs from "fs";\nimport { x } from "../excel/read";\nexport const y = document.title;\n');
    fs.writeFileSync(path.join(tmp, "ok.ts"), "export function f(window: { start: number } | null) { return window ? window.start : 0; }\n");
    const v = coreViolations(tmp);
    expect(v).toEqual(expect.arrayContaining([expect.stringContaining('package "fs"'), expect.stringContaining("outside core"), expect.stringContaining('"document"')]));
    expect(v.filter((p) => p.startsWith("ok.ts"))).toEqual([]);
    fs.rmSync(tmp, { recursive: true });
  });

  it("src/core compiles with ES2020 alone: no DOM, Node or Office.js names (as tsconfig.core.json)", () => {
    const files = tsFiles(path.join(src, "core"));
    expect(coreHostNames(files)).toEqual([]);
  });

  it("the compiler check catches a host name (the rule can fail)", () => {
    const tmp = fs.mkdtempSync(path.join(require("os").tmpdir(), "nq-core-ts-"));
    const file = path.join(tmp, "bad.ts");
    fs.writeFileSync(file, "export const a = document.title;\nexport const b = process.env.X;\nexport const c = Office.context;\n");
    expect(coreHostNames([file]).map((p) => p.replace(/^.*bad\.ts/, "bad.ts"))).toEqual([
      expect.stringMatching(/^bad\.ts:1 .*'document'/),
      expect.stringMatching(/^bad\.ts:2 .*'process'/),
      expect.stringMatching(/^bad\.ts:3 .*'Office'/),
    ]);
    fs.rmSync(tmp, { recursive: true });
  });

  it("only src/excel, src/taskpane and src/commands reference the Excel API", () => {
    const offenders = tsFiles(src)
      .filter((f) => !/[\\/]src[\\/](excel|taskpane|commands)[\\/]/.test(f))
      .filter((f) => /\bExcel\.run\b|\bcontext\.workbook\b/.test(fs.readFileSync(f, "utf8")));
    expect(offenders.map((f) => path.relative(root, f))).toEqual([]);
  });

  it("only src/xlsx and src/cli use ExcelJS", () => {
    const offenders = tsFiles(src)
      .filter((f) => !/[\\/]src[\\/](xlsx|cli)[\\/]/.test(f))
      .filter((f) => imports(f).includes("exceljs"));
    expect(offenders.map((f) => path.relative(root, f))).toEqual([]);
  });
});
