import * as fs from "fs";
import * as os from "os";
import * as path from "path";

// Privacy promise (help.html, README): no data leaves the machine. Nothing in src/ may open a network
// channel, the built add-in may reference no origin but Microsoft's Office.js CDN (and documented help
// links), and every page carries a Content-Security-Policy that forbids other origins.
const root = path.join(__dirname, "..", "..");
const src = path.join(root, "src");
const dist = path.join(root, "dist");

const NETWORK_APIS: Array<[string, RegExp]> = [
  ["fetch(", /\bfetch\s*\(/],
  ["XMLHttpRequest", /\bXMLHttpRequest\b/],
  ["WebSocket", /\bWebSocket\b/],
  ["navigator.sendBeacon", /\bsendBeacon\b/],
  ["EventSource", /\bEventSource\b/],
  ["importScripts", /\bimportScripts\b/],
  ["RTCPeerConnection", /\bRTCPeerConnection\b/],
  ["WebTransport", /\bWebTransport\b/],
  ['createElement("script")', /createElement\s*\(\s*["'`]script["'`]\s*\)/i],
];

/** Origins the built add-in may name: Office.js and the custom-functions runtime must come from Microsoft's CDN. */
const ALLOWED_ORIGINS = ["https://appsforoffice.microsoft.com"];
/** Documented links that are never fetched by code. Add one only with the reason. */
const ALLOWED_URL_PREFIXES = [
  "http://www.w3.org/", // XML/SVG/XHTML namespace names in bundled code, identifiers only
  "https://kiem-tra-nghi-quyet.github.io/addin/", // the add-in's own published help (webpack urlProd)
  // OOXML namespace and relationship-type names inside mammoth/JSZip (the .docx reader): identifiers, never fetched.
  "http://schemas.openxmlformats.org/",
  "http://purl.oclc.org/ooxml/",
  "http://schemas.microsoft.com/office/",
  "http://schemas.zwobble.org/mammoth/",
  // Dublin Core namespace names in the docx package's core properties (the Word report): identifiers, never fetched.
  "http://purl.org/dc/",
  // Links in comments/error texts of bundled libraries (JSZip's help page, a WebKit bug in Fluent UI): never fetched.
  "https://stuk.github.io/jszip/",
  "https://bugs.webkit.org/",
  // The docx package's error text for a list deeper than 9 levels (the Word report never builds lists).
  "https://answers.microsoft.com/en-us/msoffice/forum/all/does-word-support-more-than-9-list-levels/",
];
/**
 * pdf.js's chunks (dist/pdfjs.js, dist/pdfjs-worker.js: loaded only when a PDF is opened) name XFA/XMP
 * namespaces, core-js's licence link and the test strings of core-js's URL polyfill ("https://a",
 * "https://x", "https://тест", "http://example.com"): identifiers, never fetched. pdf.js gets the file's
 * bytes, never a URL; the browser test that opens PDFs asserts that no request leaves the page.
 */
const PDFJS_CHUNK = /^pdfjs(-worker)?\.js$/;
const PDFJS_URL_PREFIXES = ["http://ns.adobe.com/", "http://www.xfa.org/schema/", "https://github.com/zloirock/core-js", "http://${"];
const PDFJS_URLS = new Set(["https://a", "https://a#б", "https://a/c%20d?a=1&c=3", "https://a@b", "https://foo.bar", "https://x", "https://тест", "http://example.com"]);

/** The only sources a page's CSP may allow. */
const CSP_SOURCES = new Set(["'self'", "'none'", "'unsafe-inline'", "data:", "blob:", ...ALLOWED_ORIGINS]);

function files(dir: string, exts: RegExp): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p, exts) : exts.test(e.name) ? [p] : [];
  });
}

/** Source text without comments (a comment may say "no fetch()"). */
function code(file: string): string {
  const text = fs.readFileSync(file, "utf8");
  if (file.endsWith(".html")) return text.replace(/<!--[\s\S]*?-->/g, "");
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
}

function networkUses(dir: string): string[] {
  return files(dir, /\.(ts|tsx|js|mjs|cjs|html)$/).flatMap((f) => {
    const text = code(f);
    return NETWORK_APIS.filter(([, re]) => re.test(text)).map(([name]) => `${path.relative(dir, f)}: ${name}`);
  });
}

function urlAllowed(url: string): boolean {
  if (ALLOWED_URL_PREFIXES.some((p) => url.startsWith(p))) return true;
  try {
    return ALLOWED_ORIGINS.includes(new URL(url).origin);
  } catch {
    return false;
  }
}

