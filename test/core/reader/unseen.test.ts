/**
 * General rules found while reading texts the reader had not seen (issue 12): each case is written for the test in
 * the shape seen, never copied from a corpus text.
 */
import { readResolution } from "../../../src/core/reader/read";

const read = (text: string) => readResolution(text).targets;
const brief = (text: string) => read(text).map((t) => [t.kind, t.op, t.value, t.max, t.deadline]);

describe("deadlines carried to where they govern", () => {
  it("a heading's year goes to every item of its numbered list, renumbered from 1, up to the next part", () => {
    const text = [
      "Đại hội Đảng bộ xã An Phú lần thứ X, nhiệm kỳ 2020 - 2025",
      "Ngày 12/7/2020, Đảng bộ xã An Phú tổ chức Đại hội.",
      "2. Các chỉ tiêu chủ yếu đến năm 2025",
      "1. Tốc độ tăng trưởng giá trị sản xuất bình quân 8%/năm.",
      "2. Thu nhập bình quân đầu người đạt 60 triệu đồng.",
      "3. Phấn đấu đến năm 2025 không còn hộ nghèo.",
      "4. Tỷ lệ lao động qua đào tạo: 88,7%.",
      "3. Nhiệm vụ và giải pháp",
      "Đại hội thống nhất 3 khâu đột phá.",
    ].join("\n");
    expect(brief(text)).toEqual([
      ["percent", ">=", 0.08, null, 2025],
      ["quantity", ">=", 60, null, 2025],
      ["count", "=", 0, null, 2025],
      ["percent", ">=", 0.887, null, 2025],
    ]);
  });

  it("a section of topics ('1. Về kinh tế') is not narrowed to its one sub-list named 'chỉ tiêu'", () => {
    const text = [
      "NGHỊ QUYẾT ĐẠI HỘI, NHIỆM KỲ 2020 - 2025",
      "II. CÁC CHỈ TIÊU",
      "1. Về kinh tế",
      "Các chỉ tiêu chủ yếu đến năm 2025:",
      "- Thu nhập bình quân đầu người đạt 60 triệu đồng.",
      "2. Về xây dựng Đảng",
      "- Hằng năm kết nạp 20 đảng viên mới.",
      "III. NHIỆM VỤ",
      "- Kết nạp được 50 đảng viên.",
    ].join("\n");
    expect(brief(text)).toEqual([
      ["quantity", ">=", 60, null, 2025],
      ["count", ">=", 20, null, null],
    ]);
  });

  it("topics between the items of a list under ':' do not end it", () => {
    const text = "Báo cáo chính trị đã đề ra các chỉ tiêu chính đến năm 2025 đó là:\n\nVề kinh tế\n\n- Tốc độ tăng giá trị sản xuất hằng năm 11-13%.\n\nVề xây dựng Đảng\n\n- Số đảng viên mới được kết nạp hằng năm: 200 đảng viên.";
    expect(brief(text)).toEqual([
      ["percent", "range", 0.11, 0.13, 2025],
      ["count", ">=", 200, null, 2025],
    ]);
  });

  it("a deadline opening a clause, or before a colon, dates the later clauses of its sentence but not a yearly one", () => {
    const text = "Đại hội thống nhất 29 chỉ tiêu chủ yếu, trong đó: phấn đấu đến năm 2030, tổng sản phẩm trên địa bàn đạt trên 1.200 tỷ đồng; thu nhập bình quân đầu người đạt 120 triệu đồng/năm; tốc độ tăng thu ngân sách bình quân 10%-12%/năm.\n\nCơ cấu kinh tế đến năm 2025: nông nghiệp 45%; dịch vụ 35%; công nghiệp 20%.";
    expect(brief(text)).toEqual([
      ["quantity", ">", 1200, null, 2030],
      ["quantity", ">=", 120, null, 2030],
      ["percent", "range", 0.1, 0.12, null],
      ["percent", ">=", 0.45, null, 2025],
      ["percent", ">=", 0.35, null, 2025],
      ["percent", ">=", 0.2, null, 2025],
    ]);
  });

  it("'Xã phấn đấu đến năm 2025 …' dates its sentence; a deadline in the year the text was written is that year's target", () => {
    const text = "Xã phấn đấu đến năm 2025 có 50% thôn đạt chuẩn; tỷ lệ người đi học đúng độ tuổi đạt 96%.\n\nNgày 26/6/2022, Thành ủy họp. Phấn đấu đến cuối năm 2022 thành lập mới ít nhất 1 tổ chức đoàn.";
    expect(read(text).map((t) => [t.value, t.deadline, t.period])).toEqual([[0.5, 2025, null], [0.96, 2025, null], [1, null, "year"]]);
  });
});

