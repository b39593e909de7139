jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));
import { OfficeMockObject } from "office-addin-mock";
import { runCheckCommand } from "../../src/commands/commands";
import { buildTargetsSheet } from "../../src/core/targets-sheet";
import { buildTemplates } from "../../src/core/templates";
import type { Target } from "../../src/core/model/target";
import { writeSheetModels } from "../../src/excel/write";
import { readWorkbookGrids } from "../../src/excel/read";
import { mockContext, newWorkbook, officeError, type FakeWorkbook } from "./helpers";

const target: Target = {
  id: "1", parent: null, text: "Có từ 90% đảng viên hoàn thành tốt nhiệm vụ trở lên", subject: "đảng viên", kind: "percent", op: ">=",
  value: 0.9, max: null, stretch: null, unit: "%", per: null, scope: null, change: null, deadline: null, period: "year",
  indicator: null, confidence: 0.9, manual: 0.95,
};

/** Excel and Office globals as the ribbon's function file sees them, over one fake workbook. */
function install(wb: FakeWorkbook, lang = "vi-VN"): { runs: jest.Mock } {
  const runs = jest.fn();
  (globalThis as any).Office = { context: { displayLanguage: lang }, onReady: () => Promise.resolve() };
  (globalThis as any).Excel = new OfficeMockObject({
    run: async (a: unknown, b?: unknown) => {
      runs(a);
      const batch = (typeof a === "function" ? a : b) as (c: Excel.RequestContext) => Promise<unknown>;
      return batch(mockContext(wb));
    },
  });
  return { runs };
}

afterEach(() => {
  delete (globalThis as any).Office;
  delete (globalThis as any).Excel;
});

async function workbookWithTargets(): Promise<FakeWorkbook> {
  const wb = newWorkbook();
  await writeSheetModels(mockContext(wb), [buildTargetsSheet([target], "vi"), ...buildTemplates("vi")]);
  wb.syncCount = 0;
  return wb;
}

describe("ribbon command runCheck", () => {
  it("checks, writes the summary sheets, activates Tổng hợp, leaves inputs unchanged and calls event.completed()", async () => {
    const wb = await workbookWithTargets();
    const before = JSON.stringify((await readWorkbookGrids(mockContext(wb))).sheets);
    const { runs } = install(wb);
    const event = { completed: jest.fn() };
    const out = await runCheckCommand(event);
    expect(out).toEqual({ ok: true, targets: 1 });
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(runs).toHaveBeenCalledWith({ delayForCellEdit: true });
    expect(wb.activeSheet().name).toBe("Tổng hợp");
    expect(wb.sheetNames()).toEqual(expect.arrayContaining(["Chỉ tiêu", "Tổng hợp"]));
    const after = (await readWorkbookGrids(mockContext(wb))).sheets;
    expect(JSON.stringify(after)).toBe(before);
  });

  it("without targets, writes a message sheet telling the user to open the pane, and nothing else", async () => {
    const wb = newWorkbook({ "Tổ chức": [["Tên tổ chức"], ["Chi bộ 1"]] });
    install(wb);
    const event = { completed: jest.fn() };
    const out = await runCheckCommand(event);
    expect(out.ok).toBe(false);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(wb.sheetNames()).toEqual(["Tổ chức", "Thông báo NQ"]);
    expect(String(wb.sheet("Thông báo NQ").read("A2")[0][0])).toContain("Bảng điều khiển");
    expect(wb.activeSheet().name).toBe("Thông báo NQ");
  });

  it("on a failure midway: no half-written output, a Vietnamese message, and the next good run removes the message", async () => {
    const wb = await workbookWithTargets();
    const names = wb.sheetNames();
    wb.failWhen = (op) => (op.kind === "merge" ? officeError("GeneralException", "Lỗi ghi") : null);
    install(wb);
    const event = { completed: jest.fn() };
    const out = await runCheckCommand(event);
    expect(out).toEqual({ ok: false, message: "Excel báo lỗi: Lỗi ghi" });
    expect(event.completed).toHaveBeenCalledTimes(1);
    wb.failWhen = null;
    // The message sheet could not be written either (it merges nothing, so it was): only it was added.
    expect(wb.sheetNames()).toEqual([...names, "Thông báo NQ"]);
    await runCheckCommand({ completed: jest.fn() });
    expect(wb.sheetNames()).not.toContain("Thông báo NQ");
    expect(wb.sheetNames()).toContain("Tổng hợp");
  });

  it("a protected workbook: the message cannot be written either, and event.completed() is still called", async () => {
    const wb = await workbookWithTargets();
    wb.structureProtected = true;
    install(wb, "en-US");
    const event = { completed: jest.fn() };
    const out = await runCheckCommand(event);
    expect(out.ok).toBe(false);
    expect(out.ok === false && out.message).toContain("protected");
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(wb.sheetNames().some((n) => n.startsWith("~nq"))).toBe(false);
  });
});