function foreignUrls(dir: string): string[] {
  return files(dir, /\.(js|html|css|json)$/).flatMap((f) =>
    [...fs.readFileSync(f, "utf8").matchAll(/\b(?:https?|wss?):\/\/[^\s"'`<>()\\;,]+/g)]
      .map((m) => m[0])
      .filter((u) => !urlAllowed(u) && !(PDFJS_CHUNK.test(path.basename(f)) && (PDFJS_URLS.has(u) || PDFJS_URL_PREFIXES.some((p) => u.startsWith(p)))))
      .map((u) => `${path.relative(dir, f)}: ${u}`),
  );
}

/** Problems with a page's Content-Security-Policy meta tag ([] when it forbids other origins). */
function cspProblems(html: string): string[] {
  // Attributes in any order, quoted or not (the production build minifies HTML).
  const metas = [...html.matchAll(/<meta\b([^>]*)>/gi)].map((m) => {
    const attrs = new Map<string, string>();
    for (const a of m[1].matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
      attrs.set(a[1].toLowerCase(), a[2] ?? a[3] ?? a[4]);
    }
    return attrs;
  });
  const meta = metas.find((a) => a.get("http-equiv")?.toLowerCase() === "content-security-policy");
  if (!meta) return ["no Content-Security-Policy meta tag"];
  const directives = new Map(
    (meta.get("content") ?? "")
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map((d) => [d[0].toLowerCase(), d.slice(1)] as const),
  );
  const problems: string[] = [];
  const def = directives.get("default-src");
  if (!def || def.some((s) => s !== "'self'" && s !== "'none'")) problems.push(`default-src must be 'self' or 'none', is "${def?.join(" ") ?? "missing"}"`);
  for (const [name, sources] of directives) {
    if (!name.endsWith("-src")) continue;
    for (const s of sources) if (!CSP_SOURCES.has(s)) problems.push(`${name} allows ${s}`);
  }
  for (const name of ["connect-src", "script-src"]) {
    const bad = (directives.get(name) ?? []).filter((s) => ["data:", "blob:", "'unsafe-inline'", "'unsafe-eval'"].includes(s));
    if (bad.length) problems.push(`${name} allows ${bad.join(" ")}`);
  }
  return problems;
}

describe("privacy: no data leaves the machine", () => {
  it("no file under src/ uses a network API", () => {
    expect(networkUses(src)).toEqual([]);
  });

  it("the network rule can fail", () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nq-privacy-"));
    fs.writeFileSync(path.join(tmp, "a.ts"), '// fetch( in a comment is fine\nconst r = await fetch("https://x.example/");\n');
    fs.writeFileSync(path.join(tmp, "b.ts"), 'const s = document.createElement("script");\nnavigator.sendBeacon("/x", "");\n');
    fs.writeFileSync(path.join(tmp, "c.ts"), "/* XMLHttpRequest is never used */ export const ok = 1; // WebSocket\n");
    expect(networkUses(tmp).sort()).toEqual(["a.ts: fetch(", 'b.ts: createElement("script")', "b.ts: navigator.sendBeacon"]);
    fs.rmSync(tmp, { recursive: true });
  });

  it("the task pane page has a Content-Security-Policy that forbids other origins", () => {
    expect(cspProblems(fs.readFileSync(path.join(src, "taskpane", "taskpane.html"), "utf8"))).toEqual([]);
  });

  it("every HTML page in src/ and dist/ has such a Content-Security-Policy", () => {
    const pages = [...files(src, /\.html$/), ...files(dist, /\.html$/)];
    expect(pages.length).toBeGreaterThan(0);
    const problems = pages.flatMap((f) => cspProblems(fs.readFileSync(f, "utf8")).map((p) => `${path.relative(root, f)}: ${p}`));
    expect(problems).toEqual([]);
  });

  it("the CSP rule can fail", () => {
    expect(cspProblems("<html></html>")).toEqual(["no Content-Security-Policy meta tag"]);
    const page = (csp: string) => `<meta http-equiv="Content-Security-Policy" content="${csp}" />`;
    expect(cspProblems(page("default-src 'self'; connect-src *"))).toEqual(["connect-src allows *"]);
    expect(cspProblems(page("default-src https:"))).toEqual([`default-src must be 'self' or 'none', is "https:"`, "default-src allows https:"]);
    expect(cspProblems(page("default-src 'self'; script-src 'self' 'unsafe-eval'"))).toEqual([
      "script-src allows 'unsafe-eval'",
      "script-src allows 'unsafe-eval'",
    ]);
    const minified = `<meta content="default-src 'self'; connect-src https://x.example" http-equiv=Content-Security-Policy>`;
    expect(cspProblems(minified)).toEqual(["connect-src allows https://x.example"]);
    expect(cspProblems(page("default-src 'none'; img-src 'self' data:; script-src https://appsforoffice.microsoft.com"))).toEqual([]);
  });

  it("src/ HTML pages reference no origin but the Office.js CDN", () => {
    expect(foreignUrls(src).filter((u) => u.includes(".html:"))).toEqual([]);
  });

  it("the built add-in (dist/) references no origin but the Office.js CDN and documented help links", () => {
    if (!fs.existsSync(dist)) return; // CI builds before testing; a fresh checkout has no dist/.
    expect(files(dist, /\.(js|html)$/).length).toBeGreaterThan(0);
    expect(foreignUrls(dist)).toEqual([]);
  });

  it("the URL rule can fail", () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nq-urls-"));
    fs.writeFileSync(
      path.join(tmp, "x.js"),
      'a("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");b("https://cdn.example.com/x.js");c("wss://evil.example/")',
    );
    expect(foreignUrls(tmp)).toEqual(["x.js: https://cdn.example.com/x.js", "x.js: wss://evil.example/"]);
    fs.rmSync(tmp, { recursive: true });
  });
});