describe("deadlines of inline lists, years ahead, and parents", () => {
  it("'các chỉ tiêu chủ yếu đến năm 2030 như: …' dates its list, yearly items too, in the next paragraphs that set targets", () => {
    const text = "Đại hội nhiệm kỳ 2025-2030 đã đề ra các chỉ tiêu chủ yếu đến năm 2030 như: tốc độ tăng trưởng GRDP đạt bình quân từ 11%/năm trở lên, thu ngân sách tăng tối thiểu 10%/năm.\n\nTỷ lệ kết nạp đảng viên mới hằng năm đạt từ 3-4% tổng số đảng viên.\n\nĐại hội bầu Ban Chấp hành gồm 51 đồng chí.\n\nPhấn đấu hằng năm có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.";
    expect(read(text).map((t) => [t.value, t.deadline])).toEqual([[0.11, 2030], [0.1, 2030], [0.03, 2030], [0.9, null]]);
  });

  it("a line of its own with a list under it ('Mục tiêu đến năm 2030') opens the list as a ':' line does", () => {
    const text = "Ngày 3/10/2025, Đại hội Đảng bộ tỉnh khai mạc.\n\nMục tiêu đến năm 2030\n- Tốc độ tăng trưởng GRDP bình quân 8%/năm.\n- Phấn đấu 100% xã đạt chuẩn nông thôn mới.\n\nKết quả nổi bật nhiệm kỳ qua\n- Kết nạp 1.200 đảng viên mới.";
    expect(read(text).map((t) => [t.value, t.deadline])).toEqual([[0.08, 2030], [1, 2030]]);
  });

  it("'Đại hội đề ra mục tiêu đến năm 2030, …' dates the paragraph's later clauses that have no period of their own", () => {
    const text = "Đại hội Đảng bộ tỉnh nhiệm kỳ 2025 - 2030 diễn ra ngày 10/10/2025.\n\nĐại hội đề ra mục tiêu đến năm 2030, tỉnh trở thành tỉnh khá. Phấn đấu tốc độ tăng trưởng GRDP bình quân 10%/năm; GRDP bình quân đầu người đạt 150 triệu đồng.";
    expect(read(text).map((t) => [t.value, t.deadline])).toEqual([[0.1, null], [150, 2030]]);
  });

  it("'năm 2025 đạt …' written some years before is a deadline; the year after the text's, a year's target", () => {
    const text = "Ngày 10/8/2020, Đại hội thông qua các chỉ tiêu: giá trị sản phẩm trên một ha năm 2025 đạt 72 triệu đồng; phấn đấu năm 2021 đạt 60 triệu đồng.";
    expect(read(text).map((t) => [t.value, t.deadline])).toEqual([[72, 2025], [60, null]]);
  });

  it("an amount after 'Trong đó' is no part of the share before it; a zero after a 'trong đó' share is the parent's sibling", () => {
    const text = "Phấn đấu đến năm 2030, tỷ trọng thương mại dịch vụ chiếm 55%. Trong đó, giá trị thương mại dịch vụ đạt 500 tỷ đồng.\n\nPhấn đấu 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ, trong đó 20% hoàn thành xuất sắc nhiệm vụ, không có tổ chức cơ sở đảng yếu kém.";
    expect(read(text).map((t) => [t.id, t.parent, t.value])).toEqual([["1", null, 0.55], ["2", null, 500], ["3", null, 0.9], ["3.1", "3", 0.2], ["4", null, 0]]);
  });
});

describe("number words scale the number before them", () => {
  it("triệu, vạn and nghìn/ngàn before a counted noun; an amount in its own unit stays a quantity", () => {
    const text = "Nhiệm kỳ 2025 - 2030, Tỉnh đoàn phấn đấu tập hợp 1,6 triệu thanh niên; kết nạp 40 ngàn đoàn viên mới; hơn 2 vạn hội viên tham gia; thu nhập bình quân đạt 60 triệu đồng/người/năm.";
    expect(read(text).map((t) => [t.kind, t.op, t.value, t.unit])).toEqual([
      ["count", ">=", 1600000, "thanh niên"],
      ["count", ">=", 40000, "đoàn viên"],
      ["count", ">", 20000, "hội viên"],
      ["quantity", ">=", 60, "triệu đồng"],
    ]);
  });
});

