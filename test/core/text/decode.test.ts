import * as fs from "fs";
import * as path from "path";
import { decodeTextFile, decodeUtf8Strict, decodeWindows1252, decodeWindows1258 } from "../../../src/core/text/decode";
import { toTcvn3, toVni } from "../../../src/core/text/legacy";
import { isVietnameseSyllable } from "../../../src/core/text/syllable";
import { readResolution } from "../../../src/core/reader/read";

const SAMPLE = fs.readFileSync(path.resolve(__dirname, "../../../samples/resolution/nghi-quyet-mau.txt"), "utf8").normalize("NFC");

// Every Vietnamese letter beyond ASCII: 12 vowels × 6 tones and đ (67 lower case), and their capitals.
const VOWELS = [..."aăâeêioôơuưy"];
const TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
const LOWER = [...VOWELS.flatMap((v) => TONES.map((m) => (v + m).normalize("NFC"))), "đ"].filter((ch) => /[^a-z]/.test(ch));

/** A syllable holding `letter`, so that the legacy repair (which judges words) has real words to judge. */
function syllableWith(letter: string): string {
  for (const h of ["", "t", "n", "h", "l", "m", "b", "x", "th", "ch", "ng"])
    for (const f of ["", "n", "m", "ng", "i", "c", "t", "nh", "u"]) {
      const w = letter === "đ" ? "đa" + f : h + letter + f;
      if (isVietnameseSyllable(w)) return w;
    }
  throw new Error(`no syllable for ${letter}`);
}

const title = (w: string) => w[0].toUpperCase() + w.slice(1);
/** All letters, lower case, Title case and capitals, in a sentence of real syllables. */
const ALL_LETTERS = ["lower", "title", "caps"].map((c) => LOWER.map(syllableWith).map((w) => (c === "lower" ? w : c === "title" ? title(w) : w.toUpperCase())).join(" ")).join(".\n") + ".";

/** The byte of each character of a single-byte code page, from its decoder. */
function encoderOf(decode: (b: Uint8Array) => string): (s: string) => Uint8Array {
  const all = Uint8Array.from({ length: 256 }, (_, i) => i);
  const chars = decode(all);
  const byChar = new Map<string, number>();
  for (let i = 255; i >= 0; i--) byChar.set(chars[i], i);
  return (s: string) => {
    const out: number[] = [];
    for (const ch of s) {
      const b = byChar.get(ch);
      if (b === undefined) throw new Error(`not in the code page: ${ch}`);
      out.push(b);
    }
    return Uint8Array.from(out);
  };
}

const cp1252 = encoderOf(decodeWindows1252);
const cp1258Bytes = encoderOf(decodeWindows1258);
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/;

/** Windows-1258 as Word writes it: a precomposed letter when the code page has one, else base letter + tone byte. */
function toCp1258(s: string): Uint8Array {
  let out = "";
  for (const ch of s.normalize("NFC")) {
    try {
      cp1258Bytes(ch);
      out += ch;
    } catch {
      const d = ch.normalize("NFD");
      const tone = [...d].find((c) => TONE_MARK.test(c)) ?? "";
      out += [...d].filter((c) => c !== tone).join("").normalize("NFC") + tone;
    }
  }
  return cp1258Bytes(out);
}

function utf16(s: string, be: boolean, bom: boolean): Uint8Array {
  const le = Buffer.from((bom ? "\uFEFF" : "") + s, "utf16le");
  if (be) for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return new Uint8Array(le);
}

const utf8 = (s: string, bom = false) => new Uint8Array(Buffer.from((bom ? "\uFEFF" : "") + s, "utf8"));

function decoded(bytes: Uint8Array) {
  const r = decodeTextFile(bytes);
  if (!r.ok) throw new Error(`not decoded: ${r.reason}`);
  return r;
}

