// The pane at the widths Office gives it (320, the default 350, 450 px), light and dark: pictures
// for the README. They go to test-output/screenshots; `npm run screenshots` writes them to docs/images.
import * as fs from "fs";
import * as path from "path";
import type { Browser } from "playwright-core";
import { chromiumAvailable, ensureBuilt, launch, openPane, root, screenshot, serveDist } from "./harness";

jest.setTimeout(180_000);

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
const withBrowser = chromiumAvailable();
const describeWithBrowser = withBrowser ? describe : describe.skip;

beforeAll(async () => {
  if (!withBrowser) return;
  ensureBuilt();
  server = await serveDist();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const text = () => {
  const dir = path.join(root, "test", "fixtures", "seeds");
  return fs.readFileSync(path.join(dir, fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()[0]), "utf8");
};

describeWithBrowser("screenshots", () => {
  for (const width of [320, 350, 450]) {
    for (const theme of ["light", "dark"] as const) {
      it(`step 1 at ${width} px, ${theme}: nothing overflows the pane`, async () => {
        const pane = await openPane(browser, server.url, "vi-VN", undefined, { width, height: 640, officeTheme: theme === "dark" ? "#262626" : "#FFFFFF" });
        const { page } = pane;
        await page.locator("#resolution-text textarea").fill(text());
        await page.click("#read-text");
        await page.waitForSelector("#targets-found li");
        await page.waitForTimeout(300); // the tab indicator animates
        expect(await page.getAttribute("html", "data-theme")).toBe(theme);
        // No horizontal scrolling at any of the widths.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await screenshot(page, `pane-${width}-${theme}.png`);
        expect(pane.errors).toEqual([]);
        await pane.close();
      });
    }
  }
});
