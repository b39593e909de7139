jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));
// Report fields typed in the pane are kept in the workbook: the check writes them into the "Chỉ tiêu"
// settings block (in the write's own round trips), so the ribbon, the CLI and the next session use them.
import type { Target } from "../../src/core/model/target";
import { readReportSettings } from "../../src/core/targets-sheet";
import { checkWorkbook, fillSample, writeTargets } from "../../src/excel/actions";
import { mockContext, newWorkbook, type FakeWorkbook } from "./helpers";

const admitted: Target = {
  id: "1", parent: null, text: "Kết nạp 120 đảng viên mới trong năm", subject: "đảng viên", kind: "count", op: ">=", value: 120, max: null,
  stretch: null, unit: "đảng viên", per: null, scope: null, change: null, deadline: null, period: "year", indicator: "member.admitted.count", confidence: 0.9,
};

async function prepared(): Promise<FakeWorkbook> {
  const wb = newWorkbook();
  await writeTargets(mockContext(wb), [admitted], "vi", "ask", { signer: "Trần Thị Bình", docType: "phu-luc" });
  await fillSample(mockContext(wb));
  return wb;
}

function block(wb: FakeWorkbook) {
  return readReportSettings({ name: "Chỉ tiêu", values: wb.sheet("Chỉ tiêu").cells });
}

describe("the pane's report fields go back into the settings block", () => {
  it("writes the typed fields, not the prefilled date, in no extra round trip; the next check reads them", async () => {
    const plain = await prepared();
    plain.syncCount = 0;
    await checkWorkbook(mockContext(plain), { lang: "vi", period: { months: 12, year: 2025 } });
    const syncsWithout = plain.syncCount;

    const wb = await prepared();
    wb.syncCount = 0;
    const now = new Date();
    const today = { day: now.getDate(), month: now.getMonth() + 1, year: now.getFullYear() };
    const out = await checkWorkbook(mockContext(wb), { lang: "vi", period: { months: 12, year: 2025 }, fields: { signer: "Nguyễn Văn An", place: "Đà Lạt", date: today } });
    expect(out.kind).toBe("done");
    if (out.kind !== "done") return;
    expect(wb.syncCount).toBe(syncsWithout);
    expect(out.fieldsSaved).toBe(2);
    expect(out.targetsSheet).toBe("Chỉ tiêu");
    expect(out.result.header).toMatchObject({ signer: "Nguyễn Văn An", place: "Đà Lạt", docType: "phu-luc", date: today });
    expect(block(wb)).toEqual({ signer: "Nguyễn Văn An", place: "Đà Lạt", docType: "phu-luc" });

    const again = await checkWorkbook(mockContext(wb), { lang: "vi", period: { months: 12, year: 2025 } });
    expect(again.kind === "done" && again.result.header.signer).toBe("Nguyễn Văn An");
    expect(again.kind === "done" && again.fieldsSaved).toBe(0);
  });

  it("a cancelled check writes nothing back", async () => {
    const wb = await prepared();
    const out = await checkWorkbook(mockContext(wb), { lang: "vi", period: { months: 12, year: 2025 }, fields: { signer: "Nguyễn Văn An" }, cancelled: () => true });
    expect(out.kind).toBe("cancelled");
    expect(block(wb).signer).toBe("Trần Thị Bình");
  });
});
