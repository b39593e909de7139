jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));
// Issue 14 item 3: the pane, the ribbon and the sheet say the same. The ribbon has no period field:
// it checks the period the pane last used (kept in the workbook's settings), so a 6-month "Đúng tiến độ"
// does not turn into a year-end "Chưa đạt" when the ribbon is pressed.
import { OfficeMockObject } from "office-addin-mock";
import { runCheckCommand } from "../../src/commands/commands";
import type { Target } from "../../src/core/model/target";
import { PERIOD_SETTING, checkWorkbook, fillSample, storedPeriod, writeTargets } from "../../src/excel/actions";
import { mockContext, newWorkbook, type FakeWorkbook } from "./helpers";

const admitted: Target = {
  id: "1", parent: null, text: "Kết nạp 120 đảng viên mới trong năm", subject: "đảng viên", kind: "count", op: ">=", value: 120, max: null,
  stretch: null, unit: "đảng viên", per: null, scope: null, change: null, deadline: null, period: "year", indicator: "member.admitted.count", confidence: 0.9,
};

function summaryRow(wb: FakeWorkbook): unknown[] {
  const cells: unknown[][] = wb.sheet("Tổng hợp").cells;
  const row = cells.find((r) => (r ?? []).includes(admitted.text));
  expect(row).toBeDefined();
  return row as unknown[];
}

afterEach(() => {
  delete (globalThis as any).Office;
  delete (globalThis as any).Excel;
});

describe("the ribbon checks the period the pane last used", () => {
  it("6 months in the pane, then the ribbon: the same verdict and progress on Tổng hợp", async () => {
    const wb = newWorkbook();
    await writeTargets(mockContext(wb), [admitted], "vi");
    await fillSample(mockContext(wb));
    const pane = await checkWorkbook(mockContext(wb), { lang: "vi", period: { months: 6, year: 2025 } });
    expect(pane.kind).toBe("done");
    const fromPane = summaryRow(wb);
    expect(fromPane.some((v) => v === "Đúng tiến độ" || v === "Chậm tiến độ")).toBe(true);

    (globalThis as any).Office = { context: { displayLanguage: "vi-VN" }, onReady: () => Promise.resolve() };
    (globalThis as any).Excel = new OfficeMockObject({ run: async (a: unknown, b?: unknown) => ((typeof a === "function" ? a : b) as (c: unknown) => unknown)(mockContext(wb)) });
    expect(await runCheckCommand({ completed: () => undefined })).toEqual({ ok: true, targets: 1 });
    expect(summaryRow(wb)).toEqual(fromPane);
  });

  it("remembers only a check that was written; a stored value that is not a period is ignored", async () => {
    const wb = newWorkbook();
    await writeTargets(mockContext(wb), [admitted], "vi");
    const out = await checkWorkbook(mockContext(wb), { lang: "vi", period: { months: 9, year: 2025 }, cancelled: () => true });
    expect(out.kind).toBe("cancelled");
    expect((wb as any).settingValues?.[PERIOD_SETTING]).toBeUndefined();
    await checkWorkbook(mockContext(wb), { lang: "vi", period: { months: 9, year: 2025 } });
    expect(storedPeriod((wb as any).settingValues[PERIOD_SETTING])).toEqual({ months: 9, year: 2025 });
    for (const bad of ["x", "{}", JSON.stringify({ months: 13, year: 2025 }), JSON.stringify({ months: 6, year: 1900 }), 7, null]) expect(storedPeriod(bad)).toBeNull();
  });
});
