jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));
import { readDataSet } from "../../src/core/data/read";
import { mergeWorkbooks } from "../../src/core/merge";
import { dataInput } from "../../src/excel/actions";
import { writeMergedWorkbook } from "../../src/excel/merge";
import { readWorkbookGrids } from "../../src/excel/read";
import { splitSample } from "../core/merge/helpers";
import { mockContext, newWorkbook } from "./helpers";

describe("the merged workbook written into the open workbook (the add-in's own sheets)", () => {
  const { files } = splitSample();
  const all = mergeWorkbooks(files.map((f) => ({ name: f.name, workbook: f.workbook })));
  const some = mergeWorkbooks(files.slice(0, 5).map((f) => ({ name: f.name, workbook: f.workbook })));

  it("writes the three data sheets and the report in a fixed number of syncs; the check reads the data, not the report", async () => {
    const wb = newWorkbook();
    const context = mockContext(wb);
    const syncs = jest.spyOn(context, "sync");
    const out = await writeMergedWorkbook(context, all, "vi");
    expect(out.written).toBe(true);
    expect(wb.sheetNames()).toEqual(["Tổ chức", "Đảng viên", "Đoàn thể", "Tình hình gộp"]);
    expect(syncs.mock.calls.length).toBe(out.syncs);
    const small = mockContext(newWorkbook());
    const smallSyncs = jest.spyOn(small, "sync");
    await writeMergedWorkbook(small, some, "vi");
    // the same fixed part; only value chunks (5 MB requests) may add syncs
    expect(smallSyncs.mock.calls.length).toBeLessThanOrEqual(syncs.mock.calls.length);
    expect(smallSyncs.mock.calls.length).toBeLessThanOrEqual(6);

    const read = await readWorkbookGrids(mockContext(wb));
    expect(read.ownSheets).toContain("Tình hình gộp");
    const data = readDataSet(dataInput(read));
    expect(data.members).toHaveLength(2712);
    expect(data.recognised.map((r) => r.sheet)).toEqual(["Tổ chức", "Đảng viên", "Đoàn thể"]);
  });

  it("a second merge replaces the first one's sheets, not the user's", async () => {
    const wb = newWorkbook({ "Ghi chép": [["Việc cần làm"], ["Gọi Chi bộ Sở Tư pháp"]] });
    await writeMergedWorkbook(mockContext(wb), all, "vi");
    await writeMergedWorkbook(mockContext(wb), some, "vi");
    expect(wb.sheetNames().sort()).toEqual(["Ghi chép", "Tổ chức", "Đảng viên", "Đoàn thể", "Tình hình gộp"].sort());
    expect(wb.sheet("Ghi chép").read("A2")).toEqual([["Gọi Chi bộ Sở Tư pháp"]]);
    const data = readDataSet(dataInput(await readWorkbookGrids(mockContext(wb))));
    expect(data.members).toHaveLength(some.totals.members.written);
  });

  it("never next to the user's own data tables: nothing is written and the sheets in the way are named", async () => {
    const wb = newWorkbook({ "DS đảng viên": [["Họ và tên", "Ngày sinh", "Tổ chức"], ["Lê Văn Tám", 30000, "Chi bộ Sở Tư pháp"]] });
    const out = await writeMergedWorkbook(mockContext(wb), all, "vi");
    expect(out).toMatchObject({ written: false, userSheets: ["DS đảng viên"] });
    expect(wb.sheetNames()).toEqual(["DS đảng viên"]);
  });

  it("a user's sheet that merely has the same name stays; ours is renamed and the report's links follow", async () => {
    const wb = newWorkbook({ "Tổ chức": [["Ghi chú của tôi"]] });
    const out = await writeMergedWorkbook(mockContext(wb), all, "vi");
    expect(out.written).toBe(true);
    expect(wb.sheetNames()).toContain("Tổ chức (2)");
    expect(wb.sheet("Tổ chức").read("A1")).toEqual([["Ghi chú của tôi"]]);
    const withProblem = mergeWorkbooks([...files.slice(0, 2), files[1]].map((f, i) => ({ name: `${i} ${f.name}`, workbook: f.workbook })));
    const wb2 = newWorkbook({ "Tổ chức": [["Ghi chú của tôi"]] });
    await writeMergedWorkbook(mockContext(wb2), withProblem, "vi");
    const links = Object.values(wb2.sheet("Tình hình gộp").hyperlinks) as { documentReference?: string }[];
    expect(links.length).toBeGreaterThan(0);
    expect(links.some((l) => l.documentReference?.startsWith("'Tổ chức (2)'!"))).toBe(true);
    for (const l of links) expect(l.documentReference).toMatch(/^'(Tổ chức \(2\)|Đảng viên|Đoàn thể)'!A\d+$/);
  });
});
