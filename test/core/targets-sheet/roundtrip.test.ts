import * as fs from "fs";
import * as path from "path";
import { buildTargetsSheet, readTargetsSheet } from "../../../src/core/targets-sheet";
import { readResolution } from "../../../src/core/reader/read";
import { INDICATOR_IDS } from "../../../src/core/indicators/ids";
import type { CellValue, SheetGrid } from "../../../src/core/model/grid";
import type { SheetModel } from "../../../src/core/sheet/model";

const sample = fs.readFileSync(path.resolve(__dirname, "../../../samples/resolution/nghi-quyet-mau.txt"), "utf8");
const targets = readResolution(sample).targets;

function grid(model: SheetModel): SheetGrid {
  return { name: model.name, values: model.values.map((r) => [...r]) };
}

function col(model: SheetModel, label: string): number {
  return model.values[3].indexOf(label);
}

describe("the “Chỉ tiêu” sheet", () => {
  const model = buildTargetsSheet(targets, "vi", { title: "Nghị quyết mẫu" });

  it("has one row per target under a header, an Excel table, a frozen header and Times New Roman", () => {
    expect(model.role).toBe("targets");
    expect(model.name).toBe("Chỉ tiêu");
    expect(model.values).toHaveLength(4 + targets.length);
    expect(model.values[4 + 0][1]).toBe(targets[0].text);
    expect(model.table?.range).toMatch(/^A4:/);
    expect(model.freeze).toEqual({ rows: 4, columns: 2 });
    expect(Object.values(model.styles).every((s) => !s.font || s.font.name === undefined || s.font.name === "Times New Roman")).toBe(true);
    expect(model.values.every((r) => r.length === model.values[3].length)).toBe(true);
    expect(model.styleIds.map((r) => r.length)).toEqual(model.values.map((r) => r.length));
  });

  it("indents “trong đó” rows, offers the indicator list and marks low confidence", () => {
    const child = targets.findIndex((t) => t.parent);
    expect(model.styleIds[4 + child][1]).toBe("child");
    const list = model.validations?.find((v) => v.type === "list" && v.values.includes("nhập tay"));
    expect(list && list.type === "list" ? list.values : []).toEqual([...INDICATOR_IDS, "nhập tay"]);
    const low = buildTargetsSheet([{ ...targets[0], confidence: 0.4 }], "vi");
    expect(low.values[4]).toContain("cần xem lại");
  });

  it("round-trips: reading the sheet gives the same targets back", () => {
    const back = readTargetsSheet(grid(model));
    expect(back.issues).toEqual([]);
    const key = (t: (typeof targets)[number]) => [t.id, t.parent, t.text, t.subject, t.kind, t.op, t.value, t.max, t.stretch, t.unit, t.per, t.scope, t.change, t.deadline, t.period, t.indicator];
    expect(back.targets.map(key)).toEqual(targets.map(key));
  });

  it("round-trips in English too, and from a sheet that does not start at A1", () => {
    const en = buildTargetsSheet(targets, "en");
    const g = grid(en);
    g.values = g.values.map((r) => [null, ...r]);
    const back = readTargetsSheet(g);
    expect(back.targets.map((t) => t.value)).toEqual(targets.map((t) => t.value));
  });

  it("edits win: condition, value, indicator and the manual result", () => {
    const g = grid(model);
    const row = 4;
    g.values[row][col(model, "Điều kiện")] = ">";
    g.values[row][col(model, "Giá trị")] = "95%";
    g.values[row][col(model, "Chỉ số tính")] = "nhập tay";
    g.values[row][col(model, "Kết quả nhập tay")] = 0.97;
    const [t] = readTargetsSheet(g).targets;
    expect(t).toMatchObject({ op: ">", value: 0.95, indicator: null, manual: 0.97 });
  });

  it("bad cells become issues with codes and cells", () => {
    const g = grid(model);
    const set = (row: number, label: string, v: CellValue) => (g.values[row][col(model, label)] = v);
    set(4, "Điều kiện", "gần bằng");
    set(5, "Giá trị", "nhiều");
    set(6, "Chỉ số tính", "chi.so.la");
    set(7, "Giá trị", 90);
    set(8, "Kết quả nhập tay", "???");
    const r = readTargetsSheet(g);
    const codes = r.issues.map((i) => [i.code, i.cell]);
    const c = (label: string, row: number) => `${String.fromCharCode(65 + col(model, label))}${row + 1}`;
    expect(codes).toEqual(
      expect.arrayContaining([
        ["TARGET_OP_INVALID", c("Điều kiện", 4)],
        ["TARGET_VALUE_INVALID", c("Giá trị", 5)],
        ["TARGET_INDICATOR_UNKNOWN", c("Chỉ số tính", 6)],
        ["TARGET_PERCENT_SCALE", c("Giá trị", 7)],
        ["TARGET_MANUAL_INVALID", c("Kết quả nhập tay", 8)],
      ]),
    );
    expect(r.targets.find((t) => t.id === targets[3].id)?.value).toBe(0.9);
    expect(r.issues.every((i) => i.sheet === "Chỉ tiêu" && i.message.length > 0 && i.messageEn.length > 0)).toBe(true);
  });

  it("a sheet without the header gives nothing, and never throws", () => {
    expect(readTargetsSheet({ name: "X", values: [["a", "b"], [1, 2]] })).toEqual({ targets: [], issues: [] });
    expect(readTargetsSheet({ name: "X", values: [] })).toEqual({ targets: [], issues: [] });
    // The table is the header and one blank row (the settings block beside it is not part of it).
    expect(buildTargetsSheet([], "vi").table?.range).toBe("A4:U5");
  });
});