describe("facts of the place and of the day are no targets", () => {
  it("who attends the congress: delegates, the members they stand for, the units they come from", () => {
    const text = "Đại hội phấn đấu 95% đảng viên hoàn thành tốt nhiệm vụ. Dự Đại hội có 185 đại biểu đại diện cho hơn 500 đảng viên của 56 chi, đảng bộ trực thuộc.";
    expect(read(text).map((t) => t.value)).toEqual([0.95]);
  });

  it("an event told with its date, the present state ('Hiện nay, …'), a date 'sáng 19.1'", () => {
    const text = "Phấn đấu năm 2026 có 90% chi bộ hoàn thành tốt nhiệm vụ. Ngày 10/3/2025, 12/12 chi bộ trực thuộc ký kết giao ước thi đua. Hiện nay, 83 thôn có bí thư chi bộ đồng thời là trưởng thôn. Đó là mục tiêu Huyện ủy đề ra tại hội nghị sáng 19.1.";
    expect(read(text).map((t) => t.value)).toEqual([0.9]);
  });

  it("a range in a report of the past term is a figure, not a goal", () => {
    const text = "Ngày 5/8/2025, Đảng bộ Công ty tổ chức Đại hội.\n\nNhiệm kỳ 2020 - 2025, doanh thu tăng trưởng hàng năm từ 12 – 13%, thu ngân sách đạt từ 6-9 tỷ đồng. Nhiệm kỳ 2025 - 2030, Đảng bộ phấn đấu doanh thu tăng 15%/năm.";
    expect(read(text).map((t) => t.value)).toEqual([0.15]);
  });

  it("a share reached 'nearly' is measured; a plan quoted in a report is the target; 'đạt con số 120 tỷ đồng' is a number", () => {
    const text = "Năm 2025, Đảng ủy phấn đấu 100% đảng viên hoàn thành nhiệm vụ. Quân số tham gia huấn luyện đạt gần 99%.\n\nNăm 2024, sản lượng mủ đạt 24.800 tấn, bằng 99,2% kế hoạch (Kế hoạch tập đoàn giao 25.000 tấn).\n\nPhấn đấu vận động Quỹ vì người nghèo đạt con số 120 tỷ đồng.";
    expect(read(text).map((t) => [t.kind, t.value])).toEqual([["percent", 1], ["quantity", 25000], ["quantity", 120]]);
  });

  it("a range in a paragraph that reports is a reported range, not a goal", () => {
    const text = "Nhiệm kỳ qua, Đảng bộ lãnh đạo hoàn thành vượt kế hoạch các chỉ tiêu. Doanh thu tăng trưởng hàng năm từ 12 – 13%, thu ngân sách đạt từ 6-9 tỷ đồng.\n\nNhiệm kỳ tới, phấn đấu doanh thu tăng từ 15 - 17%/năm.";
    expect(read(text).map((t) => [t.value, t.max])).toEqual([[0.15, 0.17]]);
  });

  it("a share restated as a count in brackets is one target", () => {
    const text = "Phấn đấu đến năm 2030: tỷ lệ xã đạt chuẩn nông thôn mới nâng cao 50% (8 xã); tỷ lệ thôn đạt chuẩn 60% (66/110 thôn, tăng thêm 20 thôn).";
    expect(read(text).map((t) => [t.kind, t.value])).toEqual([["percent", 0.5], ["percent", 0.6], ["count", 20]]);
  });
});

describe("one target, one reading", () => {
  it("a headline restating the body's target is not read twice (nor its copy at the page's end)", () => {
    const text = "Phấn đấu 75% số tổ chức cơ sở đảng đạt trong sạch, vững mạnh\n\n08/02/2014 09:26\n\nNăm 2014, Đảng bộ huyện phấn đấu có 75% tổ chức cơ sở đảng đạt trong sạch, vững mạnh, không có tổ chức cơ sở đảng yếu kém.\n\n(0) Bình luận\nPhấn đấu 75% số tổ chức cơ sở đảng đạt trong sạch, vững mạnh";
    const got = read(text);
    expect(got.map((t) => [t.kind, t.value])).toEqual([["percent", 0.75], ["count", 0]]);
    expect(got[0].text).toContain("Đảng bộ huyện phấn đấu");
  });

  it("a headline with another subject than the body's is kept", () => {
    const text = "Phấn đấu 100% chi bộ được kiểm tra\n\nNăm 2025, Đảng bộ phấn đấu 100% đảng viên học tập nghị quyết.";
    expect(read(text).map((t) => t.subject)).toEqual(["chi bộ", "đảng viên"]);
  });

  it("a body with a predicate of its own is not rated with the share after it", () => {
    const text = "Nhiệm kỳ 2025-2030, chi bộ phấn đấu hàng năm đạt trong sạch vững mạnh, 100% đảng viên hoàn thành tốt nhiệm vụ.";
    expect(read(text).map((t) => [t.kind, t.value])).toEqual([["percent", 1]]);
  });
});

describe("limits", () => {
  it("stops after 1000 targets and says so (no resolution has that many)", () => {
    const r = readResolution("2. Các chỉ tiêu chủ yếu\n" + "- Phấn đấu 90% chi bộ hoàn thành tốt nhiệm vụ.\n".repeat(1100));
    expect(r.targets).toHaveLength(1000);
    expect(r.repairs).toContain("reader.repair.truncated");
  });
});
