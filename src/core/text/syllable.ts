/**
 * Is a word a well-formed Vietnamese syllable (initial consonant + rhyme + at most one tone)?
 * The legacy-font repair uses it as evidence: "tốt" is a syllable, its TCVN3 bytes read as Latin-1
 * ("tèt": a grave tone on a syllable closed by t) and its VNI bytes ("toát") are judged by the same
 * rule, so the reading with more real syllables wins. It checks form, not the dictionary.
 */

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

const INITIALS = ["ngh", "ng", "gh", "gi", "kh", "nh", "ph", "th", "tr", "ch", "qu", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"];

// Rhymes without tone, grouped by their vowel nucleus (with the medial o/u forms).
const RHYME_LIST = [
  "a ai ao au ay am an ang anh ap at ac ach",
  "ăm ăn ăng ăp ăt ăc",
  "âm ân âng âp ât âc âu ây",
  "e em en eng ep et ec eo",
  "ê êm ên ênh êp êt êch êu",
  "i ia im in inh ip it ich iu",
  "iêm iên iêng iêp iêt iêc iêu yêm yên yêt yêu",
  "o oi om on ong op ot oc oong ooc",
  "ô ôi ôm ôn ông ôp ôt ôc",
  "ơ ơi ơm ơn ơp ơt",
  "u ua ui um un ung up ut uc",
  "uôi uôm uôn uông uôt uôc",
  "ư ưa ưi ưu ưm ưn ưng ưt ưc",
  "ươi ươu ươm ươn ương ươp ươt ươc",
  "y",
  "oa oai oay oao oam oan oang oanh oap oat oac oach oăm oăn oăng oăt oăc oe oeo oem oen oet",
  "uê uênh uêt uêch uy uya uyu uynh uyt uych uyên uyêt uân uâng uât uây uơ",
].join(" ");

const RHYMES = new Set(RHYME_LIST.split(" "));
const STOP_FINAL = /(c|ch|p|t)$/;

function rhymeAfter(initial: string, rest: string): boolean {
  if (initial === "qu") return rest !== "" && (RHYMES.has("u" + rest) || RHYMES.has("o" + rest));
  if (initial === "gi" && rest === "") return true; // "gì": the i carries the tone
  return RHYMES.has(rest);
}

/** Toneless lower-case letters of a word, its tone mark ("" for none) and the index of the letter carrying it. */
function splitTone(word: string): { bare: string; tone: string; at: number } | null {
  let bare = "";
  let tone = "";
  let at = -1;
  const letters = [...word.toLowerCase().normalize("NFC")];
  for (let i = 0; i < letters.length; i++) {
    const nfd = letters[i].normalize("NFD");
    const marks = nfd.match(TONES);
    if (marks) {
      if (tone || marks.length > 1) return null; // two tones
      tone = marks[0];
      at = i;
    }
    bare += nfd.replace(TONES, "").normalize("NFC");
  }
  return bare.length === letters.length ? { bare, tone, at } : null;
}

const SHAPED = /[ăâêôơư]/;
const VOWEL = /[aăâeêioôơuưy]/;
// Open rhymes of two vowels whose tone may go on either (old "hoà", new "hòa" placement).
const EITHER = new Set(["oa", "oe", "uy"]);

/** Where the tone may sit in a rhyme (index into the rhyme), by the spelling rules. */
function toneSlotFits(rhyme: string, at: number): boolean {
  const vowels: number[] = [];
  for (let i = 0; i < rhyme.length; i++) if (VOWEL.test(rhyme[i])) vowels.push(i);
  if (vowels.length === 0 || !vowels.includes(at)) return false;
  let lastShaped = -1;
  for (const i of vowels) if (SHAPED.test(rhyme[i])) lastShaped = i;
  if (lastShaped >= 0) return at === lastShaped;
  const closed = vowels[vowels.length - 1] < rhyme.length - 1;
  if (closed || vowels.length === 1) return at === vowels[vowels.length - 1];
  if (vowels.length === 2) return at === vowels[0] || EITHER.has(rhyme);
  return at === vowels[1] || (rhyme === "uya" && at === vowels[2]);
}

/** True when `word` (letters only, any case, NFC or NFD) is a well-formed Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  if (word.length === 0 || word.length > 8) return false;
  const split = splitTone(word);
  if (!split || !/^[a-zđăâêôơư]+$/.test(split.bare)) return false;
  const { bare, tone, at } = split;
  const fits = (initial: string, rest: string): boolean => {
    if (!toneFits(rest || bare, tone)) return false;
    if (!tone) return true;
    if (rest === "") return at === initial.length - 1; // "gì"
    return toneSlotFits(rest, at - initial.length);
  };
  for (const initial of INITIALS) {
    if (!bare.startsWith(initial)) continue;
    const rest = bare.slice(initial.length);
    if (rhymeAfter(initial, rest) && fits(initial, rest)) return true;
  }
  return RHYMES.has(bare) && fits("", bare);
}

/** A syllable closed by c, ch, p or t takes only the rising (sắc) or the heavy (nặng) tone. */
function toneFits(rhyme: string, tone: string): boolean {
  return !STOP_FINAL.test(rhyme) || tone === "\u0301" || tone === "\u0323";
}
