import type { Target } from "../../../src/core/model/target";
import { matchDocument, type LabelTarget } from "./match";

function target(id: string, text: string, over: Partial<Target> = {}): Target {
  return {
    id, parent: null, text, subject: null, kind: "percent", op: ">=", value: 0.9, max: null, stretch: null, unit: "%", per: null,
    scope: null, change: null, deadline: null, period: null, indicator: null, confidence: 0.9, ...over,
  };
}
const label = (over: Partial<LabelTarget>): LabelTarget => ({ key: "k", quote: "", kind: "percent", op: ">=", value: 0.9, ...over });

describe("matching labels to reader targets", () => {
  it("matches by folded containment of the quote, ignoring case, tones and punctuation", () => {
    const m2 = matchDocument([label({ quote: "Có 90% Đảng viên," })], [target("1", "có 90% đảng viên, hoàn thành")], { strict: false });
    expect(m2.matches[0].correct).toBe(true);
  });

  it("accepts an alternative reading; a non-range alternative has no max", () => {
    const g = label({ quote: "từ 55 - 60 đảng viên", kind: "count", op: "range", value: 55, max: 60, accept: [{ op: ">=", value: 55 }] });
    const m = matchDocument([g], [target("1", "từ 55 - 60 đảng viên trở lên", { kind: "count", op: ">=", value: 55 })], { strict: false });
    expect(m.matches[0].correct).toBe(true);
    const wrong = matchDocument([g], [target("1", "từ 55 - 60 đảng viên trở lên", { kind: "count", op: ">=", value: 55, max: 60 })], { strict: false });
    expect(wrong.matches[0].correct).toBe(false);
  });

  it("a wrong reading does not take the target another label reads right", () => {
    const a = label({ key: "a", quote: "đảng viên", value: 0.5 });
    const b = label({ key: "b", quote: "90% đảng viên", value: 0.9 });
    const m = matchDocument([a, b], [target("1", "90% đảng viên"), target("2", "50% đảng viên mới", { value: 0.5 })], { strict: false });
    expect(m.matches.map((x) => [x.label.key, x.target?.id, x.correct])).toEqual([["a", "2", true], ["b", "1", true]]);
  });

  it("uncertain labels are neither required nor extras; unmatched targets are extras", () => {
    const m = matchDocument([label({ quote: "2,5 km", uncertain: true })], [target("1", "đường (2,5 km)"), target("2", "5 tỷ đồng")], { strict: false });
    expect(m.matches).toHaveLength(0);
    expect(m.uncertain.map((t) => t.id)).toEqual(["1"]);
    expect(m.extras.map((t) => t.id)).toEqual(["2"]);
  });

  it("scores the parent apart; a quota may be a child of the total it is part of", () => {
    const total = label({ key: "t", quote: "1.200 đảng viên", kind: "count", value: 1200 });
    const part = label({ key: "p", quote: "Hội An 110", kind: "count", value: 110, part_of: "t" });
    const targets = [target("1", "kết nạp 1.200 đảng viên", { kind: "count", value: 1200 }), target("1.1", "Hội An 110", { kind: "count", value: 110, parent: "1" })];
    const m = matchDocument([total, part], targets, { strict: false });
    expect(m.matches.map((x) => x.parentOk)).toEqual([true, true]);
  });
});
