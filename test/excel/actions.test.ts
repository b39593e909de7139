jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));
import { buildTargetsSheet } from "../../src/core/targets-sheet";
import type { Target } from "../../src/core/model/target";
import { fillSample, inspectData, loadTargetsFromWorkbook } from "../../src/excel/actions";
import { writeSheetModels } from "../../src/excel/write";
import { mockContext, newWorkbook } from "./helpers";

const target: Target = {
  id: "1", parent: null, text: "Kết nạp 30 đảng viên mới", subject: "đảng viên", kind: "count", op: ">=", value: 30, max: null,
  stretch: null, unit: "đảng viên", per: null, scope: null, change: null, deadline: null, period: "year", indicator: null, confidence: 0.8,
};

describe("actions", () => {
  it("reads targets from the marked Chỉ tiêu sheet and never takes it for a data table", async () => {
    const wb = newWorkbook();
    await writeSheetModels(mockContext(wb), [buildTargetsSheet([target], "vi")]);
    await fillSample(mockContext(wb), 50);
    const found = await loadTargetsFromWorkbook(mockContext(wb));
    expect(found.sheet).toBe("Chỉ tiêu");
    expect(found.targets.map((x) => x.text)).toEqual([target.text]);
    const data = await inspectData(mockContext(wb));
    expect(data.recognised.map((r) => r.sheet).sort()).toEqual(["Tổ chức", "Đoàn thể", "Đảng viên"].sort());
    expect(data.members.length).toBeGreaterThan(0);
  });

  it("fills the sample into the template sheets (same names, replaced, not duplicated)", async () => {
    const wb = newWorkbook();
    await fillSample(mockContext(wb), 20);
    await fillSample(mockContext(wb), 20);
    expect(wb.sheetNames()).toEqual(["Tổ chức", "Đảng viên", "Đoàn thể"]);
  });
});
