import * as fs from "fs";
import * as path from "path";
import { readResolution } from "../../../src/core/reader/read";
import { toTcvn3, toVni } from "../../../src/core/text/legacy";
import { SEEDS } from "./golden";

const seed = (f: string) => fs.readFileSync(path.join(SEEDS, f), "utf8");
const only = (body: string) => readResolution(`NGHỊ QUYẾT\n\n1. Mục tiêu chung\n\nNâng cao năng lực lãnh đạo năm 2024.\n\n2. Chỉ tiêu chủ yếu\n\n${body}\n\n3. Nhiệm vụ, giải pháp\n\n- Kết nạp được 50 đảng viên, đạt 95% kế hoạch.\n`);

describe("readResolution", () => {
  it("finds the section, year and issuer of the seeds", () => {
    const r = readResolution(seed("002_dde3d75ae94bc425.txt"));
    expect(r.section).toBe("2. Các chỉ tiêu chủ yếu");
    expect(r.year).toBe(2022);
    expect(r.issuer).toBe("ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP");
    expect(readResolution(seed("003_2155978f005192af.txt")).section).toBe("II. CÁC CHỈ TIÊU CỤ THỂ");
    expect(readResolution(seed("004_775c1259a5f227ce.txt")).section).toBe("2. Mục tiêu cụ thể");
    expect(readResolution(seed("001_9e8b5b107402199e.txt"))).toMatchObject({ section: null, targets: [] });
  });

  it("reads only the targets section, up to the next heading of the same level", () => {
    const r = only("- Kết nạp ít nhất 80 đảng viên mới.");
    expect(r.targets).toHaveLength(1);
    expect(r.targets[0]).toMatchObject({ kind: "count", op: ">=", value: 80, indicator: "member.admitted.count" });
  });

  it("operators, ranges and per-mille", () => {
    const r = only("- Trên 90% đảng viên hoàn thành tốt nhiệm vụ; không quá 5% đảng viên hoàn thành nhiệm vụ; tỷ lệ đảng viên vi phạm dưới 0,30%0; từ 55 -60 % chi bộ trực thuộc được kiểm tra.");
    expect(r.targets.map((t) => [t.op, t.value, t.max])).toEqual([[">", 0.9, null], ["<=", 0.05, null], ["<", 0.0003, null], ["range", 0.55, 0.6]]);
  });

  it("stretch, deadline and period", () => {
    const r = only("- Đến năm 2025, tối thiểu 80%, phấn đấu 90% đảng viên dùng sổ tay điện tử.\n\n- Hằng năm, kết nạp ít nhất 20 đảng viên mới. Trong nhiệm kỳ, 100% tổ chức cơ sở đảng được kiểm tra.");
    expect(r.targets.map((t) => [t.value, t.stretch, t.deadline, t.period])).toEqual([[0.8, 0.9, 2025, null], [20, null, null, "year"], [1, null, null, "term"]]);
  });

  it("increase against a base", () => {
    const [t] = only("- Số đảng viên mới kết nạp tăng 10 - 15% so với giai đoạn 2016 - 2020.").targets;
    expect(t).toMatchObject({ op: "range", value: 0.1, max: 0.15, change: "increase", base: "giai đoạn 2016 - 2020" });
  });

  it("quotas to named units under a total", () => {
    const r = only("- Kết nạp 300 đảng viên mới, trong đó: Hội An 110, Tam Kỳ 90, Điện Bàn 100.");
    expect(r.targets.map((t) => [t.id, t.parent, t.value, t.scope])).toEqual([["1", null, 300, null], ["1.1", "1", 110, "Hội An"], ["1.2", "1", 90, "Tam Kỳ"], ["1.3", "1", 100, "Điện Bàn"]]);
  });

  it("a 'không có' clause is a zero target", () => {
    const [t] = only("- Không có tổ chức cơ sở đảng không hoàn thành nhiệm vụ.").targets;
    expect(t).toMatchObject({ kind: "count", op: "=", value: 0 });
  });

  it("keeps years, document numbers, durations and past results out", () => {
    const r = only("- Thực hiện Nghị quyết số 28-NQ/TW, Điều 30 Điều lệ Đảng, Hội nghị Trung ương 4 (khóa XII) trong giai đoạn 2026 - 2031, nhập dữ liệu 01 lần, tổ chức 6 tháng; năm 2023 đã kết nạp được 929 đảng viên.");
    expect(r.targets).toEqual([]);
  });

  it("without a targets section each clause is judged by its own words: the past result out, the goal in", () => {
    const r = readResolution("Năm 2023 đã kết nạp 73 đảng viên. Phấn đấu kết nạp ít nhất 90 đảng viên mới trong năm 2024.");
    expect(r.section).toBeNull();
    expect(r.targets).toHaveLength(1);
    expect(r.targets[0].value).toBe(90);
    expect(r.targets[0].confidence).toBeGreaterThanOrEqual(0.6);
  });

  it("outside a section, weak goal words alone (đạt, trên, tăng) set no target; goal words do, flagged when weak", () => {
    // A report's or a description's figures: "đạt 45 triệu đồng", "trên 12.400 người", "tăng bình quân hằng năm 15,6%".
    expect(readResolution("Thu nhập bình quân đạt 45 triệu đồng.").targets).toEqual([]);
    expect(readResolution("Quy mô dân số trên 12.400 người, thu ngân sách tăng bình quân hằng năm 10,8%.").targets).toEqual([]);
    // The same figure with positive evidence of a goal: a goal word, an operator of a goal, a deadline ahead, a range.
    expect(readResolution("Phấn đấu thu nhập bình quân đạt 45 triệu đồng.").targets.map((t) => t.value)).toEqual([45]);
    expect(readResolution("Thu nhập bình quân đạt ít nhất 45 triệu đồng.").targets.map((t) => t.value)).toEqual([45]);
    expect(readResolution("Thu nhập bình quân đạt 45 - 50 triệu đồng.").targets.map((t) => [t.value, t.max])).toEqual([[45, 50]]);
    // A paragraph that opens with goal words lends its context to the sentences after it.
    const r = readResolution("Đại hội thông qua các chỉ tiêu chủ yếu nhiệm kỳ mới. Thu nhập bình quân đạt 45 triệu đồng; tỷ lệ hộ nghèo dưới 2%.");
    expect(r.targets.map((t) => t.value)).toEqual([45, 0.02]);
  });

  it("general readings: 'nghìn', 'giảm còn', comparisons with the plan, 'đều đạt', a term before a rated body", () => {
    const one = (text: string) => readResolution(text).targets.map((t) => [t.kind, t.op, t.value]);
    expect(one("Phấn đấu năm 2026 kết nạp hơn 12 nghìn đảng viên mới.")).toEqual([["count", ">", 12000]]);
    expect(one("Phấn đấu đến năm 2030 tỷ lệ hộ nghèo giảm còn 7%.")).toEqual([["percent", "<=", 0.07]]);
    // A figure measured against the plan ("gấp 2,5 lần so với chỉ tiêu Đại hội IX đề ra") reports; so does "đều đạt".
    expect(one("Đại hội IX đề ra các chỉ tiêu. Sản lượng bình quân 5 năm tăng 43%/năm, gấp 2,5 lần so với chỉ tiêu Đại hội IX đề ra.")).toEqual([]);
    expect(one("Bình quân hàng năm, tỷ lệ đảng viên kết nạp mới đều đạt từ 2,5% trở lên so với tổng số đảng viên.")).toEqual([]);
    // "Nhiệm kỳ 2025-2030, Đảng bộ … phấn đấu hàng năm được phân loại hoàn thành tốt nhiệm vụ trở lên": the body's rating.
    const rated = readResolution("Nhiệm kỳ 2025-2030, Đảng bộ Công an tỉnh đề ra mục tiêu phấn đấu hàng năm được phân loại hoàn thành tốt nhiệm vụ trở lên; 80% đảng viên hoàn thành tốt nhiệm vụ.").targets;
    expect(rated.map((t) => [t.kind, t.value])).toEqual([["rating", "HTTNV"], ["percent", 0.8]]);
    // A body before ":" introduces the targets; it is not rated with them.
    const listed = readResolution("Nhiệm kỳ 2020 – 2025, Chi bộ Khối vận phấn đấu thực hiện đạt các chỉ tiêu: có 95% đảng viên hoàn thành tốt nhiệm vụ.").targets;
    expect(listed.map((t) => [t.kind, t.value])).toEqual([["percent", 0.95]]);
  });

  it("a report's opening sentence ends the goal context: its figures and the next sentence's are results", () => {
    const r = readResolution("Đại hội đề ra các chỉ tiêu: thu ngân sách tăng bình quân 8 - 10%.\n\nNhiệm kỳ vừa qua, Đảng bộ lãnh đạo hoàn thành các chỉ tiêu, bảo đảm quốc phòng - an ninh. Tổng giá trị sản xuất đạt 759 tỷ đồng, tăng bình quân hằng năm 15,6%; giảm 683 hộ nghèo.");
    expect(r.targets.map((t) => [t.value, t.max])).toEqual([[0.08, 0.1]]);
  });

  it("reads NFD, TCVN3 and VNI copies of a seed the same way", () => {
    const text = seed("002_dde3d75ae94bc425.txt");
    const base = readResolution(text).targets.map((t) => [t.kind, t.op, t.value, t.max]);
    expect(readResolution(text.normalize("NFD")).targets.map((t) => [t.kind, t.op, t.value, t.max])).toEqual(base);
    const vni = readResolution(toVni(text));
    expect(vni.repairs).toContain("reader.repair.vni");
    expect(vni.targets.map((t) => [t.kind, t.op, t.value, t.max])).toEqual(base);
    const tcvn = readResolution(toTcvn3(text));
    expect(tcvn.repairs).toContain("reader.repair.tcvn3");
    expect(tcvn.targets.map((t) => [t.kind, t.op, t.value, t.max])).toEqual(base);
  });

  it("keeps the clause text verbatim (OCR typos included) and points at its source", () => {
    const text = seed("002_dde3d75ae94bc425.txt");
    const r = readResolution(text);
    const t = r.targets.find((x) => x.kind === "rating" && x.value === "HTTNV");
    expect(t?.text).toBe("Đảng bộ Khối phần đầu hoàn thành tốt nhiệm vụ trở lên");
    expect(t?.source?.line).toBeGreaterThan(1);
  });

  it("returns an empty result for garbage and non-strings", () => {
    expect(readResolution("").targets).toEqual([]);
    expect(readResolution("\u0000\uFFFF%%%---").targets).toEqual([]);
    expect(readResolution(undefined as unknown as string).targets).toEqual([]);
  });
});

