import { IssueSink, ISSUE_LIST_LIMIT } from "../../../src/core/validation/sink";
import { issueCounts, runCheck, checkToJson } from "../../../src/core/check/run";
import { buildSummarySheets } from "../../../src/core/check/sheets";
import { dataSet } from "../check/fixtures";

// Issue 13 item 1: memory is bounded whatever the input — the first ISSUE_LIST_LIMIT issues are kept in
// full, the rest counted per code, sheet and column; table-level issues are always kept.

describe("IssueSink", () => {
  it("keeps the first issues in full, then counts per code, sheet and column with the first cell", () => {
    const sink = new IssueSink(3);
    for (let r = 2; r < 10; r++) {
      sink.add("DATE_INVALID", { sheet: "Đảng viên", cell: `B${r}`, row: r }, { column: "Ngày sinh", value: "x" });
      sink.add("LIST_UNKNOWN", { sheet: "Đảng viên", cell: `C${r}`, row: r }, { column: "Giới tính", value: "?" }, "warning");
    }
    sink.add("ROWS_EXCLUDED", { sheet: "Đảng viên" }, { count: 8, table: "Đảng viên" });
    expect(sink.issues.map((i) => i.cell)).toEqual(["B2", "C2", "B3", null]);
    expect(sink.issues[3].code).toBe("ROWS_EXCLUDED"); // table-level: kept past the limit
    expect(sink.omitted).toEqual([
      { code: "LIST_UNKNOWN", severity: "warning", sheet: "Đảng viên", column: "Giới tính", count: 7, firstCell: "C3" },
      { code: "DATE_INVALID", severity: "error", sheet: "Đảng viên", column: "Ngày sinh", count: 6, firstCell: "B4" },
    ]);
    expect(issueCounts({ issues: sink.issues, issuesOmitted: sink.omitted })).toEqual({ errors: 2 + 6, warnings: 2 + 7, listed: 4, omitted: 13 });
  });

  it("a column without a header name is counted by its letters", () => {
    const sink = new IssueSink(0);
    sink.add("NUMBER_NEGATIVE", { sheet: "Tổ chức", cell: "AB7" }, { value: -1 });
    expect(sink.omitted[0].column).toBe("AB");
  });

  it("the default limit is 10,000", () => {
    expect(ISSUE_LIST_LIMIT).toBe(10_000);
  });
});

describe("the check with issues past the limit", () => {
  const issuesOmitted = [{ code: "DATE_INVALID", severity: "error" as const, sheet: "Đảng viên", column: "Ngày sinh", count: 51_090, firstCell: "B912" }];
  const result = runCheck({ targets: [], data: dataSet({ issuesOmitted }), lang: "vi" });

  it("counts them in the totals and the JSON", () => {
    expect(issueCounts(result)).toEqual({ errors: 51_090, warnings: 0, listed: 0, omitted: 51_090 });
    expect(checkToJson(result).issuesOmitted).toEqual(issuesOmitted);
  });

  it("'Lỗi dữ liệu' says how many are not listed and gives a row per code and column with a link to the first", () => {
    const sheet = buildSummarySheets(result, "vi").find((s) => s.role === "issues")!;
    const texts = sheet.values.flat().filter((v): v is string => typeof v === "string");
    expect(texts.some((t) => t.includes("Còn 51.090 vấn đề nữa không liệt kê từng dòng"))).toBe(true);
    expect(texts).toContain('51.090 vấn đề cùng loại ở cột "Ngày sinh" (ô đầu tiên ở cột Ô).');
    expect(texts.some((t) => t.startsWith("51.090 lỗi"))).toBe(true); // the subtitle counts them too
    expect(sheet.links?.some((l) => l.sheet === "Đảng viên" && l.address === "B912")).toBe(true);
  });
});
