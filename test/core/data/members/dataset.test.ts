import { readDataSet } from "../../../../src/core/data/read";
import { memberStoreOf } from "../../../../src/core/data/members";
import { serialFromYMD } from "../../../../src/core/data/values";
import { runCheck } from "../../../../src/core/check/run";
import { generateSample } from "../../../../src/core/sample";
import { readResolution } from "../../../../src/core/reader/read";
import * as fs from "fs";
import * as path from "path";

const TODAY = serialFromYMD(2026, 6, 30) as number;
const S = (y: number, m: number, d: number) => serialFromYMD(y, m, d) as number;

describe("the data set's member store", () => {
  it("is what readDataSet fills; members is its view, built on first access, with the rows left out gone", () => {
    const wb = {
      sheets: [
        {
          name: "Tổ chức",
          values: [
            ["Tên tổ chức", "Loại hình", "Trực thuộc"],
            ["Đảng bộ Sở Y tế", "Đảng bộ cơ sở", null],
            ["Chi bộ Khoa Nội", "Chi bộ trực thuộc", "Đảng bộ Sở Y tế"],
          ],
        },
        {
          name: "Đảng viên",
          values: [
            ["Họ và tên", "Ngày sinh", "Tổ chức", "Ngày vào Đảng", "Xếp loại"],
            ["Lê Văn An", S(1980, 3, 2), "Đảng bộ Sở Y tế", S(2008, 4, 30), "HTTNV"],
            ["", S(1981, 3, 2), "Đảng bộ Sở Y tế", null, "HTNV"], // no name: left out
            ["Trần Thị Bình", S(1985, 1, 1), "Chi bộ Khoa Nội", null, "HTXSNV"], // names the chi bộ trực thuộc
          ],
        },
      ],
    };
    const ds = readDataSet(wb, { today: TODAY, ratingYear: 2025 });
    const store = ds.memberStore!;
    // The store holds nothing of the grids (nq check drops them after reading, so they can be freed).
    for (const sheet of wb.sheets) sheet.values.length = 1;
    expect([store.length, ds.excluded.members, store.view]).toEqual([2, 1, null]);
    expect(memberStoreOf(ds)).toBe(store);
    // Filed under its đảng bộ cơ sở, the chi bộ kept as its branch: in the store, so in the view too.
    expect([store.orgKey(1), store.branchText(1)]).toEqual(["so y te", "Chi bộ Khoa Nội"]);
    expect(ds.members.map((m) => [m.name, m.org, m.branch, m.rating, m.ref.row])).toEqual([
      ["Lê Văn An", "Đảng bộ Sở Y tế", null, "HTTNV", 2],
      ["Trần Thị Bình", "Đảng bộ Sở Y tế", "Chi bộ Khoa Nội", "HTXSNV", 4],
    ]);
    expect(ds.members).toBe(ds.members); // built once
    expect(memberStoreOf({ ...ds })).toBe(store); // a copy still reads the same store
    expect(memberStoreOf({ ...ds, members: [] }).length).toBe(0); // rows given instead: those
    ds.members = ds.members.slice(0, 1);
    expect(memberStoreOf(ds).length).toBe(1);
  });

  it("the check reads the store and never builds one object per member", () => {
    const sample = generateSample({ members: 3000, seed: 7, year: 2024 });
    const ds = readDataSet(sample.grids, { today: TODAY });
    const text = fs.readFileSync(path.join(__dirname, "..", "..", "..", "..", "samples", "resolution", "nghi-quyet-mau.txt"), "utf8");
    const result = runCheck({
      targets: readResolution(text).targets,
      data: ds,
      period: { months: 12, year: 2024 },
      lang: "vi",
    });
    expect(result.memberCount).toBe(ds.memberStore!.length);
    expect(result.targets.some((t) => t.basis === "member-list")).toBe(true);
    expect(ds.memberStore!.view).toBeNull();
  });
});
