import * as fs from "fs";
import * as path from "path";
import {
  decodeLegacy,
  detectLegacyEncoding,
  legacyScores,
  repairLegacyText,
  toTcvn3,
  toVni,
} from "../../../src/core/text/legacy";
import { isVietnameseSyllable } from "../../../src/core/text/syllable";

const SEEDS = path.resolve(__dirname, "../../fixtures/seeds"); // copies of ../shared/seeds
const TEXTS = path.resolve(__dirname, "../../fixtures/resolutions/texts");
const sentence =
  "Kết nạp từ 90 đảng viên mới trở lên, trong đó có từ 15 đảng viên là học sinh, sinh viên; Đảng bộ Khối được xếp loại hoàn thành tốt nhiệm vụ.";

// Every Vietnamese letter: 12 vowels × 6 tones and đ, lower case (67 beyond ASCII) and upper case.
const VOWELS = [..."aăâeêioôơuưy"];
const TONE_MARKS = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
const LOWER = [
  ...VOWELS.flatMap((v) => TONE_MARKS.map((m) => (v + m).normalize("NFC"))),
  "đ",
].filter((ch) => /[^a-z]/.test(ch));

/** A real-looking syllable holding `letter` (first the letter alone, then with an initial and a final). */
function syllableWith(letter: string, initial: boolean): string {
  const heads = initial
    ? ["t", "n", "h", "l", "m", "b", "x", "s", "v", "th", "ch", "ng"]
    : [""];
  for (const h of heads)
    for (const f of ["", "n", "m", "ng", "i", "c", "t", "p", "nh", "u"]) {
      const w = letter === "đ" ? "đa" + f : h + letter + f;
      if (isVietnameseSyllable(w)) return w;
    }
  throw new Error(`no syllable for ${letter}`);
}

describe("Vietnamese syllables (the evidence of the legacy repair)", () => {
  it("accepts the words of the five seeds and the corpus, and rejects legacy bytes read as Latin-1", () => {
    for (const w of [
      "tốt",
      "nghiệp",
      "quyết",
      "giữ",
      "gìn",
      "hoà",
      "hòa",
      "thuỷ",
      "thủy",
      "khuya",
      "người",
      "xoong",
      "Đảng",
      "ĐẢNG",
    ])
      expect([w, isVietnameseSyllable(w)]).toEqual([w, true]);
    for (const w of [
      "tèt",
      "nhiÖm",
      "Hoµn",
      "leõ",
      "cơng",
      "đợc",
      "nớc",
      "tôt̀",
      "HTTNV",
      "tốtt",
    ])
      expect([w, isVietnameseSyllable(w)]).toEqual([w, false]);
    let words = 0;
    let bad = 0;
    for (const dir of [SEEDS, TEXTS])
      for (const f of fs.readdirSync(dir)) {
        if (f === "D12.txt") continue; // its ư were lost by an old converter: see lookalike.test.ts
        for (const w of fs
          .readFileSync(path.join(dir, f), "utf8")
          .normalize("NFC")
          .match(/\p{L}+/gu) ?? []) {
          if (!/[^a-zA-Z]/.test(w) || /^\p{Lu}{2,}$/u.test(w)) continue; // ASCII words, abbreviations (HĐND)
          words++;
          if (!isVietnameseSyllable(w)) bad++;
        }
      }
    expect(words).toBeGreaterThan(15000);
    expect(bad / words).toBeLessThan(0.003); // the few left: "đ" (đồng), "Lênin", "Đắk Lắk", "Ðảng" with an Eth, typos
  });
});

