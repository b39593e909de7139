// The built add-in makes no network call: the only remote script is office.js from Microsoft's CDN,
// and the only other URLs are documented help links and XML namespace names (never fetched).
import * as fs from "fs";
import * as path from "path";
import { dist, ensureBuilt } from "./harness";

/** Hosts that may appear in dist/ and why. */
const ALLOWED_HOSTS: Record<string, string> = {
  "appsforoffice.microsoft.com": "office.js CDN (required by Office)",
  "learn.microsoft.com": "documented help links",
  "support.microsoft.com": "documented help links",
  "schemas.openxmlformats.org": "OOXML namespace names (docx reading)",
  "schemas.microsoft.com": "OOXML namespace names",
  "www.w3.org": "XML/SVG namespace names",
  "purl.org": "Dublin Core namespace names",
  "purl.oclc.org": "strict OOXML namespace names (docx reading)",
  "schemas.zwobble.org": "mammoth's internal namespace name",
  "stuk.github.io": "a help link inside JSZip's error messages",
  "answers.microsoft.com": "a help link inside an error message of the docx package (Word report; never fetched)",
  "bugs.webkit.org": "a bug reference in a library comment",
  "localhost:3000": "development manifest URLs (rewritten for production)",
};

/**
 * pdf.js (dist/pdfjs.js, dist/pdfjs-worker.js, loaded only when a PDF is opened) carries URL loaders
 * (fetch, XMLHttpRequest) and URLs in its comments and error texts. They are never reached: the pane
 * hands pdf.js the file's bytes (`data`), never a URL, cMapUrl, standardFontDataUrl or wasmUrl, and the
 * browser test that opens PDFs asserts that no request leaves the page. These hosts are allowed there only.
 */
const PDFJS_CHUNK = /^pdfjs(-worker)?\.js$/;
const PDFJS_HOSTS = new Set(["example.com", "foo.bar", "github.com", "ns.adobe.com", "www.xfa.org", "a", "x"]);

const NETWORK_APIS = /\bfetch\s*\(|new\s+XMLHttpRequest|new\s+WebSocket|sendBeacon\s*\(|new\s+EventSource|importScripts\s*\(/g;

function files(): string[] {
  return fs.readdirSync(dist).filter((f) => /\.(js|html)$/.test(f)).map((f) => path.join(dist, f));
}

jest.setTimeout(180_000);
beforeAll(() => ensureBuilt());

describe("dist/ bundles", () => {
  it("load no script other than office.js from the CDN", () => {
    for (const file of files().filter((f) => f.endsWith(".html"))) {
      const html = fs.readFileSync(file, "utf8");
      const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
      const remote = scripts.filter((s) => /^(https?:)?\/\//.test(s));
      expect(remote.every((s) => s.startsWith("https://appsforoffice.microsoft.com/lib/1/hosted/"))).toBe(true);
    }
  });

  it("contain no network API and no URL outside the allowed hosts", () => {
    const found: string[] = [];
    for (const file of files()) {
      const text = fs.readFileSync(file, "utf8");
      const pdfjs = PDFJS_CHUNK.test(path.basename(file));
      if (!pdfjs) for (const m of text.matchAll(NETWORK_APIS)) found.push(`${path.basename(file)}: ${m[0]}`);
      for (const m of text.matchAll(/(?:https?|wss?):\/\/([a-z0-9.-]+(?::\d+)?)/gi)) {
        const host = m[1].toLowerCase();
        if (!(host in ALLOWED_HOSTS) && !(pdfjs && PDFJS_HOSTS.has(host))) found.push(`${path.basename(file)}: ${m[0]}`);
      }
    }
    expect(found).toEqual([]);
  });

  it("the scan can fail: it flags a fetch and an unknown host", () => {
    const text = 'fetch("https://evil.example.com/x")';
    expect([...text.matchAll(NETWORK_APIS)]).toHaveLength(1);
    expect("evil.example.com" in ALLOWED_HOSTS).toBe(false);
  });
});
