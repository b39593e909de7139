import { readdirSync, readFileSync } from "fs";
import { join } from "path";

// Inside src/core the layers run one way: validation (rules and codes) < data (reading) < indicators
// (counting) < check (judging, sheets). Two imports ran back up (indicators → check, validation → data);
// this keeps them out.

const CORE = join(__dirname, "..", "..", "src", "core");
const BELOW: Record<string, string[]> = { validation: ["data", "indicators", "check"], data: ["indicators", "check"], indicators: ["check"] };

function importsOf(dir: string): { file: string; target: string }[] {
  return readdirSync(join(CORE, dir), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".ts"))
    .flatMap((f) => [...readFileSync(join(CORE, dir, f), "utf8").matchAll(/from\s+"(\.{1,2}\/[^"]+)"/g)].map((m) => ({ file: `${dir}/${f}`, target: join(dir, f, "..", m[1]) })));
}

describe("core layer order", () => {
  it.each(Object.entries(BELOW))("%s imports nothing from the layers above it", (dir, above) => {
    const up = importsOf(dir).filter((i) => above.some((a) => i.target === a || i.target.startsWith(`${a}/`)));
    expect(up).toEqual([]);
  });

  it("the rule can fail: check imports indicators", () => {
    expect(importsOf("check").some((i) => i.target.startsWith("indicators/"))).toBe(true);
  });
});
