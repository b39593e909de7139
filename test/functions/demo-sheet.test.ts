import { installCustomFunctionsStub } from "./cf-stub";
import * as NQ from "../../src/functions/functions";
import { buildFunctionsDemoSheet } from "../../src/core/functions-demo/sheet";
import { parseCellAddress } from "../../src/core/sheet/address";
import { MESSAGES } from "../../src/core/i18n/messages";
import type { CellValue } from "../../src/core/model/grid";

installCustomFunctionsStub();

const fns: Record<string, (...args: any[]) => unknown> = {
  DANHGIA: NQ.danhgia, CHITIEU: NQ.chitieu, XEPLOAI: NQ.xeploai, DEM: NQ.dem,
  TYLE: NQ.tyle, TRAN20: NQ.tran20, TIENDO: NQ.tiendo, UNICODE: NQ.unicode,
};

/** Evaluate "=NQ.NAME(arg,…)" whose arguments are cells, ranges or "text", as Excel would pass them. */
function evaluate(formula: string, values: CellValue[][]): unknown {
  const m = /^=NQ\.([A-Z0-9]+)\((.*)\)$/.exec(formula);
  if (!m) throw new Error(`not an NQ formula: ${formula}`);
  const args = (m[2].match(/"[^"]*"|[^,]+/g) ?? []).map((a) => {
    if (a.startsWith('"')) return a.slice(1, -1);
    const [from, to] = a.split(":");
    const p = parseCellAddress(from)!;
    if (!to) return values[p.row]?.[p.column] ?? null;
    const q = parseCellAddress(to)!;
    const out: CellValue[][] = [];
    for (let r = p.row; r <= q.row; r++) out.push(values[r].slice(p.column, q.column + 1).map((v) => v ?? ""));
    return out;
  });
  return fns[m[1]](...args);
}

describe("functions demo sheet", () => {
  const sheet = buildFunctionsDemoSheet("vi");

  it("is the functions-demo sheet with rectangular values and styles", () => {
    expect(sheet.role).toBe("functions-demo");
    expect(sheet.name).toBe("Hàm NQ");
    const width = sheet.values[0].length;
    for (const row of sheet.values) expect(row.length).toBe(width);
    expect(sheet.styleIds.map((r) => r.length)).toEqual(sheet.values.map(() => width));
    for (const row of sheet.styleIds) for (const id of row) if (id !== null) expect(sheet.styles[id]).toBeDefined();
  });

  it("uses every NQ function", () => {
    const used = new Set(Object.values(sheet.formulas ?? {}).map((f) => /^=NQ\.([A-Z0-9]+)\(/.exec(f)?.[1]));
    expect([...used].sort()).toEqual(Object.keys(fns).sort());
  });

  it("shows under every formula the value the real function returns", () => {
    for (const [address, formula] of Object.entries(sheet.formulas ?? {})) {
      const p = parseCellAddress(address)!;
      const got = evaluate(formula, sheet.values);
      if (Array.isArray(got)) {
        // A spilling CHITIEU: its cells must stay empty in the model (a value there blocks the spill).
        expect(got).toHaveLength(1);
        for (let c = 0; c < got[0].length; c++) expect([address, sheet.values[p.row][p.column + c]]).toEqual([address, null]);
        continue;
      }
      const expected = sheet.values[p.row][p.column];
      if (typeof got === "number") expect(expected).toBeCloseTo(got, 12);
      else expect([address, got]).toEqual([address, expected]);
    }
  });

  it("spells the Vietnamese formula with ';' and the English one with ','", () => {
    const typed = sheet.values.flat().filter((v): v is string => typeof v === "string" && v.startsWith("NQ."));
    expect(typed.some((v) => /^NQ\.DANHGIA\(B\d+;A\d+\)$/.test(v))).toBe(true);
    expect(typed).toContain("NQ.TRAN20(B12:B23;\"HTTNV trở lên\")");
    // No value may start with "=": it would be written as a formula.
    expect(sheet.values.flat().filter((v) => typeof v === "string" && v.startsWith("="))).toEqual([]);
    const en = buildFunctionsDemoSheet("en");
    expect(en.values.flat().some((v) => typeof v === "string" && /^NQ\.DEM\(B\d+:B\d+,"HTXSNV"\)$/.test(v))).toBe(true);
    expect(en.name).toBe("NQ functions");
  });

  it("labels come from the message table", () => {
    for (const key of Object.keys(MESSAGES).filter((k) => k.startsWith("functions.demo.col."))) {
      const label = MESSAGES[key].vi;
      expect([key, sheet.values.flat().includes(label)]).toEqual([key, true]);
    }
  });
});
