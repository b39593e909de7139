/**
 * Target or result, decided per clause from its own words (stance.ts), on sentences written for these tests in the
 * style of news reports and congress resolutions (no targets heading anywhere).
 */
import { readResolution } from "../../../src/core/reader/read";
import { clauseSignals } from "../../../src/core/reader/stance";
import { foldSameLength } from "../../../src/core/text/normalize";

const values = (text: string) => readResolution(text).targets.map((t) => t.value);
const score = (s: string) => clauseSignals(foldSameLength(s), s).score;

describe("the stance of a clause", () => {
  it("goal words and the future score above zero, the past and results below", () => {
    expect(score("xã phấn đấu có 95% hộ dùng nước sạch")).toBeGreaterThan(0);
    expect(score("mỗi năm kết nạp từ 25 đảng viên trở lên")).toBeGreaterThan(0);
    expect(score("năm qua huyện đã kết nạp 41 đảng viên")).toBeLessThan(0);
    expect(score("kết quả có 12 chi bộ hoàn thành xuất sắc nhiệm vụ")).toBeLessThan(0);
    expect(score("tăng 8% so với cùng kỳ")).toBeLessThan(0);
  });

  it("words that fold alike are told apart on the written text", () => {
    expect(score("tặng giấy khen cho 05 đồng chí")).toBe(0); // "tặng" is no "tăng"
    expect(score("thu ngân sách trên địa bàn")).toBe(0); // "trên địa bàn" is no "trên" (above)
    expect(score("nâng cao năng lực lãnh đạo, tăng cường kỷ luật")).toBe(0);
  });

  it("a result measured against the plan is a result whatever goal words it quotes", () => {
    expect(score("kết nạp được 310 đảng viên, đạt 103,3% so với chỉ tiêu Nghị quyết đề ra")).toBeLessThan(0);
    expect(score("hằng năm gọi thanh niên nhập ngũ đạt 100% chỉ tiêu")).toBeGreaterThan(0); // 100% of the quota is a goal
  });

  it("'đã' of a decision taken announces the goal; 'đã' after the number describes what is counted", () => {
    expect(score("Ban Thường vụ đã thống nhất giao chỉ tiêu kết nạp 300 đảng viên")).toBeGreaterThan(0);
    expect(score("phấn đấu 40% hợp tác xã đã có tổ chức đoàn thể thành lập được chi bộ")).toBeGreaterThan(0);
  });
});

describe("reading prose without a targets heading", () => {
  it("keeps the goals of a congress report and leaves its results out", () => {
    const text =
      "Nhiệm kỳ qua, Đảng bộ xã đã kết nạp 48 đảng viên, đạt 120% chỉ tiêu. Nhiệm kỳ 2025 - 2030, Đại hội đề ra mục tiêu: " +
      "thu nhập bình quân đầu người đạt 85 triệu đồng; mỗi năm kết nạp từ 12 đến 15 đảng viên; không còn hộ nghèo.";
    expect(values(text)).toEqual([85, 12, 0]);
  });

  it("a sentence opened by 'Cụ thể' or 'Theo đó' continues the one before", () => {
    expect(values("Huyện ủy giao chỉ tiêu phát triển đảng viên năm 2025. Cụ thể: xã Tân An 20; xã Bình Hòa 15.")).toEqual([20, 15]);
    expect(values("Năm qua toàn huyện kết nạp được 210 đảng viên. Theo đó, có 18 chi bộ kết nạp được đảng viên.")).toEqual([]);
  });

  it("the items of a list under a line ending in ':' take the line's stance", () => {
    expect(values("Phấn đấu đến năm 2030:\n- 100% thôn có nhà văn hóa.\n- Tỷ lệ hộ nghèo dưới 1%.")).toEqual([1, 0.01]);
  });

  it("a figure in the form of a result makes the rest of its clause a report", () => {
    expect(values("Năm 2024, có 41/45 chi bộ hoàn thành tốt nhiệm vụ trở lên, trong đó có 9 chi bộ hoàn thành xuất sắc nhiệm vụ.")).toEqual([]);
    expect(values("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ đạt 96,82%, bằng 101% kế hoạch.")).toEqual([]);
  });

  it("a number in brackets is judged on the bracket's words: a fact there is no target", () => {
    expect(values("Hằng năm kết nạp đảng viên đạt từ 2% trở lên so với tổng số đảng viên (đầu nhiệm kỳ Đảng bộ có tổng số 2.140 đảng viên).")).toEqual([0.02]);
  });

  it("a target quoted inside a report is a target, and so are its 'trong đó' children", () => {
    const r = readResolution("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ năm qua đạt 93,4%, theo Nghị quyết 90% trở lên, trong đó 12% hoàn thành xuất sắc nhiệm vụ.");
    expect(r.targets.map((t) => [t.id, t.parent, t.value])).toEqual([["1", null, 0.9], ["1.1", "1", 0.12]]);
    expect(values("Tỷ lệ hộ dùng nước sạch đạt 97,2% (chỉ tiêu Nghị quyết là 95%).")).toEqual([0.95]);
  });

  it("a range is a goal even after 'được': results are exact figures", () => {
    expect(values("Mỗi xã thành lập được 1 - 2 tổ chức đảng trong doanh nghiệp.")).toEqual([1]);
  });
});

