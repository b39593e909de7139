jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));
// Issue 14 items 1 and 2: no silent overwrite of typed rows; "Xóa các sheet kết quả" removes only the add-in's result sheets.
import type { Target } from "../../src/core/model/target";
import { checkWorkbook, createTemplates, fillSample, removeResultSheets, resultSheets, writeTargets } from "../../src/excel/actions";
import { writeSheetModels } from "../../src/excel/write";
import { mockContext, model, newWorkbook, type FakeWorkbook } from "./helpers";

const target: Target = {
  id: "1", parent: null, text: "Kết nạp 30 đảng viên mới", subject: "đảng viên", kind: "count", op: ">=", value: 30, max: null,
  stretch: null, unit: "đảng viên", per: null, scope: null, change: null, deadline: null, period: "year", indicator: "member.admitted.count", confidence: 0.8,
};

/** Type an organisation into the first free row under the header of "Tổ chức", as a user would. */
function typeOrganisation(wb: FakeWorkbook, name: string): number {
  const s = wb.sheet("Tổ chức");
  const header = s.cells.findIndex((row: unknown[]) => (row ?? []).includes("Tên tổ chức"));
  expect(header).toBeGreaterThanOrEqual(0);
  let r = header + 1;
  while ((s.cells[r] ?? []).some((v: unknown) => v !== "" && v !== null && v !== undefined)) r++;
  s.cells[r] = ["", name, "Chi bộ cơ sở", "", 12];
  return r + 1;
}

describe("typed rows are never replaced without asking", () => {
  it("templates twice: replaced silently; after typing: asks, names the sheet and the rows, writes nothing", async () => {
    const wb = newWorkbook();
    expect((await createTemplates(mockContext(wb), "vi", "ask")).kind).toBe("done");
    expect((await createTemplates(mockContext(wb), "vi", "ask")).kind).toBe("done");
    expect(wb.sheetNames()).toEqual(["Tổ chức", "Đảng viên", "Đoàn thể"]);
    const row = typeOrganisation(wb, "Chi bộ Trường Tiểu học A");
    typeOrganisation(wb, "Chi bộ Trạm Y tế");
    const before = JSON.stringify(wb.sheet("Tổ chức").cells);
    const syncs = wb.syncCount;
    const out = await createTemplates(mockContext(wb), "vi", "ask");
    expect(out).toEqual({ kind: "confirm", atRisk: [{ sheet: "Tổ chức", role: "template-organisations", rows: 2, firstRow: row }] });
    // Two reads, no write.
    expect(wb.syncCount - syncs).toBe(2);
    expect(JSON.stringify(wb.sheet("Tổ chức").cells)).toBe(before);

    const sample = await fillSample(mockContext(wb), 20, "ask");
    expect(sample.kind).toBe("confirm");
    expect(JSON.stringify(wb.sheet("Tổ chức").cells)).toBe(before);
  });

  it("'write a copy instead' keeps the typed sheet as the user's and writes the new one beside it", async () => {
    const wb = newWorkbook();
    await createTemplates(mockContext(wb), "vi");
    typeOrganisation(wb, "Chi bộ Trường Tiểu học A");
    const out = await fillSample(mockContext(wb), 20, "copy");
    expect(out.kind).toBe("done");
    expect(wb.sheetNames()).toEqual(expect.arrayContaining(["Tổ chức", "Tổ chức (2)", "Đảng viên", "Đoàn thể"]));
    expect(JSON.stringify(wb.sheet("Tổ chức").cells)).toContain("Chi bộ Trường Tiểu học A");
    // The kept sheet is no longer the add-in's: the next sample fills "Tổ chức (2)" without asking.
    expect((await fillSample(mockContext(wb), 20, "ask")).kind).toBe("done");
    expect(JSON.stringify(wb.sheet("Tổ chức").cells)).toContain("Chi bộ Trường Tiểu học A");
  });

  it("the sample over templates, templates over the sample, the same sample again: nothing typed, nothing asked", async () => {
    const wb = newWorkbook();
    await createTemplates(mockContext(wb), "vi");
    // The pane fills the default sample (2,712 members).
    expect((await fillSample(mockContext(wb), undefined, "ask")).kind).toBe("done");
    expect((await fillSample(mockContext(wb), undefined, "ask")).kind).toBe("done");
    expect((await createTemplates(mockContext(wb), "vi", "ask")).kind).toBe("done");
    expect((await createTemplates(mockContext(wb), "en", "ask")).kind).toBe("done");
    expect((await fillSample(mockContext(wb), undefined, "ask")).kind).toBe("done");
  });

  it("'Chỉ tiêu' with a hand-typed result asks before it is written again; the same targets again do not", async () => {
    const wb = newWorkbook();
    await writeTargets(mockContext(wb), [target], "vi");
    expect((await writeTargets(mockContext(wb), [target], "vi", "ask")).kind).toBe("done");
    const s = wb.sheet("Chỉ tiêu");
    const r = s.cells.findIndex((row: unknown[]) => (row ?? []).includes(target.text));
    s.cells[r] = [...s.cells[r]];
    s.cells[r][s.cells[r].length + 1] = 41;
    const out = await writeTargets(mockContext(wb), [target], "vi", "ask");
    expect(out).toEqual({ kind: "confirm", atRisk: [expect.objectContaining({ sheet: "Chỉ tiêu", role: "targets", rows: 1, firstRow: r + 1 })] });
    expect((await writeTargets(mockContext(wb), [target], "vi", "replace")).kind).toBe("done");
    expect(JSON.stringify(wb.sheet("Chỉ tiêu").cells)).not.toContain("41");
  });
});