describe("legacy encodings (TCVN3, VNI)", () => {
  it(`has ${LOWER.length} letters beyond ASCII in each case`, () => {
    expect(LOWER).toHaveLength(67);
    expect(new Set(LOWER.map((c) => c.toUpperCase())).size).toBe(67);
  });

  it("issue 13.7: repairLegacyText(toTcvn3('Hoàn thành tốt nhiệm vụ')) gives the text back, è and ô being ordinary letters", () => {
    expect(toTcvn3("Hoàn thành tốt nhiệm vụ")).toBe("Hoµn thµnh tèt nhiÖm vô");
    expect(repairLegacyText("Hoµn thµnh tèt nhiÖm vô")).toEqual({
      text: "Hoàn thành tốt nhiệm vụ",
      encoding: "tcvn3",
    });
    expect(repairLegacyText("Tèt")).toEqual({ text: "Tốt", encoding: "tcvn3" });
    expect(legacyScores("Hoµn thµnh tèt nhiÖm vô")).toEqual({
      unicode: -3,
      tcvn3: 5,
      vni: -3,
      unicodeWords: 0,
    });
    // Unicode words made of Latin-1 letters stay as they are.
    for (const s of ["Hà Nội", "Bé", "vô", "Lê Thị Hà", "có", "tô", "Café"])
      expect(repairLegacyText(s)).toEqual({ text: s, encoding: null });
  });

  it.each([
    ["TCVN3", toTcvn3, "tcvn3"],
    ["VNI", toVni, "vni"],
  ] as const)(
    "%s round trip over every letter in lower case, Title case at a sentence start and CAPITALS",
    (_, encode, enc) => {
      let n = 0;
      for (const letter of LOWER) {
        const inner = syllableWith(letter, true);
        const first = syllableWith(letter, false);
        const cap = first[0].toUpperCase() + first.slice(1);
        for (const text of [
          `hoàn thành tốt nhiệm vụ ${inner} ${first}`,
          `Hoàn thành tốt nhiệm vụ. ${cap} ${inner}`,
          `HOÀN THÀNH TỐT NHIỆM VỤ ${inner.toUpperCase()} ${first.toUpperCase()}`,
          `${cap} ${inner}, ${cap.toUpperCase()} NHIỆM VỤ`,
        ]) {
          const garbled = encode(text);
          expect([text, repairLegacyText(garbled)]).toEqual([
            text,
            { text, encoding: enc },
          ]);
          expect([text, decodeLegacy(garbled, enc)]).toEqual([text, text]);
          n++;
        }
      }
      expect(n).toBe(67 * 4);
    },
  );

  it("known TCVN3 codes map to the right letters, .VnTimeH capitals come back as capitals", () => {
    expect(
      repairLegacyText("§¶ng viªn ®­îc xÕp lo¹i hoµn thµnh tèt nhiÖm vô").text,
    ).toBe("Đảng viên được xếp loại hoàn thành tốt nhiệm vụ");
    expect(repairLegacyText("NGHÞ QUYÕT §¹I HéI §¶NG Bé").text).toBe(
      "NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ",
    );
    expect(repairLegacyText("Bé CHÝNH TRÞ").text).toBe("BỘ CHÍNH TRỊ");
    expect(
      repairLegacyText("ñy ban nh©n d©n tØnh. ñy viªn Ban Th­êng vô").text,
    ).toBe("Ủy ban nhân dân tỉnh. Ủy viên Ban Thường vụ");
    // A line going on from the one before keeps its lower case (the reader joins it).
    expect(repairLegacyText("c¸c chi bé trùc thuéc\në c¬ së").text).toBe(
      "các chi bộ trực thuộc\nở cơ sở",
    );
  });

  it("TCVN3 and VNI sentences are detected and repaired exactly", () => {
    expect(detectLegacyEncoding(toTcvn3(sentence))).toBe("tcvn3");
    expect(repairLegacyText(toTcvn3(sentence))).toEqual({
      text: sentence,
      encoding: "tcvn3",
    });
    expect(toVni(sentence)).toContain("ñaûng vieân");
    expect(detectLegacyEncoding(toVni(sentence))).toBe("vni");
    expect(repairLegacyText(toVni(sentence))).toEqual({
      text: sentence,
      encoding: "vni",
    });
  });

  it("a tie (every word reads well both ways) goes to the prior reading of the column or document", () => {
    expect(repairLegacyText("Bé").text).toBe("Bé");
    expect(repairLegacyText("Bé", "tcvn3")).toEqual({
      text: "Bộ",
      encoding: "tcvn3",
    });
    expect(repairLegacyText("Cã", "tcvn3").text).toBe("Có");
    expect(repairLegacyText("Toát").text).toBe("Toát");
    expect(repairLegacyText("Toát", "vni").text).toBe("Tốt");
    // In a TCVN3 document a short line reads as TCVN3 too.
    expect(repairLegacyText(`${toTcvn3(sentence)}\nBé`).text).toBe(
      `${sentence}\nBộ`,
    );
  });

  it("never fires on Unicode Vietnamese: the seeds, the corpus texts and NFD text stay unchanged", () => {
    for (const dir of [SEEDS, TEXTS])
      for (const f of fs.readdirSync(dir)) {
        const text = fs.readFileSync(path.join(dir, f), "utf8");
        expect([f, detectLegacyEncoding(text)]).toEqual([f, null]);
        expect([f, detectLegacyEncoding(text.normalize("NFD"))]).toEqual([
          f,
          null,
        ]);
        expect(repairLegacyText(text).text).toBe(text);
      }
    expect(detectLegacyEncoding("Plain ASCII text, 100% fine.")).toBeNull();
    expect(detectLegacyEncoding("")).toBeNull();
  });

  it("mixed documents: Unicode lines are kept, legacy lines repaired", () => {
    const mixed = `${sentence}\n${toTcvn3("đảng viên được học tập nghị quyết ở chi bộ cơ sở")}\n${toTcvn3("kiểm tra đảng viên")}\n${toVni("Đảng bộ hoàn thành tốt nhiệm vụ")}`;
    const r = repairLegacyText(mixed);
    expect(r.encoding).toBe("tcvn3");
    expect(r.text.split("\n")).toEqual([
      sentence,
      "đảng viên được học tập nghị quyết ở chi bộ cơ sở",
      "kiểm tra đảng viên",
      "Đảng bộ hoàn thành tốt nhiệm vụ",
    ]);
  });
});
