import * as fs from "fs";
import * as path from "path";
import { readResolution } from "../../../src/core/reader/read";

const DIR = path.resolve(__dirname, "../../../samples/resolution");

describe("the project's sample resolution (samples/resolution)", () => {
  const expected = JSON.parse(fs.readFileSync(path.join(DIR, "expected.json"), "utf8"));
  const r = readResolution(fs.readFileSync(path.join(DIR, "nghi-quyet-mau.txt"), "utf8"));
  const fields = ["id", "parent", "kind", "op", "value", "max", "stretch", "per", "scope", "change", "deadline", "period", "indicator"] as const;

  it("finds its section, year and issuer", () => {
    expect({ section: r.section, year: r.year, issuer: r.issuer }).toEqual({ section: expected.section, year: expected.year, issuer: expected.issuer });
  });

  it("reads exactly the expected targets", () => {
    const pick = (t: Record<string, unknown>) => Object.fromEntries(fields.map((k) => [k, t[k] ?? null]));
    expect(r.targets.map((t) => pick(t as unknown as Record<string, unknown>))).toEqual(expected.targets.map(pick));
    r.targets.forEach((t, i) => expect(t.text).toBe(expected.targets[i].text));
  });

  it("most targets are computable from data; the cán bộ công chức one is manual", () => {
    const bound = r.targets.filter((t) => t.indicator).length;
    expect(bound / r.targets.length).toBeGreaterThan(0.8);
    expect(r.targets.find((t) => /công chức/.test(t.text))?.indicator).toBeNull();
  });
});
