// Issue 14 in a real browser (headless Chromium, the fake host): no silent overwrite (1), removing
// the result sheets (2), mid-year truth (3), progress and cancel (4), step 1's layout (5), messages
// per step (6), the default year (7), theme and width (8).
import type { Page } from "playwright-core";
import { readResolution as readText } from "../../src/core/reader/read";
import { paneSuite, seedText, sheetNames, step, waitIdle } from "./harness";

jest.setTimeout(240_000);

const suite = paneSuite();
const describeWithBrowser = suite.describe;

async function readTargets(page: Page, text: string): Promise<void> {
  await page.locator("#resolution-text textarea").fill(text);
  await page.click("#read-text");
  await page.waitForSelector("#targets-found li");
}

/** Values of a sheet of the fake workbook. */
async function cells(page: Page, sheet: string): Promise<unknown[][]> {
  return page.evaluate((name) => JSON.parse(JSON.stringify((window as any).__nqWorkbook.sheet(name).cells)), sheet);
}

/** Targets written, templates, the sample: the workbook ready for a check. */
async function prepared(page: Page): Promise<void> {
  await readTargets(page, seedText(0));
  await page.click("#write-targets");
  await page.waitForFunction(() => (window as any).__nqWorkbook.sheetNames().includes("Chỉ tiêu"));
  await waitIdle(page);
  await step(page, "data");
  await page.click("#fill-sample");
  await page.waitForSelector("#recognised li");
  await waitIdle(page);
}

