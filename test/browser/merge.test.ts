// "Gộp dữ liệu các đơn vị" in headless Chromium: the 68 unit files of the sample (written to disk as
// .xlsx by the command line's writer) chosen in the pane's file input, read in the page, merged by
// the same core, and written into the fake workbook as the add-in's own sheets.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { generateSample } from "../../src/core/sample";
import { sampleUnitWorkbooks } from "../../src/core/sample/units";
import { readDataSet } from "../../src/core/data/read";
import { writeWorkbookFile } from "../../src/xlsx";
import { readWorkbookBytes } from "../../src/xlsx/bytes-read";
import { encryptedWorkbook } from "../robustness/cfb";
import { paneSuite, sheetNames, syncCount } from "./harness";

jest.setTimeout(240_000);

let dir: string;
let files: string[];
const suite = paneSuite();
const describeWithBrowser = suite.describe;

beforeAll(async () => {
  if (!suite.available) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "nq-pane-merge-"));
  files = [];
  for (const u of sampleUnitWorkbooks(generateSample())) {
    const file = path.join(dir, u.name);
    const w = await writeWorkbookFile(file, u.sheets);
    if (!w.ok) throw new Error(w.message);
    files.push(file);
  }
});

afterAll(async () => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describeWithBrowser("task pane: Gộp dữ liệu các đơn vị", () => {
  it("reads the 68 unit files in the page, shows each file, and writes the merged sheets in a fixed number of syncs", async () => {
    const bad = [path.join(dir, "zz-cat-do.xlsx"), path.join(dir, "zz-mat-khau.xlsx")];
    const full = fs.readFileSync(files[0]);
    fs.writeFileSync(bad[0], full.subarray(0, full.length >> 1));
    fs.writeFileSync(bad[1], encryptedWorkbook());
    const pane = await suite.open("vi-VN");
    const { page } = pane;
    await page.click("#tab-data");
    await page.setInputFiles("#merge-input", [...files, ...bad]);
    await page.waitForSelector("#merge-totals dl", { timeout: 120_000 });
    expect(await page.locator("#merge-files > li").count()).toBe(70);
    expect(await page.locator("#merge-files > li[data-status=merged]").count()).toBe(68);
    const badText = await page.locator("#merge-files > li[data-status=bad]").allInnerTexts();
    expect(badText).toHaveLength(2);
    expect(badText[0]).toContain("bị hỏng hoặc tải về chưa hết");
    expect(badText[1]).toContain("được đặt mật khẩu");
    const totals = await page.locator("#merge-totals").innerText();
    expect(totals).toContain("Đọc 70 tệp");
    expect(totals).toContain("68 tệp đã gộp, 2 tệp không gộp");
    expect(totals).toContain("2712 đọc = 2712 ghi + 0 để riêng");
    // each unit file says what was found in it
    const first = await page.locator("#merge-files > li").first().innerText();
    expect(first).toMatch(/\d+ tổ chức, \d+ đảng viên, \d+ đoàn thể/);
    expect(await page.locator("#merge-files fluent-progress-bar[value='100']").count()).toBe(70);

    const before = await syncCount(page);
    await page.click("#merge-write");
    await page.waitForFunction(() => document.getElementById("message-data")?.innerText.includes("Đã ghi sổ gộp"));
    const syncs = (await syncCount(page)) - before;
    expect(syncs).toBeGreaterThanOrEqual(3);
    expect(syncs).toBeLessThanOrEqual(8); // 2 to look for the user's tables + the writer's fixed few
    expect((await sheetNames(page)).sort()).toEqual(["Sheet1", "Tổ chức", "Đảng viên", "Đoàn thể", "Tình hình gộp"].sort());
    const members = await page.evaluate(() => (window as any).__nqWorkbook.sheet("Đảng viên").read("A5:A2716").filter((r: unknown[]) => r[0]).length);
    expect(members).toBe(2712);

    // or as a new workbook: the .xlsx made in the page, handed to Excel.createWorkbook as base64
    await page.click("#merge-open");
    await page.waitForFunction(() => document.getElementById("message-data")?.innerText.includes("sổ làm việc mới"));
    const created: string[] = await page.evaluate(() => (window as any).__nqCreated);
    expect(created).toHaveLength(1);
    const opened = await readWorkbookBytes(new Uint8Array(Buffer.from(created[0], "base64")));
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.workbook.sheets.map((s) => s.name)).toEqual(["Tổ chức", "Đảng viên", "Đoàn thể", "Tình hình gộp"]);
    expect(opened.workbook.ownSheets).toEqual(["Tình hình gộp"]);
    expect(readDataSet(opened.workbook).recognised.map((r) => [r.sheet, r.dataRows])).toEqual([["Tổ chức", 235], ["Đảng viên", 2712], ["Đoàn thể", 39]]);
    expect(pane.external).toEqual([]);
    expect(pane.errors).toEqual([]);
    await pane.close();
  });

  it("stops when asked: nothing is kept, nothing written, and a new choice starts afresh", async () => {
    const pane = await suite.open("vi-VN");
    const { page } = pane;
    await page.click("#tab-data");
    await page.setInputFiles("#merge-input", files);
    await page.waitForSelector("#merge-files > li[data-status=merged]");
    await page.click("#merge-cancel");
    await page.waitForFunction(() => document.getElementById("merge-totals")?.innerText.includes("Đã dừng gộp"));
    const done = await page.locator("#merge-files > li[data-status]").count();
    expect(done).toBeLessThan(68);
    expect(await page.isHidden("#merge-write")).toBe(true);
    expect(await sheetNames(page)).toEqual(["Sheet1"]);
    await page.setInputFiles("#merge-input", files.slice(0, 2));
    await page.waitForSelector("#merge-totals dl");
    expect(await page.locator("#merge-files > li").count()).toBe(2);
    expect(pane.errors).toEqual([]);
    await pane.close();
  });

  it("never writes next to the user's own data tables: the pane says which sheets are in the way", async () => {
    const pane = await suite.open("vi-VN", { "DS đảng viên": [["Họ và tên", "Ngày sinh", "Tổ chức"], ["Lê Văn Tám", 30000, "Chi bộ Sở Tư pháp"]] });
    const { page } = pane;
    await page.click("#tab-data");
    await page.setInputFiles("#merge-input", files.slice(0, 3));
    await page.waitForSelector("#merge-totals dl");
    await page.click("#merge-write");
    await page.waitForFunction(() => document.getElementById("message-data")?.innerText.includes("DS đảng viên"));
    expect(await sheetNames(page)).toEqual(["DS đảng viên"]);
    await pane.close();
  });
});
