"use strict";
// The generators of random and mutated resolution texts, shared by the reader's property test
// (test/core/reader/property.test.ts: shapes of results, no timing) and its benchmark
// (scripts/bench/reader.js: the same kind of texts, timed). Plain CommonJS so that both can require it.
const fc = require("fast-check");

/** Pieces of the reader's vocabulary: goal words, operators, numbers in Vietnamese notation, section headings, markup. */
const READER_WORDS = [
  "đảng viên", "tổ chức cơ sở đảng", "chi bộ", "trong đó", "phấn đấu", "Phần đầu", "ít nhất", "trên", "dưới", "từ", "đến", "trở lên",
  "hoàn thành tốt nhiệm vụ", "xuất sắc", "kết nạp", "mỗi", "Đến năm 2025", "hằng năm", "90%", "30 - 35%", "01", "0,3‰", "0,150/00",
  "10/10 thôn", "28-NQ/TW", "Điều 30", ";", ",", ".", "(", ")", "\n", "\t", "|", ":", "- ", "2. Chỉ tiêu chủ yếu\n", "III. NHIỆM VỤ\n",
  "không có", "tăng", "so với", "Hội An 110", "đã", "đạt 103% kế hoạch", "1.200", "6.000 – 8.000", "**", "##",
];

/** Words of the vocabulary in random order, up to maxWords of them. */
function vocabularyText(maxWords) {
  return fc.array(fc.constantFrom(...READER_WORDS), { maxLength: maxWords }).map((w) => w.join(" "));
}

/** Apply edits [position, operation, word] to s: insert the word, delete a run, repeat a run, swap two characters. */
function applyEdits(s, edits, { delSpan, dupSpan, dupTimes }) {
  for (const [p, op, w] of edits) {
    const i = s.length ? p % s.length : 0;
    if (op === "ins") s = s.slice(0, i) + w + s.slice(i);
    else if (op === "del") s = s.slice(0, i) + s.slice(i + 1 + (p % delSpan));
    else if (op === "dup") s = s.slice(0, i) + s.slice(i, i + dupSpan).repeat(1 + (p % dupTimes)) + s.slice(i);
    else s = s.slice(0, i) + s.slice(i + 1, i + 2) + s.slice(i, i + 1) + s.slice(i + 2);
  }
  return s;
}

/**
 * A piece of corpus (minLength to maxLength characters from a random place; with repeat, a piece cut
 * short by the end of the corpus is repeated up to its length) with up to maxEdits edits.
 */
function mutatedText(corpus, { minLength, maxLength, maxEdits, delSpan, dupSpan, dupTimes, repeat = false }) {
  const edit = fc.tuple(fc.nat(), fc.constantFrom("ins", "del", "dup", "swap"), fc.constantFrom(...READER_WORDS, "9", "%", "-", " ", "\n\n\n", "(((", "0,", "..."));
  return fc.tuple(fc.nat(corpus.length), fc.integer({ min: minLength, max: maxLength }), fc.array(edit, { maxLength: maxEdits })).map(([at, len, edits]) => {
    let s = corpus.slice(at, at + len);
    while (repeat && s.length < len && s.length > 0) s += s.slice(0, len - s.length);
    return applyEdits(s, edits, { delSpan, dupSpan, dupTimes });
  });
}

module.exports = { READER_WORDS, vocabularyText, applyEdits, mutatedText };