describe("a verb shared by the parts of a clause", () => {
  it("binds each part to what the verb does to it, keeping each part's own words", () => {
    const text = "2. Các chỉ tiêu chủ yếu\n- Ủy ban kiểm tra Đảng ủy kiểm tra ít nhất 02 tổ chức đảng và 05 đảng viên.\n- Kết nạp 25 đảng viên mới.";
    const r = readResolution(text);
    expect(r.targets.map((t) => [t.kind, t.op, t.value, t.indicator])).toEqual([
      ["count", ">=", 2, "org.inspected.share"],
      ["count", ">=", 5, "member.inspected.share"],
      ["count", ">=", 25, "member.admitted.count"],
    ]);
    expect(r.targets[1].text).toBe("05 đảng viên");
  });

  it("does not lend the verb to a part that has its own", () => {
    const r = readResolution("Chỉ tiêu:\n- Kiểm tra 30% đảng viên, 100% đảng viên được học tập, quán triệt nghị quyết.");
    expect(r.targets.map((t) => t.indicator)).toEqual(["member.inspected.share", "member.studied.share"]);
  });
});

describe("lettered and numbered items that set numbers are targets, not headings", () => {
  it("reads c) and e) items without a percent sign", () => {
    const text = [
      "B. CHỈ TIÊU",
      "a) Có 90% trở lên đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên.",
      "c) Kết nạp mới 350 đảng viên trở lên, trong đó: Đức Trọng 120, Liên Nghĩa 80.",
      "e) Mỗi chi bộ có ít nhất 01 mô hình \"Dân vận khéo\".",
      "C. NHIỆM VỤ, GIẢI PHÁP",
      "1. Tiếp tục kết nạp đảng viên trong đoàn viên.",
    ].join("\n");
    const r = readResolution(text);
    expect(r.targets.map((t) => [t.id, t.op, t.value, t.scope, t.per, t.indicator])).toEqual([
      ["1", ">=", 0.9, null, null, "member.rating.httnv_plus.share"],
      ["2", ">=", 350, null, null, "member.admitted.count"],
      ["2.1", ">=", 120, "Đức Trọng", null, null],
      ["2.2", ">=", 80, "Liên Nghĩa", null, null],
      ["3", ">=", 1, null, "chi bộ", "org.danvankheo.per_unit"],
    ]);
  });

  it("still takes headings with years and document numbers as headings", () => {
    const text = "II. MỤC TIÊU\n1. Mục tiêu chung\nXây dựng Đảng bộ vững mạnh.\n2. Chỉ tiêu năm 2025\n- Kết nạp 25 đảng viên mới.\n3. Thực hiện Nghị quyết 19-NQ/TW\n- Tổ chức 02 hội nghị.";
    const r = readResolution(text);
    expect(r.targets.map((t) => t.value)).toEqual([25]);
  });
});

