import { readResolution } from "../../../src/core/reader/read";

const SUM_NOTE = /cộng lại là/;
const noted = (text: string) => readResolution(text).targets.filter((t) => (t.notes ?? []).some((n) => SUM_NOTE.test(n)));

describe("allocation lists: the units' quotas against the stated total", () => {
  it("reads one quota per named unit, each with its unit's name as scope", () => {
    const r = readResolution("Năm 2024, Tỉnh ủy giao chỉ tiêu kết nạp 450 đảng viên: Đảng bộ Khối Cơ quan 150; Công an tỉnh 110; Quân sự 90 và Đảng bộ Khối Doanh nghiệp 100.");
    const quotas = r.targets.filter((t) => t.scope !== null);
    expect(quotas.map((t) => [t.scope, t.value])).toEqual([["Đảng bộ Khối Cơ quan", 150], ["Công an tỉnh", 110], ["Quân sự", 90], ["Đảng bộ Khối Doanh nghiệp", 100]]);
    expect(quotas.every((t) => t.unit === "đảng viên")).toBe(true);
  });

  it("says nothing when the units add up to the total", () => {
    expect(noted("Năm 2024, Tỉnh ủy giao chỉ tiêu kết nạp 450 đảng viên: Đảng bộ Khối Cơ quan 150; Công an tỉnh 110; Quân sự 90 và Đảng bộ Khối Doanh nghiệp 100.")).toEqual([]);
  });

  it("notes the total when the units add up to another figure, with both figures", () => {
    const [total] = noted("Năm 2024, Tỉnh ủy giao chỉ tiêu kết nạp 1.200 đảng viên: Đảng bộ Khối Cơ quan 150; Công an tỉnh 110; Quân sự 90 và Đảng bộ Khối Doanh nghiệp 100.");
    expect(total.value).toBe(1200);
    expect(total.notes!.find((n) => SUM_NOTE.test(n))).toMatch(/450.*1\.200/);
  });

  it("counts units written in full at either end of the list", () => {
    const text = "Giao chỉ tiêu phát triển 400 đảng viên mới trong năm 2024. Cụ thể: Đảng bộ TP.Tam Kỳ chỉ tiêu phát triển 150 đảng viên mới; Hội An 110; Công an 12; Biên phòng 15 và Đảng bộ Khối các cơ quan tỉnh chỉ tiêu phát triển 113 đảng viên mới.";
    expect(noted(text)).toEqual([]);
    expect(noted(text.replace("113 đảng", "155 đảng"))[0].value).toBe(400);
  });

  it("leaves 'trong đó' floors alone: they narrow a total, they do not break it down", () => {
    expect(noted("Phấn đấu kết nạp 170 đảng viên trong năm 2023; trong đó có ít nhất 30 đảng viên là đoàn viên, 20 đảng viên là người lao động trong doanh nghiệp tư nhân.")).toEqual([]);
  });
});