describe("decodeTextFile: one decoder for resolution text files", () => {
  it("the Windows-1258 and Windows-1252 tables agree with the WHATWG decoders byte for byte", () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(decodeWindows1258(all)).toBe(new TextDecoder("windows-1258").decode(all));
    // Node's TextDecoder("windows-1252") is Latin-1 in 0x80–0x9F (a known Node bug): checked against the standard's letters.
    const c1 = decodeWindows1252(all.subarray(0x80, 0xa0));
    expect(c1).toBe("€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ");
    expect(decodeWindows1252(all.subarray(0xa0))).toBe(new TextDecoder("latin1").decode(all.subarray(0xa0)));
  });

  it("strict UTF-8 agrees with TextDecoder and refuses overlongs, surrogates and cut sequences", () => {
    expect(decodeUtf8Strict(utf8(ALL_LETTERS + " 😀 ₫ ‰"))).toBe(ALL_LETTERS + " 😀 ₫ ‰");
    for (const bad of [[0xc0, 0x80], [0xed, 0xa0, 0x80], [0xe1, 0xba], [0xf4, 0x90, 0x80, 0x80], [0x80], [0x61, 0xff]]) expect(decodeUtf8Strict(Uint8Array.from(bad))).toBeNull();
  });

  const cases: Array<[string, (s: string) => Uint8Array, string, boolean]> = [
    ["UTF-8", (s) => utf8(s), "utf-8", false],
    ["UTF-8 with BOM", (s) => utf8(s, true), "utf-8", true],
    ["UTF-16 LE with BOM (Notepad's Unicode)", (s) => utf16(s, false, true), "utf-16le", true],
    ["UTF-16 BE with BOM", (s) => utf16(s, true, true), "utf-16be", true],
    ["UTF-16 LE without BOM", (s) => utf16(s, false, false), "utf-16le", false],
    ["UTF-16 BE without BOM", (s) => utf16(s, true, false), "utf-16be", false],
    ["Windows-1258 (tone marks as combining bytes)", toCp1258, "windows-1258", false],
  ];

  it.each(cases)("%s: every Vietnamese letter, lower, Title and CAPS, comes back as NFC", (_name, encode, encoding, bom) => {
    const r = decoded(encode(ALL_LETTERS));
    expect(r).toMatchObject({ encoding, bom, repaired: null });
    expect(r.text).toBe(ALL_LETTERS);
  });

  it.each(cases)("%s: the sample resolution reads to the same 21 targets", (_name, encode) => {
    const r = decoded(encode(SAMPLE));
    expect(r.text).toBe(SAMPLE);
    expect(readResolution(r.text).targets).toHaveLength(21);
  });

  it("Windows-1258 bytes really use the combining tone bytes (and decoding composes them)", () => {
    const bytes = toCp1258("Đảng viên hoàn thành tốt nhiệm vụ");
    expect([...bytes].filter((b) => [0xcc, 0xd2, 0xde, 0xec, 0xf2].includes(b)).length).toBeGreaterThan(3);
    expect(decoded(bytes).text).toBe("Đảng viên hoàn thành tốt nhiệm vụ");
  });

  const targetsOf = (text: string) => readResolution(text).targets.map((x) => [x.kind, x.op, x.value, x.max, x.deadline]);

  it.each([
    ["TCVN3", toTcvn3, "tcvn3"],
    ["VNI", toVni, "vni"],
  ] as const)("%s bytes (an old .txt) are repaired, in one-byte files and pasted into UTF-8", (_name, encode, enc) => {
    // Every lower-case letter exactly (capitals in TCVN3 need their sentence: see legacy.test.ts), and the sample's targets.
    const letters = "Các chữ " + LOWER.map(syllableWith).join(" ") + ".";
    const text = letters + "\n" + SAMPLE;
    for (const bytes of [cp1252(encode(text)), utf8(encode(text))]) {
      const r = decoded(bytes);
      expect(r.repaired).toBe(enc);
      expect(r.text.split("\n")[0]).toBe(letters);
      expect(targetsOf(r.text)).toEqual(targetsOf(SAMPLE));
    }
    expect(decoded(cp1252(encode(text))).encoding).toBe("windows-1252");
    expect(decoded(utf8(encode(text))).encoding).toBe("utf-8");
  });

  it("NFD text (typed on a Mac) comes back composed", () => {
    expect(decoded(utf8(SAMPLE.normalize("NFD"))).text).toBe(SAMPLE);
  });

  it("empty, blank and binary files are told apart, never thrown", () => {
    expect(decodeTextFile(new Uint8Array())).toEqual({ ok: false, reason: "empty" });
    expect(decodeTextFile(utf8(" \n\t\n"))).toEqual({ ok: false, reason: "empty" });
    expect(decodeTextFile(utf16("  \n", false, true))).toEqual({ ok: false, reason: "empty" });
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    expect(decodeTextFile(png)).toEqual({ ok: false, reason: "binary" });
    const doc = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(64).fill(0)]);
    expect(decodeTextFile(doc)).toEqual({ ok: false, reason: "binary" });
    let seed = 7;
    const noise = Uint8Array.from({ length: 5000 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 23);
    expect(decodeTextFile(noise)).toEqual({ ok: false, reason: "binary" });
  });
});