describe("numbers in the names of movements are not goals", () => {
  it("\"chi bộ 4 tốt\", \"5 tốt\", \"3 sạch\"", () => {
    const r = readResolution("Chỉ tiêu:\n- Có ít nhất 80% số chi bộ đạt chuẩn chi bộ 4 tốt.\n- 3 đảng bộ cơ sở được công nhận \"5 tốt\", 2 khu dân cư \"3 sạch\".");
    expect(r.targets.map((t) => t.value)).toEqual([0.8, 3, 2]);
  });
});

describe("targets written on the same line as their heading", () => {
  it("\"Các chỉ tiêu chủ yếu: …; …; …\" is the targets section, read from after the colon", () => {
    const text = [
      "I. MỤC TIÊU",
      "Mục tiêu chung: xây dựng Đảng bộ trong sạch, vững mạnh.",
      "Các chỉ tiêu chủ yếu: Tốc độ tăng trưởng kinh tế đạt 8%; kết nạp 30 đảng viên; tỷ lệ đảng viên vi phạm kỷ luật dưới 1‰.",
      "II. NHIỆM VỤ",
      "1. Kết nạp 50 đảng viên trong nhiệm kỳ là nhiệm vụ của các chi bộ.",
    ].join("\n");
    const r = readResolution(text);
    expect(r.section).toBe("Các chỉ tiêu chủ yếu");
    expect(r.targets.map((t) => [t.text, t.op, t.value])).toEqual([
      ["Tốc độ tăng trưởng kinh tế đạt 8%", ">=", 0.08],
      ["kết nạp 30 đảng viên", ">=", 30],
      ["tỷ lệ đảng viên vi phạm kỷ luật dưới 1‰", "<", 0.001],
    ]);
  });

  it("numbered: \"2. Chỉ tiêu: …\"", () => {
    const r = readResolution("II. PHƯƠNG HƯỚNG\n1. Mục tiêu: nâng cao chất lượng.\n2. Chỉ tiêu: 90% đảng viên hoàn thành tốt nhiệm vụ trở lên; kết nạp 20 đảng viên.\n3. Nhiệm vụ: kết nạp 5 đảng viên mỗi quý.");
    expect(r.targets.map((t) => t.value)).toEqual([0.9, 20]);
  });
});

