import { readFileSync } from "fs";
import { join } from "path";

// Issue 13 item 18: CI runs the README's test command, and installs every Debian package the README's set-up
// names (and the tests use).

const ROOT = join(__dirname, "..", "..");
const ci = readFileSync(join(ROOT, ".ci", "run"), "utf8");
const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const code = ci.split("\n").filter((l) => !/^\s*#/.test(l)).join("\n");

function ciPackages(): string[] {
  const m = /DEBIAN_PACKAGES=\(([^)]*)\)/.exec(code);
  return m ? m[1].trim().split(/\s+/) : [];
}

describe(".ci/run", () => {
  it("runs the README's test command `npm test`, once, and no jest of its own", () => {
    expect(readme).toContain("npm test");
    expect(code.match(/\bnpm test\b/g)).toHaveLength(1);
    expect(code).not.toMatch(/\bnpx jest\b|\bjest --/);
  });

  it("installs every Debian package the tests use, the Word report's LibreOffice Writer included", () => {
    const needed = ["chromium", "libreoffice-calc", "libreoffice-writer", "poppler-utils", "fonts-crosextra-carlito", "fonts-crosextra-caladea", "fonts-liberation", "fonts-dejavu-core", "python3-openpyxl"];
    expect(ciPackages()).toEqual(expect.arrayContaining(needed));
  });

  it("the README's set-up names the same packages", () => {
    const setup = readme.slice(readme.indexOf("## 9."));
    for (const p of ciPackages()) expect(setup).toContain(p);
  });

  it("the rule can fail: a package the README does not name is found", () => {
    expect(readme.slice(readme.indexOf("## 9."))).not.toContain("fonts-not-a-package");
  });
});
