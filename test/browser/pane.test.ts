// The task pane in headless Chromium: built dist/ served locally, office.js replaced by the test
// fake (in-memory workbook), the three steps driven by clicks and keys.
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { makeDocx, paragraph, table } from "../helpers/docx";
import { axeSerious, paneSuite, root, screenshot, seedText, sheetNames, step, syncCount, waitIdle } from "./harness";

jest.setTimeout(180_000);

const XSS = "<img src=x onerror=alert(1)>";

const suite = paneSuite();
const describeWithBrowser = suite.describe;

async function readResolution(page: Page, text: string): Promise<number> {
  await page.locator("#resolution-text textarea").fill(text);
  await page.click("#read-text");
  await page.waitForSelector("#targets-found li");
  return page.locator("#targets-found li").count();
}

describeWithBrowser("task pane (vi)", () => {
  it("walks the three steps: resolution → templates and sample data → check, with results linked to Tổng hợp", async () => {
    const pane = await suite.open("vi-VN");
    const { page } = pane;
    expect(await page.locator("h1").textContent()).toBe("Kiểm tra Nghị quyết");
    expect(await page.getAttribute("html", "lang")).toBe("vi");

    // Step 1: paste the resolution, review, write the targets.
    const count = await readResolution(page, seedText());
    expect(count).toBeGreaterThan(3);
    expect(await page.locator("#targets-found").innerText()).toMatch(/Loại|Điều kiện|Độ tin cậy/);
    // Each card quotes the sentence its target was read from when that says more than the target's words.
    expect(await page.locator("#targets-found blockquote.quote").count()).toBeGreaterThan(0);
    await page.click("#write-targets");
    await waitIdle(page);
    await page.waitForFunction(() => (window as any).__nqWorkbook.sheetNames().includes("Chỉ tiêu"));
    expect(await page.locator("#message-resolution").innerText()).toContain("Đã ghi");
    expect(await axeSerious(page)).toEqual([]);

    // Step 2 by keyboard: arrow right from the first tab selects "Dữ liệu".
    await page.focus("#tab-resolution");
    await page.keyboard.press("ArrowRight");
    await page.waitForSelector("#panel-data:not([hidden])");
    expect(await page.getAttribute("#tab-data", "aria-selected")).toBe("true");
    await page.click("#create-templates");
    await waitIdle(page);
    await page.waitForFunction(() => ["Tổ chức", "Đảng viên"].every((n) => (window as any).__nqWorkbook.sheetNames().includes(n)));
    await page.click("#fill-sample");
    await page.waitForSelector("#recognised li");
    expect(await page.locator("#recognised").innerText()).toContain("Đảng viên");
    expect(await page.locator("#recognised").innerText()).not.toContain("Chỉ tiêu");
    await screenshot(page, "pane-data-vi.png");

    // An organisation named like markup is shown as text.
    await page.evaluate((xss) => {
      const s = (window as any).__nqWorkbook.sheet("Đảng viên");
      for (let r = 0; r < 10; r++) {
        const c = (s.cells[r] ?? []).indexOf("Tổ chức");
        if (c >= 0) {
          s.cells[r + 1][c] = xss;
          return;
        }
      }
      throw new Error("no Tổ chức column");
    }, XSS);
    await page.click("#scan-data");
    await waitIdle(page);
    await page.waitForFunction((xss) => document.body.innerText.includes(xss), XSS);
    expect(await page.locator("img").count()).toBe(0);
    expect(pane.dialogs).toEqual([]);
    expect(await axeSerious(page)).toEqual([]);

    // Clicking an issue selects its cell.
    const issue = page.locator("#issues button").first();
    if (await issue.count()) {
      await issue.click();
      await waitIdle(page);
      expect(await page.evaluate(() => (window as any).__nqWorkbook.selection)).not.toBeNull();
    }

    // Step 3: period, run (Enter on the focused button), results and counts.
    await step(page, "check");
    await page.click("#period-6");
    const before = await syncCount(page);
    await page.focus("#run-check");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#target-results li", { timeout: 60_000 });
    const names = await sheetNames(page);
    expect(names).toEqual(expect.arrayContaining(["Chỉ tiêu", "Tổ chức", "Đảng viên", "Tổng hợp"]));
    expect(await page.evaluate(() => (window as any).__nqWorkbook.activeSheet().name)).toBe("Tổng hợp");
    // One read (3 syncs) and one write (3 syncs) for this small workbook.
    expect((await syncCount(page)) - before).toBe(6);
    expect(await page.locator("#target-results li").count()).toBe(count);
    expect(await page.locator("#counts").innerText()).toMatch(/Đạt|Chưa đạt|Thiếu dữ liệu|Vượt|Chưa đến hạn/);
    expect(await page.locator("#message-check").innerText()).toContain("Tổng hợp");
    const link = page.locator("#target-results button").first();
    await link.click();
    await waitIdle(page);
    expect(await page.evaluate(() => (window as any).__nqWorkbook.selection?.sheet)).toBe("Tổng hợp");
    expect(await axeSerious(page)).toEqual([]);

    // The Word report of this check, as a Blob download built inside the pane (nothing uploaded).
    await page.evaluate(() => ((document.querySelector("#report-signer") as any).value = "Nguyễn Văn An"));
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.click("#download-docx")]);
    expect(download.suggestedFilename()).toMatch(/^bao-cao-ket-qua-\d{4}\.docx$/);
    const bytes = fs.readFileSync(await download.path());
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(await page.locator("#message-check").innerText()).toContain("Đã tạo báo cáo");

    // The signer typed in the pane is kept in the workbook: the next check writes it into "Chỉ tiêu".
    await page.click("#run-check");
    await page.waitForFunction(() => /lưu vào khối thiết lập/.test(document.querySelector("#message-check")?.textContent ?? ""), undefined, { timeout: 60_000 });
    const block: unknown[] = await page.evaluate(() => JSON.parse(JSON.stringify((window as any).__nqWorkbook.sheet("Chỉ tiêu").cells)).flat());
    expect(block).toContain("Nguyễn Văn An");

    await step(page, "resolution");
    await page.waitForTimeout(400); // the tab indicator animates
    await screenshot(page, "pane-vi.png");
    await step(page, "check");
    await page.waitForTimeout(400);
    await screenshot(page, "pane-check-vi.png");
    expect(pane.external).toEqual([]);
    expect(pane.errors).toEqual([]);
    await pane.close();
  });

  it("writes the resolution's own header (committees, number, place) into the Chỉ tiêu settings block, for the report", async () => {
    const pane = await suite.open("vi-VN");
    const { page } = pane;
    await readResolution(page, fs.readFileSync(path.join(root, "samples", "resolution", "nghi-quyet-mau.txt"), "utf8"));
    await page.click("#write-targets");
    await page.waitForFunction(() => (window as any).__nqWorkbook.sheetNames().includes("Chỉ tiêu"));
    const cells: unknown[][] = await page.evaluate(() => JSON.parse(JSON.stringify((window as any).__nqWorkbook.sheet("Chỉ tiêu").cells)));
    const texts = cells.flat().filter((v) => typeof v === "string");
    expect(texts).toEqual(expect.arrayContaining(["ĐẢNG BỘ TỈNH HÒA BÌNH XANH", "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH"]));
    expect(texts.some((v) => (v as string).includes("12-NQ/ĐUK") || v === "Hòa Bình Xanh")).toBe(true);
    await pane.close();
  });

  it("reads a Word file with a table of targets, inside the browser (mammoth bundled, nothing uploaded)", async () => {
    const pane = await suite.open("vi-VN");
    const rows = [
      ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện 2024", "Kế hoạch 2025"],
      ["1", "Kết nạp đảng viên mới", "Đảng viên", "95", "90"],
      ["2", "Tỷ lệ đảng viên được kiểm tra", "%", "33", "30 - 35"],
    ];
    const buf = await makeDocx(paragraph("II. CÁC CHỈ TIÊU CHỦ YẾU") + table(rows) + paragraph("III. NHIỆM VỤ, GIẢI PHÁP"));
    await pane.page.setInputFiles("#resolution-file", { name: "nghi-quyet.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: buf });
    await pane.page.waitForSelector("#targets-found li");
    expect(await pane.page.locator("#targets-found li").count()).toBe(2);
    const text = await pane.page.locator("#targets-found").innerText();
    expect(text).toContain("Kết nạp đảng viên mới: 90");
    expect(text).toContain("30 - 35%");
    expect(pane.external).toEqual([]);
    expect(pane.errors).toEqual([]);
    await pane.close();
  });

  it("reads a PDF's text layer inside the browser (pdf.js bundled, worker on the pane's thread, nothing fetched)", async () => {
    const pane = await suite.open("vi-VN");
    const fix = path.join(__dirname, "..", "fixtures", "pdf");
    await pane.page.setInputFiles("#resolution-file", { name: "bang-chi-tieu.pdf", mimeType: "application/pdf", buffer: fs.readFileSync(path.join(fix, "bang-chi-tieu.pdf")) });
    await pane.page.waitForSelector("#targets-found li", { timeout: 60_000 });
    expect(await pane.page.locator("#targets-found li").count()).toBe(4);
    const text = await pane.page.locator("#targets-found").innerText();
    expect(text).toContain("Kết nạp đảng viên mới: 90");
    expect(text).toContain("30 - 35%");
    await pane.page.setInputFiles("#resolution-file", { name: "ban-chup.pdf", mimeType: "application/pdf", buffer: fs.readFileSync(path.join(fix, "ban-chup.pdf")) });
    await pane.page.waitForFunction(() => document.getElementById("message-resolution")?.innerText.includes("không có lớp chữ"), undefined, { timeout: 60_000 });
    await pane.page.setInputFiles("#resolution-file", { name: "mat-khau.pdf", mimeType: "application/pdf", buffer: fs.readFileSync(path.join(fix, "mat-khau.pdf")) });
    await pane.page.waitForFunction(() => document.getElementById("message-resolution")?.innerText.includes("mật khẩu"), undefined, { timeout: 60_000 });
    expect(pane.external).toEqual([]);
    expect(pane.errors).toEqual([]);
    await pane.close();
  });

  it("reads a UTF-16 .txt (Notepad's Unicode) with the same decoder as nq targets", async () => {
    const pane = await suite.open("vi-VN");
    const text = "II. CÁC CHỈ TIÊU CHỦ YẾU\n1. Kết nạp từ 90 đảng viên mới trở lên.\n2. Có từ 90% tổ chức cơ sở đảng trở lên hoàn thành tốt nhiệm vụ.\n";
    await pane.page.setInputFiles("#resolution-file", { name: "nq.txt", mimeType: "text/plain", buffer: Buffer.from("\uFEFF" + text, "utf16le") });
    await pane.page.waitForSelector("#targets-found li");
    expect(await pane.page.locator("#targets-found li").count()).toBe(2);
    expect(pane.errors).toEqual([]);
    await pane.close();
  });

  it("explains a file that is not a .docx, in Vietnamese", async () => {
    const pane = await suite.open("vi-VN");
    await pane.page.setInputFiles("#resolution-file", { name: "nghi-quyet.docx", mimeType: "application/octet-stream", buffer: Buffer.from("không phải docx") });
    await pane.page.waitForFunction(() => document.getElementById("message-resolution")?.innerText.includes("không phải tệp"));
    await pane.page.setInputFiles("#resolution-file", { name: "trong.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) });
    await pane.page.waitForFunction(() => document.getElementById("message-resolution")?.innerText.includes("không có nội dung"));
    await pane.close();
  });

  it("maps a protected workbook to a Vietnamese message in the pane and writes nothing", async () => {
    const pane = await suite.open("vi-VN");
    await readResolution(pane.page, seedText());
    await pane.page.evaluate(() => ((window as any).__nqWorkbook.structureProtected = true));
    await pane.page.click("#write-targets");
    await pane.page.waitForFunction(() => document.getElementById("message-resolution")?.innerText.includes("bảo vệ"));
    expect(await sheetNames(pane.page)).toEqual(["Sheet1"]);
    await pane.close();
  });
});

describeWithBrowser("task pane (en)", () => {
  it("shows English when Office's display language is English", async () => {
    const pane = await suite.open("en-US");
    const { page } = pane;
    expect(await page.locator("h1").textContent()).toBe("Resolution Check");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await readResolution(page, seedText());
    expect(await page.locator("#targets-found").innerText()).toMatch(/Condition/);
    expect(await axeSerious(page)).toEqual([]);
    await screenshot(page, "pane-en.png");
    await pane.close();
  });
});