describe("degenerate ranges in a resolution", () => {
  it("a range whose bounds are equal is read as one minimum", () => {
    const r = readResolution("Chỉ tiêu\n1. Chi bộ kiểm tra từ 30% đến 30% đảng viên.");
    expect(r.targets.map((t) => [t.op, t.value, t.max])).toEqual([[">=", 0.3, null]]);
  });
});

describe("phrasings of other committees (not in the seeds)", () => {
  const read = (body: string) => readResolution("Chỉ tiêu\n" + body).targets;

  it("the subject of 'tỷ lệ X giảm N% so với …' is X, and the base is kept", () => {
    const [t] = read("- Tỷ lệ hộ nghèo giảm 1,5% so với năm 2024.");
    expect(t).toMatchObject({ kind: "percent", value: 0.015, change: "decrease", subject: "hộ nghèo", base: "năm 2024" });
  });

  it("a verb after the counted noun is no part of the unit", () => {
    expect(read("- Có thêm 02 xã đạt chuẩn nông thôn mới nâng cao.")[0]).toMatchObject({ kind: "count", value: 2, unit: "xã" });
  });

  it("'không có … không hoàn thành nhiệm vụ' is a zero count bound to the rating share's numerator", () => {
    const [org] = read("- Không có tổ chức cơ sở đảng xếp loại không hoàn thành nhiệm vụ.");
    expect(org).toMatchObject({ kind: "count", op: "=", value: 0, subject: "tổ chức cơ sở đảng", indicator: "org.rating.khtnv.share" });
    const [member] = read("- Không có đảng viên không hoàn thành nhiệm vụ.");
    expect(member).toMatchObject({ kind: "count", op: "=", value: 0, indicator: "member.rating.khtnv.share" });
  });

  it("the Fatherland Front and the unions of the committee, rated as bodies", () => {
    const [t] = read("- Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội huyện được xếp loại hoàn thành tốt nhiệm vụ trở lên.");
    expect(t).toMatchObject({ kind: "rating", op: ">=", value: "HTTNV", indicator: "union.upper.rating" });
  });

  it("a 'trong đó' cap on organisations and members goes under each parent, with its own base noted", () => {
    const ts = read(
      '2. Phấn đấu có 95% trở lên tổ chức cơ sở đảng, 92% trở lên đảng viên được xếp loại "Hoàn thành tốt nhiệm vụ" trở lên; trong đó số tổ chức cơ sở đảng, đảng viên "Hoàn thành xuất sắc nhiệm vụ" không vượt quá 20% số được xếp loại "Hoàn thành tốt nhiệm vụ".',
    );
    expect(ts.map((t) => [t.id, t.parent, t.op, t.value, t.indicator])).toEqual([
      ["1", null, ">=", 0.95, "org.rating.httnv_plus.share"],
      ["2", null, ">=", 0.92, "member.rating.httnv_plus.share"],
      ["1.1", "1", "<=", 0.2, "org.rating.htxsnv.share"],
      ["2.1", "2", "<=", 0.2, "member.rating.htxsnv.share"],
    ]);
    expect(ts[2]?.base).toBe('số được xếp loại "Hoàn thành tốt nhiệm vụ"');
    expect((ts[2]?.notes ?? []).join(" ")).toMatch(/trần 20%/);
  });

  it("'phát triển N đảng viên' is admissions; a change restated in brackets is no target of its own", () => {
    expect(read("- Phát triển từ 50 đảng viên trở lên.")[0]).toMatchObject({ value: 50, indicator: "member.admitted.count" });
    const ts = read("- Kết nạp mới ít nhất 120 đảng viên (tăng 10% so với năm 2024), trong đó đảng viên là đoàn viên thanh niên chiếm 70% trở lên.");
    expect(ts.map((t) => [t.id, t.parent, t.kind, t.value])).toEqual([
      ["1", null, "count", 120],
      ["1.1", "1", "percent", 0.7],
    ]);
  });

  it("operator symbols before the number (≥, ≤, <, >) as typed in short lists and tables", () => {
    const ts = read("1) Tỷ lệ đảng viên xếp loại HTTNV trở lên ≥ 90%.\n2) Tỷ lệ đảng viên KHTNV ≤ 2%.\n3) Kết nạp ≥ 50 đảng viên.\n4) Tỷ lệ đảng viên bị kỷ luật < 1%.");
    expect(ts.map((t) => [t.op, t.value, t.indicator])).toEqual([
      [">=", 0.9, "member.rating.httnv_plus.share"],
      ["<=", 0.02, "member.rating.khtnv.share"],
      [">=", 50, "member.admitted.count"],
      ["<", 0.01, null],
    ]);
  });

  it("the subject written first, before the verb and the number", () => {
    const ts = read("- Đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên đạt 90% trở lên.\n- Chi bộ trực thuộc được kiểm tra đạt 100%.\n- Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên: 85%.");
    expect(ts.map((t) => [t.subject, t.indicator])).toEqual([
      ["Đảng viên", "member.rating.httnv_plus.share"],
      ["Chi bộ trực thuộc", "branch.inspected.share"],
      ["Tổ chức cơ sở đảng", "org.rating.httnv_plus.share"],
    ]);
  });

  it("subjects end before a time ('hằng năm'), a verb ('sinh hoạt') or a per-year suffix ('100%/năm'); 'chuyên đề' is no 'để'", () => {
    expect(read("- Đảng bộ hằng năm đạt hoàn thành tốt nhiệm vụ trở lên.")[0]).toMatchObject({ kind: "rating", subject: "Đảng bộ", indicator: "committee.rating", period: "year" });
    expect(read("- 100% chi bộ trực thuộc sinh hoạt chuyên đề ít nhất 01 lần/quý.").map((t) => [t.value, t.subject])).toEqual([[1, "chi bộ trực thuộc"]]);
    expect(read("- Tỷ lệ chi bộ trực thuộc được kiểm tra, giám sát đạt 100%/năm.")[0]).toMatchObject({ subject: "chi bộ trực thuộc", indicator: "branch.inspected.share", period: "year" });
  });

  it("'đảng viên mỗi năm' is not 'đảng viên mới'", () => {
    const ts = read("- Ủy ban Kiểm tra Đảng ủy kiểm tra ít nhất 2 tổ chức đảng và 5 đảng viên mỗi năm.");
    expect(ts.map((t) => [t.value, t.unit, t.indicator])).toEqual([
      [2, "tổ chức đảng", "org.inspected.share"],
      [5, "đảng viên", "member.inspected.share"],
    ]);
    expect(read("- Mỗi năm kết nạp 20 đảng viên mới.")[0]).toMatchObject({ unit: "đảng viên mới", indicator: "member.admitted.count" });
  });
});

describe("lettered items are never joined as page-break splits", () => {
  it("'a) … trở lên' then 'b) Kết nạp …' without final punctuation stay two items", () => {
    const r = readResolution("Chỉ tiêu\na) Có 90% đảng viên hoàn thành tốt nhiệm vụ trở lên\nb) Kết nạp 90 đảng viên mới\nđ) Có 100% chi bộ trực thuộc được kiểm tra");
    expect(r.targets.map((t) => [t.value, t.indicator])).toEqual([
      [0.9, "member.rating.httnv_plus.share"],
      [90, "member.admitted.count"],
      [1, "branch.inspected.share"],
    ]);
    expect(r.repairs).not.toContain("reader.repair.joined");
  });
  it("a sentence really cut by a page break is still joined", () => {
    const r = readResolution("Chỉ tiêu\n- Có 90% đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên, trong\nđó có 15% hoàn thành xuất sắc nhiệm vụ.");
    expect(r.repairs).toContain("reader.repair.joined");
    expect(r.targets.map((t) => [t.id, t.parent, t.value])).toEqual([["1", null, 0.9], ["1.1", "1", 0.15]]);
  });
});