function contrast(fg: string, bg: string): number {
  const lum = (c: string) => {
    const [r, g, b] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((x) => Number(x) / 255);
    const lin = (v: number) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}

describeWithBrowser("1. typed rows are never replaced without asking", () => {
  it("asks before 'Tạo mẫu nhập liệu' / 'Điền dữ liệu mẫu' replace a sheet with typed rows; copy keeps them, replace is explicit", async () => {
    const pane = await suite.open("vi-VN");
    const { page } = pane;
    await step(page, "data");
    await page.click("#create-templates");
    await page.waitForFunction(() => document.getElementById("message-data")?.innerText.includes("Đã tạo"));
    // A clerk types one organisation under the header.
    const typedRow = await page.evaluate(() => {
      const s = (window as any).__nqWorkbook.sheet("Tổ chức");
      const header = s.cells.findIndex((r: unknown[]) => (r ?? []).includes("Tên tổ chức"));
      s.cells[header + 1] = ["", "Chi bộ Trường Tiểu học Kim Đồng", "Chi bộ cơ sở", "", 14];
      return header + 2;
    });
    const before = await cells(page, "Tổ chức");

    await page.click("#fill-sample");
    await page.waitForSelector("#data-write-copy");
    const question = await page.locator("#message-data").innerText();
    expect(question).toContain(`Sheet "Tổ chức" có 1 dòng bạn đã nhập hoặc sửa (từ dòng ${typedRow})`);
    expect(question).toContain("Chưa ghi gì");
    expect(await cells(page, "Tổ chức")).toEqual(before);
    expect(await page.getAttribute("#message-data", "role")).toBe("alert");

    // "Do not write" leaves everything as it was.
    await page.click("#data-keep");
    await page.waitForFunction(() => document.getElementById("message-data")?.innerText.includes("Không ghi gì"));
    expect(await cells(page, "Tổ chức")).toEqual(before);

    // "Write a copy" keeps the typed sheet and fills the sample beside it.
    await page.click("#create-templates");
    await page.waitForSelector("#data-write-copy");
    await page.click("#data-write-copy");
    await page.waitForFunction(() => (window as any).__nqWorkbook.sheetNames().includes("Tổ chức (2)"));
    await waitIdle(page);
    expect(await cells(page, "Tổ chức")).toEqual(before);

    // The same in "Tổ chức (2)", then "Vẫn ghi đè": the typed row goes, because the user said so.
    await page.evaluate(() => {
      const s = (window as any).__nqWorkbook.sheet("Tổ chức (2)");
      const header = s.cells.findIndex((r: unknown[]) => (r ?? []).includes("Tên tổ chức"));
      s.cells[header + 1] = ["", "Chi bộ Thôn 3", "Chi bộ cơ sở", "", 9];
    });
    await page.click("#fill-sample");
    await page.waitForSelector("#data-replace");
    expect(await page.locator("#message-data").innerText()).toContain('Sheet "Tổ chức (2)" có 1 dòng');
    await page.click("#data-replace");
    await page.waitForSelector("#recognised li");
    await waitIdle(page);
    expect(JSON.stringify(await cells(page, "Tổ chức (2)"))).not.toContain("Chi bộ Thôn 3");
    expect(await cells(page, "Tổ chức")).toEqual(before);
    expect(pane.errors).toEqual([]);
    await pane.close();
  });

  it("asks before 'Ghi vào sheet Chỉ tiêu' replaces a hand-edited targets sheet", async () => {
    const pane = await suite.open("vi-VN");
    const { page } = pane;
    await readTargets(page, seedText(0));
    await page.click("#write-targets");
    await page.waitForFunction(() => document.getElementById("message-resolution")?.innerText.includes("Đã ghi"));
    await page.evaluate(() => {
      const s = (window as any).__nqWorkbook.sheet("Chỉ tiêu");
      s.cells[s.cells.length] = ["", "Chỉ tiêu tự thêm: 100% chi bộ sinh hoạt chuyên đề"];
    });
    await page.click("#write-targets");
    await page.waitForSelector("#resolution-write-copy");
    expect(await page.locator("#message-resolution").innerText()).toMatch(/Sheet "Chỉ tiêu" có 1 dòng khác/);
    await page.click("#resolution-write-copy");
    await page.waitForFunction(() => (window as any).__nqWorkbook.sheetNames().includes("Chỉ tiêu (2)"));
    expect(JSON.stringify(await cells(page, "Chỉ tiêu"))).toContain("Chỉ tiêu tự thêm");
    await pane.close();
  });
});

describeWithBrowser("2, 3, 6. results: mid-year truth, clean-up, messages per step", () => {
  it("a 6-month check says in the pane what Tổng hợp says (status and progress), per target", async () => {
    const pane = await suite.open("vi-VN");
    const { page } = pane;
    await prepared(page);
    await step(page, "check");
    await page.click("#period-6");
    await page.click("#run-check");
    await page.waitForSelector("#target-results li", { timeout: 60_000 });
    const sheet = await cells(page, "Tổng hợp");
    const head = sheet.findIndex((r) => (r ?? []).includes("Tiến độ"));
    const col = (name: string) => (sheet[head] as unknown[]).indexOf(name);
    const [textCol, statusCol, progressCol] = [col("Chỉ tiêu (trích nguyên văn)"), col("Đánh giá"), col("Tiến độ")];
    expect([textCol, statusCol, progressCol].every((c) => c >= 0)).toBe(true);
    const pane3 = await page.locator("#target-results li").allInnerTexts();
    let withProgress = 0;
    for (const row of sheet.slice(head + 1)) {
      const text = String(row?.[textCol] ?? "");
      if (!text) continue;
      // "<id>. <text> (<achieved>)": a parent's text may contain its child's.
      const li = pane3.find((x) => x.includes(`. ${text} (`));
      expect(li).toBeDefined();
      // The status word ("✗ Chưa đạt" → "Chưa đạt") and the progress word are both in the pane's line.
      expect(li).toContain(String(row[statusCol]).replace(/^\S+\s/, ""));
      if (row[progressCol]) {
        withProgress++;
        expect(li).toContain(String(row[progressCol]));
      }
    }
    expect(withProgress).toBeGreaterThan(0);
    expect(await page.locator("#progress-counts").innerText()).toMatch(/Đúng tiến độ|Chậm tiến độ/);
    await pane.close();
  });

  it("messages stay on their step and clear when it runs again; a new error clears old results; 'Xóa các sheet kết quả' asks, then removes only the add-in's sheets", async () => {
    const pane = await suite.open("vi-VN", { "Ghi chú": [["của tôi"]] });
    const { page } = pane;
    await prepared(page);
    expect(await page.locator("#message-data").innerText()).toContain("Đã điền dữ liệu mẫu");
    await step(page, "check");
    expect(await page.locator("#message-data").isVisible()).toBe(false);
    expect(await page.locator("#message-check").innerText()).toBe("");
    await page.click("#run-check");
    await page.waitForSelector("#target-results li", { timeout: 60_000 });
    expect(await page.locator("#message-check").innerText()).toContain("Đã kiểm tra");

    // A new run that fails: its error, and no old results under it.
    await page.evaluate(() => ((window as any).__nqWorkbook.structureProtected = true));
    await page.click("#run-check");
    await page.waitForFunction(() => document.getElementById("message-check")?.innerText.includes("bảo vệ"));
    expect(await page.locator("#target-results").count()).toBe(0);
    expect(await page.locator("#message-check").innerText()).not.toContain("Đã kiểm tra");
    await step(page, "resolution");
    expect(await page.locator("#message-resolution").innerText()).not.toContain("bảo vệ");
    await page.evaluate(() => ((window as any).__nqWorkbook.structureProtected = false));

    await step(page, "check");
    await page.click("#run-check");
    await page.waitForSelector("#target-results li", { timeout: 60_000 });
    const withResults = await sheetNames(page);
    await page.click("#remove-results");
    await page.waitForSelector("#confirm-remove");
    const ask = await page.locator("#message-check").innerText();
    expect(ask).toContain("Ctrl+Z");
    for (const s of ["Tổng hợp", "Theo tổ chức", "Lỗi dữ liệu"]) expect(ask).toContain(s);
    expect(await sheetNames(page)).toEqual(withResults);
    await page.click("#confirm-remove");
    await page.waitForFunction(() => document.getElementById("message-check")?.innerText.includes("Đã xóa"));
    expect(await sheetNames(page)).toEqual(["Ghi chú", "Chỉ tiêu", "Tổ chức", "Đảng viên", "Đoàn thể"]);
    expect(await page.locator("#target-results").count()).toBe(0);
    await page.click("#remove-results");
    await page.waitForFunction(() => document.getElementById("message-check")?.innerText.includes("Không có sheet kết quả"));
    expect(pane.errors).toEqual([]);
    await pane.close();
  });
});

describeWithBrowser("4. honest progress and cancel", () => {
  it("indeterminate while Excel reads, steps painted while computing; Cancel leaves the workbook as it was", async () => {
    const pane = await suite.open("vi-VN", undefined, { syncDelay: 300 });
    const { page } = pane;
    await prepared(page);
    await step(page, "check");
    // Record what is on screen at every painted frame.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as any).__frames = seen;
      const tick = () => {
        const bar = document.getElementById("progress");
        if (bar && !bar.hidden) seen.push(`${bar.getAttribute("value") ?? "indeterminate"}|${document.getElementById("progress-label")?.textContent}`);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.click("#run-check");
    await page.waitForSelector("#target-results li", { timeout: 60_000 });
    const frames: string[] = await page.evaluate(() => (window as any).__frames);
    expect(frames).toContain("indeterminate|Đang đọc dữ liệu…");
    expect(frames.some((f) => /^\d+\|Đang tính chỉ tiêu…$/.test(f))).toBe(true);
    expect(new Set(frames.filter((f) => f.includes("Đang tính")).map((f) => f.split("|")[0])).size).toBeGreaterThanOrEqual(2);
    expect(frames).toContain("indeterminate|Đang ghi bảng tổng hợp…");
    expect(await page.locator("#progress").isVisible()).toBe(false);

    // Cancel while it reads: nothing changes in the workbook.
    const names = await sheetNames(page);
    const summary = await cells(page, "Tổng hợp");
    await page.click("#period-9");
    await page.click("#run-check");
    await page.waitForSelector("#cancel-check:not([hidden])");
    expect(await page.locator("#cancel-check").isEnabled()).toBe(true);
    await page.click("#cancel-check");
    await page.waitForFunction(() => document.getElementById("message-check")?.innerText.includes("Đã hủy"));
    expect(await sheetNames(page)).toEqual(names);
    expect(await cells(page, "Tổng hợp")).toEqual(summary);
    expect(await page.locator("#cancel-check").isVisible()).toBe(false);
    expect(pane.errors).toEqual([]);
    await pane.close();
  });
});

describeWithBrowser("5, 7, 8. step 1, the year, theme and width", () => {
  it("step 1: an eight-line resizable text box, the write button in reach below 15 cards, a readable disabled button with its reason", async () => {
    const pane = await suite.open("vi-VN", undefined, { height: 700 });
    const { page } = pane;
    const box = await page.locator("#resolution-text textarea").boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(8 * 19);
    expect(await page.evaluate(() => getComputedStyle((document.querySelector("#resolution-text") as any).shadowRoot.querySelector(".root")).resize)).toBe("vertical");

    const write = page.locator("#write-targets");
    expect(await write.getAttribute("disabled")).not.toBeNull();
    expect(await page.locator("#write-hint").isVisible()).toBe(true);
    expect(await write.getAttribute("aria-describedby")).toBe("write-hint");
    const colours = await page.evaluate(() => {
      const s = getComputedStyle(document.getElementById("write-targets") as HTMLElement);
      return { fg: s.color, bg: s.backgroundColor };
    });
    expect(contrast(colours.fg, colours.bg)).toBeGreaterThanOrEqual(4.5);

    await readTargets(page, seedText(0));
    expect(await page.locator("#targets-found li").count()).toBeGreaterThan(10);
    // The cards are far taller than the pane: without the sticky bar the button would be out of sight.
    expect((await page.locator("#targets-found").boundingBox())?.height ?? 0).toBeGreaterThan(2000);
    expect(await page.locator("#write-hint").isVisible()).toBe(false);
    const inView = async () => {
      const b = await write.boundingBox();
      return !!b && b.y >= 0 && b.y + b.height <= 700;
    };
    expect(await inView()).toBe(true);
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(100);
    expect(await inView()).toBe(true);
    await pane.close();
  });

  it("the year: last year until the end of March, this year after, the resolution's year when it states one", async () => {
    for (const [now, expected] of [[new Date(2026, 1, 10, 9), "2025"], [new Date(2026, 4, 10, 9), "2026"]] as const) {
      const pane = await suite.open("vi-VN", undefined, { now });
      expect(await pane.page.evaluate(() => (document.getElementById("year") as any).value)).toBe(expected);
      await readTargets(pane.page, seedText(0));
      expect(await pane.page.evaluate(() => (document.getElementById("year") as any).value)).toBe(String(readText(seedText(0)).year));
      await pane.close();
    }
  });

  it("follows Office's dark theme, keeps the selected tab's underline in forced colours, uses all of 450 px, links the help page", async () => {
    const pane = await suite.open("vi-VN", undefined, { officeTheme: "#262626", width: 450 });
    const { page } = pane;
    expect(await page.getAttribute("html", "data-theme")).toBe("dark");
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const fg = await page.evaluate(() => getComputedStyle(document.body).color);
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(7);
    expect(contrast(bg, "rgb(0, 0, 0)")).toBeLessThan(2);
    expect(await page.evaluate(() => (document.getElementById("app") as HTMLElement).getBoundingClientRect().width)).toBeGreaterThanOrEqual(449);
    await page.emulateMedia({ forcedColors: "active" });
    expect(await page.evaluate(() => getComputedStyle(document.getElementById("tab-resolution") as HTMLElement).borderBottomWidth)).toBe("3px");
    expect(await page.evaluate(() => getComputedStyle(document.getElementById("tab-data") as HTMLElement).borderBottomWidth)).toBe("0px");
    const help = await page.getAttribute("#help-link", "href");
    expect(help).toBe("help.html");
    const res = await page.request.get(`${suite.url()}/${help}`);
    expect(res.status()).toBe(200);
    await pane.close();
  });
});
