import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { runs } from "../../setup/fc-runs";
import { readResolution } from "../../../src/core/reader/read";
import { parseTargetPhrase } from "../../../src/core/reader/phrase";
import { bindIndicator } from "../../../src/core/reader/bind";
import { toTcvn3, toVni } from "../../../src/core/text/legacy";
import { INDICATOR_IDS } from "../../../src/core/indicators/ids";
import { RATING_CODES } from "../../../src/core/model/rating";
import type { ReadResult, Target } from "../../../src/core/model/target";
import { SEEDS } from "./golden";
import { mutatedText, vocabularyText } from "../../helpers/mutated-text";

const KINDS = ["percent", "count", "quantity", "rating"];
const OPS = [">=", ">", "<=", "<", "=", "range"];

function wellFormed(r: ReadResult): void {
  expect(Array.isArray(r.targets)).toBe(true);
  const ids = new Set<string>();
  for (const t of r.targets) checkTarget(t, ids);
}

function checkTarget(t: Target, ids: Set<string>): void {
  expect(typeof t.id).toBe("string");
  expect(ids.has(t.id)).toBe(false);
  if (t.parent !== null) expect(ids.has(t.parent)).toBe(true);
  ids.add(t.id);
  expect(KINDS).toContain(t.kind);
  expect(OPS).toContain(t.op);
  if (t.kind === "rating") expect(RATING_CODES).toContain(t.value);
  else expect(Number.isFinite(t.value)).toBe(true);
  if (t.op === "range") expect(typeof t.max === "number" && typeof t.value === "number" && t.max > t.value).toBe(true);
  expect(t.confidence).toBeGreaterThanOrEqual(0);
  expect(t.confidence).toBeLessThanOrEqual(1);
  if (t.indicator !== null) expect(INDICATOR_IDS).toContain(t.indicator);
  expect(typeof t.text).toBe("string");
}

const vietText = vocabularyText(80);
const seedText = fs.readFileSync(path.join(SEEDS, "000_e1a74d757ae2fdde.txt"), "utf8");

describe("reader properties: never throws, always well-formed", () => {
  it("random strings", () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => wellFormed(readResolution(s))), runs(300));
  });

  it("random Unicode (full range)", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => wellFormed(readResolution(s))), runs(200));
  });

  it("random Vietnamese target vocabulary, as NFC, NFD, TCVN3 and VNI", () => {
    fc.assert(
      fc.property(vietText, fc.constantFrom("nfc", "nfd", "tcvn3", "vni"), (s, form) => {
        const text = form === "nfd" ? s.normalize("NFD") : form === "tcvn3" ? toTcvn3(s) : form === "vni" ? toVni(s) : s;
        wellFormed(readResolution(text));
      }),
      runs(300),
    );
  });

  it("cut-up seed text", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: seedText.length }), fc.integer({ min: 0, max: 4000 }), (a, n) => wellFormed(readResolution(seedText.slice(a, a + n)))),
      runs(100),
    );
  });

  it("mutated corpus texts (cut, repeated, characters and words inserted, deleted, swapped)", () => {
    // The timing half of this property (10,000 texts, < 50 ms per 10 kB) is in npm run bench (scripts/bench/reader.js).
    const dir = path.join(__dirname, "../../fixtures/resolutions/texts");
    const corpus = ["D1.txt", "D13.txt", "A09.txt", "B20.txt"].map((f) => fs.readFileSync(path.join(dir, f), "utf8")).join("\n\n");
    const mutated = mutatedText(corpus, { minLength: 50, maxLength: 6000, maxEdits: 30, delSpan: 40, dupSpan: 120, dupTimes: 8 });
    fc.assert(
      fc.property(mutated, (s) => wellFormed(readResolution(s))),
      runs(80),
    );
  });

  it("phrases and binding never throw", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), vietText), (s) => {
        const t = parseTargetPhrase(s);
        if (t) {
          checkTarget(t, new Set());
          expect(bindIndicator(t).indicator === null || INDICATOR_IDS.includes(bindIndicator(t).indicator!)).toBe(true);
        }
      }),
      runs(300),
    );
  });

  it("a 5 MB input returns a well-formed result", () => {
    const big = (seedText + "\n").repeat(Math.ceil((5 * 1024 * 1024) / seedText.length));
    const r = readResolution(big);
    wellFormed(r);
    expect(r.targets.length).toBeGreaterThan(0);
  });
});
