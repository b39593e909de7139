// Shared pieces of the browser tests: build dist/ when stale, serve it on 127.0.0.1, launch Debian's
// Chromium with playwright-core, and route the office.js CDN URL to the test fake.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";

export const root = path.join(__dirname, "..", "..");
export const dist = path.join(root, "dist");

function newest(dir: string): number {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

/** CI runs `npm run build` before jest; locally, rebuild when src/ is newer than dist/taskpane.js. */
export function ensureBuilt(): void {
  if (process.env.NQ_SKIP_BUILD === "1") return;
  const bundle = path.join(dist, "taskpane.js");
  const fresh = () => fs.existsSync(bundle) && fs.statSync(bundle).mtimeMs >= newest(path.join(root, "src"));
  if (fresh()) return;
  // Test files run in parallel workers: one builds, the others wait for its lock to go.
  const lock = path.join(root, "test-output", ".build-lock");
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // A lock older than 10 minutes is left over from a killed run.
      const age = fs.existsSync(lock) ? Date.now() - fs.statSync(lock).mtimeMs : 0;
      if (age > 600_000) fs.rmSync(lock, { recursive: true, force: true });
      else sleep(500);
    }
  }
  try {
    if (!fresh()) execFileSync(process.execPath, [path.join(root, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"], { cwd: root, stdio: "pipe" });
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json", ".png": "image/png", ".xml": "application/xml", ".css": "text/css" };

export async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname).replace(/^\/+/, "");
    const file = path.join(dist, rel);
    if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

/** Debian's chromium, or another Chromium given by NQ_CHROMIUM. */
export const CHROMIUM = process.env.NQ_CHROMIUM ?? "/usr/bin/chromium";

/**
 * Whether the pane tests can run. Without Debian's chromium they are skipped with a message on a
 * developer's machine, so `npm test` still passes after a plain `npm install`; under CI=true they never
 * skip (.ci/run installs chromium, and a missing browser must fail the run, not hide the tests).
 */
export function chromiumAvailable(): boolean {
  if (fs.existsSync(CHROMIUM) || process.env.CI === "true") return true;
  console.log(`Bỏ qua kiểm thử khung tác vụ: chưa cài Chromium (${CHROMIUM}). Cài: apt-get install chromium / Skipped: no Chromium.`);
  return false;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/**
 * Where the tests' screenshots go: a git-ignored folder, so `npm test` changes no tracked file.
 * `npm run screenshots` sets NQ_SCREENSHOT_DIR=docs/images to refresh the README's pictures.
 */
export const SCREENSHOT_DIR = process.env.NQ_SCREENSHOT_DIR ? path.resolve(root, process.env.NQ_SCREENSHOT_DIR) : path.join(root, "test-output", "screenshots");

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, name), fullPage: false });
}

const fakeDir = path.join(root, "test", "fixtures", "office-fake");
const officeFake = () => fs.readFileSync(path.join(fakeDir, "excel-fake.js"), "utf8") + "\n" + fs.readFileSync(path.join(fakeDir, "office.js"), "utf8");

/**
 * A page with the fake office.js: every request outside the local server is recorded and refused
 * (the add-in must make none besides office.js), dialogs are recorded (an XSS would open one).
 */
export interface PaneOptions {
  width?: number;
  height?: number;
  /** Office's theme background (officeTheme.bodyBackgroundColor), e.g. "#262626" for Black. */
  officeTheme?: string;
  /** Milliseconds each context.sync() of the fake takes (a slow host). */
  syncDelay?: number;
  /** The clock of the page (Date only; timers run). */
  now?: Date;
}

export async function openPane(browser: Browser, base: string, lang: "vi-VN" | "en-US", seed?: Record<string, unknown[][]>, options: PaneOptions = {}) {
  const context = await browser.newContext({ viewport: { width: options.width ?? 350, height: options.height ?? 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const external: string[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("https://appsforoffice.microsoft.com/lib/1/hosted/office.js")) {
      return route.fulfill({ status: 200, contentType: "text/javascript", body: officeFake() });
    }
    if (url.startsWith(base)) return route.continue();
    external.push(url);
    return route.abort();
  });
  if (options.now) await page.clock.setFixedTime(options.now);
  await page.addInitScript(({ l, s, theme, delay }) => {
    const w = window as unknown as Record<string, unknown>;
    w.__NQ_LANG = l;
    if (s) w.__NQ_SEED = s;
    if (theme) w.__NQ_OFFICE_THEME = theme;
    if (delay) w.__NQ_SYNC_DELAY = delay;
  }, { l: lang, s: seed ?? null, theme: options.officeTheme ?? null, delay: options.syncDelay ?? null });
  await page.goto(`${base}/taskpane.html`);
  await page.waitForSelector("#panel-resolution");
  return { page, external, dialogs, errors, close: () => context.close() };
}

/**
 * The set-up every pane test file shares: without Chromium its describe blocks are skipped (with the
 * message of chromiumAvailable); otherwise dist/ is built when stale, served on 127.0.0.1 and one
 * browser launched in beforeAll, both closed in afterAll. Call it once at the top of a test file.
 */
export function paneSuite() {
  const available = chromiumAvailable();
  let browser: Browser | undefined;
  let server: { url: string; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    if (!available) return;
    ensureBuilt();
    server = await serveDist();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    available,
    describe: available ? describe : describe.skip,
    /** The local server's base URL (only inside tests). */
    url: () => server!.url,
    /** A fresh pane page of the suite's browser (see openPane). */
    open: (lang: "vi-VN" | "en-US", seed?: Record<string, unknown[][]>, options: PaneOptions = {}) => openPane(browser!, server!.url, lang, seed, options),
  };
}

/** The n-th seed resolution text (test/fixtures/seeds, by file name). */
export function seedText(n = 0): string {
  const dir = path.join(root, "test", "fixtures", "seeds");
  return fs.readFileSync(path.join(dir, fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()[n]), "utf8");
}

/** Wait until the pane is no longer busy (#app's aria-busy). */
export async function waitIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById("app")?.getAttribute("aria-busy") !== "true");
}

/** Open one of the pane's three steps by its tab. */
export async function step(page: Page, id: "resolution" | "data" | "check"): Promise<void> {
  await page.click(`#tab-${id}`);
  await page.waitForSelector(`#panel-${id}:not([hidden])`);
}

/** Names of the workbook's sheets, and a sheet's values, from the fake in the page. */
export async function sheetNames(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as any).__nqWorkbook.sheetNames());
}

export async function syncCount(page: Page): Promise<number> {
  return page.evaluate(() => (window as any).__nqWorkbook.syncCount);
}

/** Run axe-core in the page; return violations of serious or critical impact. */
export async function axeSerious(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  const src = fs.readFileSync(path.join(root, "node_modules", "axe-core", "axe.min.js"), "utf8");
  // Evaluated through the DevTools protocol: the page's CSP (no inline scripts) stays in force for the add-in.
  await page.evaluate(src);
  return page.evaluate(async () => {
    const axe = (window as any).axe;
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations
      .filter((v: any) => v.impact === "serious" || v.impact === "critical")
      .map((v: any) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n: any) => n.target.join(" ")) }));
  });
}
