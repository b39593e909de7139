import * as fs from "fs";
import * as path from "path";
import * as os from "os";
import * as ts from "typescript";

// Developers' guide: functions short (about 80 lines at most). The reader once had a 229-line function
// (clauses.ts); it is split by phrase family, and this keeps it so.
const LIMIT = 80;
const DIRS = [path.join(__dirname, "..", "..", "src", "core", "reader"), path.join(__dirname, "..", "..", "src", "core", "data", "members")];

function longFunctions(file: string): string[] {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n) || ts.isArrowFunction(n) || ts.isFunctionExpression(n)) {
      const a = sf.getLineAndCharacterOfPosition(n.getStart()).line;
      const b = sf.getLineAndCharacterOfPosition(n.getEnd()).line;
      if (b - a + 1 > LIMIT) found.push(`${path.basename(file)}:${a + 1} ${n.name?.getText() ?? "(anonymous)"} ${b - a + 1} lines`);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

describe("function length", () => {
  it(`no function of the reader is over ${LIMIT} lines`, () => {
    const files = DIRS.flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith(".ts")).map((f) => path.join(d, f)));
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap(longFunctions)).toEqual([]);
  });

  it("finds a long function when there is one", () => {
    const tmp = path.join(os.tmpdir(), `long-${process.pid}.ts`);
    fs.writeFileSync(tmp, `function big() {\n${"  x++;\n".repeat(LIMIT)}}\n`);
    try {
      expect(longFunctions(tmp)).toEqual([`${path.basename(tmp)}:1 big ${LIMIT + 2} lines`]);
    } finally {
      fs.unlinkSync(tmp);
    }
  });
});