describe("Xóa các sheet kết quả", () => {
  it("removes the marked result sheets (renamed ones too) and their markers, nothing else", async () => {
    const wb = newWorkbook({ "Tổng hợp": [["sheet của tôi"]] });
    await writeTargets(mockContext(wb), [target], "vi");
    await fillSample(mockContext(wb), 20);
    const out = await checkWorkbook(mockContext(wb), { lang: "vi", period: { months: 6, year: 2025 } });
    expect(out.kind).toBe("done");
    await writeSheetModels(mockContext(wb), [{ ...model("Thông báo NQ", "summary", [["x"]]), role: "status" as const }]);
    wb.sheet("Theo tổ chức").name = "Đổi tên";
    const results = await resultSheets(mockContext(wb));
    expect(results.sort()).toEqual(["Tổng hợp (2)", "Đổi tên", "Lỗi dữ liệu", "Thông báo NQ"].sort());
    const syncs = wb.syncCount;
    const removed = await removeResultSheets(mockContext(wb));
    expect(wb.syncCount - syncs).toBe(2);
    expect(removed.sort()).toEqual(results.sort());
    expect(wb.sheetNames()).toEqual(["Tổng hợp", "Chỉ tiêu", "Tổ chức", "Đảng viên", "Đoàn thể"]);
    expect(wb.sheet("Tổng hợp").read("A1")).toEqual([["sheet của tôi"]]);
    expect(wb.names.map((n) => n.name).filter((n) => /summary|by_organisation|issues|status/.test(n))).toEqual([]);
    expect(await removeResultSheets(mockContext(wb))).toEqual([]);
  });

  it("leaves an empty sheet when only result sheets were there (a workbook keeps one sheet)", async () => {
    const wb = newWorkbook();
    await writeSheetModels(mockContext(wb), [{ ...model("Thông báo NQ", "summary", [["x"]]), role: "status" as const }]);
    expect(wb.sheetNames()).toEqual(["Thông báo NQ"]);
    expect(await removeResultSheets(mockContext(wb))).toEqual(["Thông báo NQ"]);
    expect(wb.sheetNames()).toEqual(["Sheet1"]);
  });
});

describe("cancel", () => {
  it("a cancel before the write writes nothing; a cancel during the write rolls it back", async () => {
    const wb = newWorkbook();
    await writeTargets(mockContext(wb), [target], "vi");
    await fillSample(mockContext(wb), 20);
    const names = wb.sheetNames();
    let asked = 0;
    const early = await checkWorkbook(mockContext(wb), { lang: "vi", pause: async () => undefined, cancelled: () => ++asked >= 2 });
    expect(early).toEqual({ kind: "cancelled" });
    expect(wb.sheetNames()).toEqual(names);
    // Cancelled at the last moment (between the write and the swap): the temporary sheets go again.
    asked = 0;
    const late = await checkWorkbook(mockContext(wb), { lang: "vi", cancelled: () => ++asked >= 5 });
    expect(late).toEqual({ kind: "cancelled" });
    expect(wb.sheetNames()).toEqual(names);
  });
});