describe("deadlines", () => {
  const deadlines = (text: string) => readResolution(text).targets.map((t) => t.deadline);

  it("one written inside a clause is that clause's only", () => {
    expect(deadlines("Phấn đấu thu nhập bình quân đến năm 2030 đạt 90 triệu đồng; tỷ lệ che phủ rừng đạt 45%.")).toEqual([2030, null]);
  });

  it("one that opens a sentence governs it and the next sentences without a period of their own", () => {
    const text = "Phấn đấu đến năm 2030, 100% xã đạt chuẩn nông thôn mới, thu ngân sách tăng 10%/năm. 95% hộ dùng điện. Mỗi năm kết nạp 30 đảng viên.";
    expect(deadlines(text)).toEqual([2030, 2030, 2030, null]);
  });

  it("one in a heading or a ':' line governs the whole list under it, yearly items too", () => {
    expect(deadlines("Các chỉ tiêu chủ yếu đến năm 2030:\n- Tỷ lệ hộ nghèo hằng năm giảm 1%.\n- Kết nạp 200 đảng viên.")).toEqual([2030, 2030]);
    expect(deadlines("Phấn đấu từ nay đến năm 2027:\n+ Hàng năm có 100% chi bộ được kiểm tra.\n\n+ Trên 80% đảng viên được học tập nghị quyết.")).toEqual([2027, 2027]);
  });

  it("'Đến cuối 2028' without 'năm' is a deadline; a term 'giai đoạn 2026 - 2030' is not", () => {
    expect(deadlines("Phấn đấu đến cuối 2028 không còn nhà tạm.")).toEqual([2028]);
    expect(deadlines("Giai đoạn 2026 - 2030 phấn đấu kết nạp 300 đảng viên.")).toEqual([null]);
  });
});

describe("numbers that are no targets", () => {
  it("counts of the document's own parts", () => {
    expect(values("Đại hội thông qua 14 chỉ tiêu, 4 nhiệm vụ trọng tâm và 2 khâu đột phá, trong đó phấn đấu kết nạp 50 đảng viên.")).toEqual([50]);
  });
});

describe("more phrasings of plans and reports", () => {
  it("'Theo kế hoạch …' introduces the plan's figures; 'đã ban hành kế hoạch' is a report", () => {
    expect(values("Theo Kế hoạch công tác năm 2025, Ban Thường vụ tổ chức 04 cuộc kiểm tra; 02 cuộc giám sát chuyên đề.")).toEqual([4, 2]);
    expect(values("Các chi bộ đã ban hành kế hoạch; trong đó kiểm tra 03 tổ chức và 12 đảng viên.")).toEqual([]);
  });

  it("'<body> có dưới 07 đảng viên …' filters what is counted, it sets no number", () => {
    expect(values("Chi bộ kiểm tra ít nhất 25% đảng viên; chi bộ có dưới 05 đảng viên thực hiện kiểm tra xoay vòng.")).toEqual([0.25]);
  });

  it("a resolution's number is no target; a figure quoted as the resolution's is", () => {
    expect(values("Theo Nghị quyết 21 của Ban Chấp hành Trung ương, tỉnh đặt mục tiêu hằng năm có trên 90% đảng viên hoàn thành tốt nhiệm vụ.")).toEqual([0.9]);
    expect(values("Năm qua toàn tỉnh kết nạp 587 đảng viên (nghị quyết 550 đảng viên).")).toEqual([550]);
  });

  it("'đạt và vượt kế hoạch đề ra' reports, whatever goal words follow", () => {
    expect(values("Nhiều chỉ tiêu đạt và vượt so với kế hoạch đề ra: tổng giá trị sản xuất đạt 3.100 tỷ đồng.")).toEqual([]);
  });

  it("constant prices of a past year ('giá so sánh năm 2010') make no result", () => {
    expect(values("Nhiệm kỳ 2025 - 2030, tốc độ tăng giá trị sản xuất bình quân hằng năm (giá so sánh năm 2010) đạt 12%.")).toEqual([0.12]);
  });

  it("'hoàn thành 19/19 tiêu chí' is a goal; a year with a typo ('2015- 20202') is no range", () => {
    expect(values("Phấn đấu đến năm 2027 xã hoàn thành 19/19 tiêu chí nông thôn mới.")).toEqual([19]);
    expect(values("Đại hội nhiệm kỳ 2025- 20302 phấn đấu kết nạp 30 đảng viên.")).toEqual([30]);
  });
});
