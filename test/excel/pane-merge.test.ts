jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { byFileName, type FileSummary, type MergeResult } from "../../src/core/merge";
import { generateSample } from "../../src/core/sample";
import { sampleUnitWorkbooks } from "../../src/core/sample/units";
import { createMergeHandlers } from "../../src/taskpane/merge";
import type { MergeView } from "../../src/taskpane/views/merge";
import { writeWorkbookFile } from "../../src/xlsx";
import { readWorkbookBytes } from "../../src/xlsx/bytes-read";
import { mockContext, newWorkbook } from "./helpers";

// The pane's merge (src/taskpane/merge.ts) without a browser: real .xlsx bytes as File objects, read
// by the pane's reader, a view that records what it is told, and the Office.js write through
// office-addin-mock with its syncs counted.

jest.setTimeout(120_000);

let files: File[];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nq-pane-merge-unit-"));
beforeAll(async () => {
  files = [];
  for (const u of sampleUnitWorkbooks(generateSample()).slice(0, 8)) {
    const file = path.join(dir, u.name);
    const w = await writeWorkbookFile(file, u.sheets);
    if (!w.ok) throw new Error(w.message);
    files.push(new File([fs.readFileSync(file)], u.name));
  }
  files.push(new File([Buffer.from("không phải tệp Excel")], "ghi-chu.xlsx"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function recorder() {
  const events: string[] = [];
  const names: string[] = [];
  const done: FileSummary[] = [];
  let finished: { result: MergeResult | null; ms: number } | null = null;
  const view: MergeView = {
    el: null as unknown as HTMLElement,
    start: (chosen) => void (events.push(`start ${chosen.length}`), names.push(...chosen)),
    reading: (i) => void events.push(`read ${i}`),
    fileDone: (i, s) => void (events.push(`done ${i}`), done.push(s)),
    finished: (result, ms) => void (finished = { result, ms }),
  };
  return { view, events, done, names, get finished() { return finished; } };
}

function setup(wb = newWorkbook()) {
  const rec = recorder();
  const said: [string, string][] = [];
  let syncs = 0;
  const handlers = createMergeHandlers("vi", {
    view: () => rec.view,
    say: (kind, text) => void said.push([kind, text]),
    async excel(action) {
      const context = mockContext(wb);
      const spy = jest.spyOn(context, "sync");
      try {
        return await action(context);
      } finally {
        syncs += spy.mock.calls.length;
      }
    },
  });
  return { rec, said, handlers, wb, syncs: () => syncs };
}

describe("the pane's merge", () => {
  it("reads each file in turn, pausing between files, and writes the merged sheets in a few syncs", async () => {
    const { rec, handlers, said, wb, syncs } = setup();
    // a timer set now must fire before the last file is read: the merge gives the page its turns
    let tickAt = -1;
    setTimeout(() => (tickAt = rec.done.length), 0);
    await handlers.files([...files].reverse()); // merged in name order, as `nq merge` orders a folder
    expect(rec.names).toEqual(files.map((f) => f.name).sort((a, b) => byFileName(a, b)));
    expect(rec.names[0]).toMatch(/^01 /);
    expect(tickAt).toBeGreaterThanOrEqual(0);
    expect(tickAt).toBeLessThan(files.length);
    expect(rec.events.slice(0, 5)).toEqual(["start 9", "read 0", "done 0", "read 1", "done 1"]);
    expect(rec.done.map((s) => s.status).sort()).toEqual(["bad", ...Array(8).fill("merged")]);
    expect(rec.done.find((s) => s.file === "ghi-chu.xlsx")?.reason).toContain("không phải bảng tính Excel");
    const result = rec.finished?.result as MergeResult;
    expect(result.totals.files).toEqual({ read: 9, merged: 8, leftOut: 1 });
    expect(result.totals.members.read).toBe(result.totals.members.written);
    expect(said).toEqual([]);

    await handlers.write();
    expect(said.at(-1)?.[0]).toBe("success");
    expect(wb.sheetNames()).toEqual(["Tổ chức", "Đảng viên", "Đoàn thể", "Tình hình gộp"]);
    expect(syncs()).toBeGreaterThanOrEqual(3);
    expect(syncs()).toBeLessThanOrEqual(8);
  });

  it("opens the merged workbook as a new file: Excel.createWorkbook gets an .xlsx the readers read as the merge", async () => {
    const created: string[] = [];
    (globalThis as { Excel?: unknown }).Excel = { createWorkbook: async (b64: string) => void created.push(b64) };
    try {
      const { handlers, said, wb } = setup();
      await handlers.files(files);
      await handlers.open();
      expect(said.at(-1)?.[0]).toBe("success");
      expect(created).toHaveLength(1);
      const read = await readWorkbookBytes(new Uint8Array(Buffer.from(created[0], "base64")));
      expect(read.ok && read.workbook.sheets.map((s) => s.name)).toEqual(["Tổ chức", "Đảng viên", "Đoàn thể", "Tình hình gộp"]);
      expect(wb.sheetNames()).toEqual([]); // the open workbook is not touched
    } finally {
      delete (globalThis as { Excel?: unknown }).Excel;
    }
  });

  it("stops after the current file when asked; nothing is kept and nothing can be written", async () => {
    const { rec, handlers, wb } = setup();
    const run = handlers.files(files);
    await new Promise((r) => setTimeout(r, 0));
    handlers.cancel();
    await run;
    expect(rec.finished?.result).toBeNull();
    expect(rec.done.length).toBeLessThan(files.length);
    await handlers.write();
    expect(wb.sheetNames()).toEqual([]);
  });

  it("next to the user's own data tables it writes nothing and says which sheets are in the way", async () => {
    const { handlers, said, wb } = setup(newWorkbook({ "DS đảng viên": [["Họ và tên", "Ngày sinh", "Tổ chức"], ["Lê Văn Tám", 30000, "Chi bộ Sở Tư pháp"]] }));
    await handlers.files(files.slice(0, 2));
    await handlers.write();
    expect(said.at(-1)).toEqual(["warning", expect.stringContaining("DS đảng viên")]);
    expect(wb.sheetNames()).toEqual(["DS đảng viên"]);
  });
});
