jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));
import { ApiMissingError, toUserError } from "../../src/excel/errors";
import { readWorkbookGrids } from "../../src/excel/read";
import { writeSheetModels } from "../../src/excel/write";
import { mockContext, model, newWorkbook, officeError } from "./helpers";

describe("toUserError", () => {
  it("maps a protected sheet or workbook", () => {
    expect(toUserError(officeError("AccessDenied", "x")).code).toBe("protected");
    const e = toUserError(officeError("InvalidOperation", "The sheet is protected"));
    expect(e.code).toBe("protected");
    expect(e.message.vi).toContain("Bỏ bảo vệ");
    expect(e.message.en).toContain("Unprotect");
  });
  it("maps cell edit mode, payload limits and missing API sets with the Excel version needed", () => {
    expect(toUserError(officeError("InvalidOperationInCellEditMode")).code).toBe("cell-edit");
    expect(toUserError(officeError("RequestPayloadSizeLimitExceeded")).code).toBe("too-large");
    const api = toUserError(new ApiMissingError("1.8"));
    expect(api.code).toBe("api-missing");
    expect(api.message.vi).toContain("Excel 2019");
    expect(api.message.vi).toContain("ExcelApi 1.8");
  });
  it("keeps the detail of anything else", () => {
    const e = toUserError(new Error("Lỗi lạ"));
    expect(e).toEqual({ code: "generic", message: { vi: "Excel báo lỗi: Lỗi lạ", en: "Excel reported an error: Lỗi lạ" } });
  });
});

describe("error paths through Excel.run", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it("refuses before touching the workbook when the host lacks ExcelApi 1.8", async () => {
    (globalThis as { Office?: unknown }).Office = { context: { requirements: { isSetSupported: (_: string, v: string) => Number(v) < 1.8 } } };
    const wb = newWorkbook({ A: [[1]] });
    await expect(readWorkbookGrids(mockContext(wb))).rejects.toBeInstanceOf(ApiMissingError);
    expect(wb.syncCount).toBe(0);
  });

  it("skips page setup when ExcelApi 1.9 is missing, and still writes", async () => {
    (globalThis as { Office?: unknown }).Office = { context: { requirements: { isSetSupported: (_: string, v: string) => Number(v) < 1.9 } } };
    const wb = newWorkbook();
    await writeSheetModels(mockContext(wb), [model("Tổng hợp", "summary", [["a"]], { page: { orientation: "landscape", paperSize: "A4" } })]);
    expect(wb.sheet("Tổng hợp").pageLayout).toEqual({});
  });

  it("a protected workbook structure reaches the user as 'protected' and leaves nothing behind", async () => {
    const wb = newWorkbook({ A: [[1]] });
    wb.structureProtected = true;
    const err = await writeSheetModels(mockContext(wb), [model("Tổng hợp", "summary", [["a"]])]).catch((e) => e);
    expect(toUserError(err).code).toBe("protected");
    expect(wb.sheetNames()).toEqual(["A"]);
  });
});
