// The pane at the widths Office gives it (320, the default 350, 450 px), light and dark: pictures
// for the README. They go to test-output/screenshots; `npm run screenshots` writes them to docs/images.
import { paneSuite, screenshot, seedText } from "./harness";

jest.setTimeout(180_000);

const suite = paneSuite();
const describeWithBrowser = suite.describe;

describeWithBrowser("screenshots", () => {
  for (const width of [320, 350, 450]) {
    for (const theme of ["light", "dark"] as const) {
      it(`step 1 at ${width} px, ${theme}: nothing overflows the pane`, async () => {
        const pane = await suite.open("vi-VN", undefined, { width, height: 640, officeTheme: theme === "dark" ? "#262626" : "#FFFFFF" });
        const { page } = pane;
        await page.locator("#resolution-text textarea").fill(seedText());
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
