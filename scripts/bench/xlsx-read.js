"use strict";
/**
 * Bare reads of an .xlsx, one candidate per process, for the files benchmark (issue 17.1):
 *
 *   node scripts/bench/xlsx-read.js floor   FILE   inflate each worksheet (Node's native zlib) + one pass over its bytes
 *   node scripts/bench/xlsx-read.js scanner FILE   our reader (src/xlsx/grid.ts: <row>/<c> scanner over Node's streaming zlib, as nq check)
 *   node scripts/bench/xlsx-read.js scanner-fflate FILE   the same over fflate's streaming inflate (as in the task pane)
 *   node scripts/bench/xlsx-read.js saxes   FILE   fflate streaming inflate + the saxes SAX parser building the same grids
 *   node scripts/bench/xlsx-read.js exceljs FILE   ExcelJS's streaming WorkbookReader (the reader before), every row
 *
 * Prints {mode, ms, rows, cells, maxRssBytes}: `ms` is the read alone (module loading excluded).
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { performance } = require("perf_hooks");
const LIB = path.join(__dirname, "..", "..", "lib");

/** Worksheet entries of the zip (from our central-directory reader: the same entries every candidate reads). */
function worksheetEntries(buf) {
  const { openPackage } = require(path.join(LIB, "xlsx", "package.js"));
  const pkg = openPackage(buf);
  return { pkg, entries: pkg.sheets.filter((s) => s.path).map((s) => pkg.entries.get(s.path)) };
}

function floor(buf) {
  const { entries } = worksheetEntries(buf);
  let rows = 0;
  let bytes = 0;
  for (const e of entries) {
    const o = e.localOffset;
    const start = o + 30 + buf.readUInt16LE(o + 26) + buf.readUInt16LE(o + 28);
    const xml = zlib.inflateRawSync(buf.subarray(start, start + e.compressedSize));
    bytes += xml.length;
    // One pass: count the rows ("</row>") byte by byte.
    for (let i = 0; i < xml.length; i++) if (xml[i] === 0x3c && xml[i + 1] === 0x2f && xml[i + 2] === 0x72 && xml[i + 3] === 0x6f) rows++;
  }
  return { rows, cells: null, xmlBytes: bytes };
}

async function scanner(buf, native) {
  const { readXlsxGrids } = require(path.join(LIB, "xlsx", "grid.js"));
  const { nodeInflate } = require(path.join(LIB, "xlsx", "read.js"));
  const wb = await readXlsxGrids(buf, native ? nodeInflate : null);
  let rows = 0;
  let cells = 0;
  for (const s of wb.sheets) for (const r of s.values) if (r.length) (rows++, (cells += r.filter((v) => v !== null).length));
  return { rows, cells };
}

/** fflate + saxes: the same grids built from SAX events (shared strings and styles from our reader). */
function saxes(buf) {
  const { SaxesParser } = require("saxes");
  const { Inflate } = require("fflate");
  const { pkg } = worksheetEntries(buf);
  const grid = require(path.join(LIB, "xlsx", "grid.js"));
  const { partText } = require(path.join(LIB, "xlsx", "package.js"));
  const { dateFromSerial } = require(path.join(LIB, "xlsx", "scan.js"));
  const styles = grid.readStyleFormats(partText(pkg, "xl/styles.xml"));
  const strings = [];
  const sst = pkg.byLowerName.get("xl/sharedstrings.xml");
  if (sst) {
    const p = new SaxesParser();
    let cur = null;
    let inT = false;
    let inPh = false;
    p.on("opentag", (t) => (t.name === "si" ? (cur = "") : t.name === "t" ? (inT = true) : t.name === "rPh" ? (inPh = true) : null));
    p.on("closetag", (t) => (t.name === "si" ? strings.push(cur) : t.name === "t" ? (inT = false) : t.name === "rPh" ? (inPh = false) : null));
    p.on("text", (x) => inT && !inPh && (cur += x));
    feed(pkg, sst, p, Inflate);
  }
  let rows = 0;
  let cells = 0;
  for (const s of pkg.sheets) {
    if (!s.path) continue;
    const values = [];
    const p = new SaxesParser();
    let row = null;
    let r = -1;
    let col = -1;
    let c = null;
    let text = null;
    p.on("opentag", (t) => {
      if (t.name === "row") {
        r = t.attributes.r ? Number(t.attributes.r) - 1 : r + 1;
        row = values[r] = [];
        col = -1;
      } else if (t.name === "c") {
        const ref = t.attributes.r;
        col = ref ? colOf(ref) : col + 1;
        c = { t: t.attributes.t, s: t.attributes.s, v: null };
      } else if (t.name === "v" || t.name === "t") text = "";
    });
    p.on("text", (x) => text !== null && (text += x));
    p.on("closetag", (t) => {
      if (t.name === "v" || t.name === "t") {
        if (c) c.v = (c.v ?? "") + text;
        text = null;
      } else if (t.name === "c" && c) {
        const v = c.v;
        let val = null;
        if (v !== null) {
          if (c.t === "s") val = strings[Number(v)];
          else if (c.t === "inlineStr" || c.t === "str" || c.t === "e") val = v;
          else if (c.t === "b") val = v !== "0";
          else {
            const xf = c.s ? Number(c.s) : 0;
            const n = parseFloat(v);
            val = styles.isDate[xf] ? dateFromSerial(n, pkg.date1904) : n;
          }
        }
        if (val !== null) row[col] = val;
        c = null;
      }
    });
    feed(pkg, s.path && pkg.entries.get(s.path), p, Inflate);
    for (const x of values) if (x && x.length) (rows++, (cells += x.filter((v) => v !== null && v !== undefined).length));
  }
  return { rows, cells };
}

function colOf(ref) {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch < 65) break;
    n = n * 26 + (ch - 64);
  }
  return n - 1;
}

function feed(pkg, entry, parser, Inflate) {
  const { inflateEntry } = require(path.join(LIB, "xlsx", "zip.js"));
  const dec = new TextDecoder();
  inflateEntry(pkg.bytes, entry, (chunk) => parser.write(dec.decode(chunk, { stream: true })), pkg.budget);
  parser.write(dec.decode());
  parser.close();
  void Inflate;
}

async function exceljs(file) {
  const ExcelJS = require("exceljs");
  let rows = 0;
  let cells = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit", entries: "emit" });
  for await (const ws of reader) {
    for await (const row of ws) {
      rows++;
      cells += row.cellCount;
    }
  }
  return { rows, cells };
}

async function run(mode, file) {
  const buf = fs.readFileSync(file);
  const t0 = performance.now();
  const r = mode === "floor" ? floor(buf) : mode === "scanner" ? await scanner(buf, true) : mode === "scanner-fflate" ? await scanner(buf, false) : mode === "saxes" ? saxes(buf) : mode === "exceljs" ? await exceljs(file) : null;
  if (!r) throw new Error(`unknown mode ${mode}`);
  const ms = performance.now() - t0;
  return { mode, ms, ...r, maxRssBytes: process.resourceUsage().maxRSS * 1024 };
}

if (require.main === module) {
  run(process.argv[2], process.argv[3]).then(
    (r) => process.stdout.write(JSON.stringify(r) + "\n"),
    (e) => {
      process.stderr.write(String(e && e.stack ? e.stack : e) + "\n");
      process.exit(1);
    },
  );
}

module.exports = { run };
