import { scoreAll } from "./golden";

describe("reader against the golden targets of the five seed resolutions", () => {
  const scores = scoreAll();

  it("covers all five seeds and 56 expected targets", () => {
    expect(scores).toHaveLength(5);
    expect(scores.reduce((n, s) => n + s.expected, 0)).toBe(56);
  });

  it.each(scores.map((s) => [s.file, s] as const))("%s: every target found with the right fields, nothing extra", (_file, s) => {
    expect({ problems: s.problems, extras: s.extras }).toEqual({ problems: [], extras: [] });
    expect(s.matched).toBe(s.expected);
  });

  it("the mid-year conclusion 001 (no targets section) yields no target", () => {
    const s = scores.find((x) => x.file.startsWith("001"));
    expect(s?.expected).toBe(0);
    expect(s?.extras).toEqual([]);
  });
});
