import * as fs from "fs";
import * as path from "path";

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
    const g = FORBIDDEN_GLOBALS.exec(code);
    if (g) problems.push(`${rel}: uses host global "${g[1]}"`);
  }
  return problems;
}

describe("layer rule for src/core", () => {
  it("src/core imports nothing from other layers, packages, Office.js, the DOM or Node", () => {
    expect(coreViolations(path.join(src, "core"))).toEqual([]);
  });

  it("catches a violation (the rule can fail)", () => {
    const tmp = fs.mkdtempSync(path.join(require("os").tmpdir(), "nq-core-"));
    fs.writeFileSync(path.join(tmp, "bad.ts"), 'import * as fs from "fs";\nimport { x } from "../excel/read";\nexport const y = document.title;\n');
    const v = coreViolations(tmp);
    expect(v).toEqual(expect.arrayContaining([expect.stringContaining('package "fs"'), expect.stringContaining("outside core"), expect.stringContaining('"document"')]));
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
