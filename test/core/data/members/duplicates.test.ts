import { readDataSet } from "../../../../src/core/data/read";
import { serialFromYMD } from "../../../../src/core/data/values";

const TODAY = serialFromYMD(2026, 6, 30) as number;
const B = serialFromYMD(1980, 3, 2) as number;

// One hash table of (name, birth) answers both questions (same organisation: a duplicate row; another
// organisation: one person in two places); the answers are those of the two tables it replaced.
describe("duplicates across the member list", () => {
  it("reports each later copy against the right first row, in its organisation and in the others", () => {
    const rows: [string, string][] = [
      ["Lê Văn An", "Chi bộ A"], // row 2: the first
      ["Lê Văn An", "Chi bộ B"], // row 3: in two organisations (against row 2)
      ["LÊ VĂN  AN", "Chi bộ A"], // row 4: the same name written otherwise, a duplicate of row 2
      ["Lê Văn An", "Chi bộ B"], // row 5: a duplicate of row 3 (the first in B)
      ["Lê Văn An", "Chi bộ C"], // row 6: in two organisations, against the very first (row 2)
      ["Lê Văn Bình", "Chi bộ C"], // row 7: another name
    ];
    const ds = readDataSet({ sheets: [{ name: "DV", values: [["Họ và tên", "Ngày sinh", "Tổ chức"], ...rows.map(([n, o]) => [n, B, o])] }] }, { today: TODAY, ratingYear: 2025 });
    const found = ds.issues.filter((i) => i.code === "DUPLICATE_MEMBER" || i.code === "MEMBER_IN_TWO_ORGS").map((i) => [i.code, i.severity, i.row, i.message]);
    expect(found).toEqual([
      ["MEMBER_IN_TWO_ORGS", "error", 3, expect.stringContaining("2")],
      ["MEMBER_IN_TWO_ORGS", "warning", 2, expect.stringContaining("3")],
      ["DUPLICATE_MEMBER", "error", 4, expect.stringContaining("2")],
      ["DUPLICATE_MEMBER", "error", 5, expect.stringContaining("3")],
      ["MEMBER_IN_TWO_ORGS", "error", 6, expect.stringContaining("2")],
      ["MEMBER_IN_TWO_ORGS", "warning", 2, expect.stringContaining("6")],
    ]);
    expect(ds.members.map((m) => m.ref.row)).toEqual([2, 7]);
  });
});
