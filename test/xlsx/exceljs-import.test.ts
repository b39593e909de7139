import * as fs from "fs";
import * as path from "path";

// ExcelJS must be loaded through src/xlsx/exceljs.ts, which fixes its UTF-8 chunk decoding first.
describe("ExcelJS is only loaded through src/xlsx/exceljs.ts", () => {
  it("no other source file imports exceljs as a value", () => {
    const src = path.join(__dirname, "..", "..", "src");
    const files = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []));
    const offenders = files(src)
      .filter((f) => !f.endsWith(path.join("xlsx", "exceljs.ts")))
      .filter((f) => /(^|\n)\s*import\s+(?!type\b)[^;]*from\s*["']exceljs["']|require\(\s*["']exceljs["']\s*\)/.test(fs.readFileSync(f, "utf8")))
      .map((f) => path.relative(src, f));
    expect(offenders).toEqual([]);
  });
});
