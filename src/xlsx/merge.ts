import { dropDanglingSheets } from "./dangling-sheets";
import type { Parts } from "./sheet-parts";
import { ZipCopy } from "./zip-write";
import { attr, elements, firstElement, hasRoot, hasTrickyMarkup, putSection, rawAttr, removeAttr, rootTag, setRawAttr, type XmlElement } from "./xml";

/**
 * Zip-level merge: our result sheets (a small package of parts, ./sheet-parts.ts) are added to the input
 * .xlsx package, whose own parts stay byte for byte as they were. Only the workbook part, its
 * relationships, [Content_Types].xml and the styles part are edited (by appending). Re-writing the
 * whole input with ExcelJS takes ten times as long as reading it on big member sheets, and loses
 * whatever ExcelJS does not model.
 *
 * Whenever the input is not of the plain, known shape (strict OOXML, prefixed XML, own sheets to
 * replace, odd paths…) the merge answers "cannot" and the caller falls back to ExcelJS: it never guesses.
 */

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const NS_CT = "http://schemas.openxmlformats.org/package/2006/content-types";
const REL_OFFICE_DOC = `${NS_REL}/officeDocument`;
const REL_STYLES = `${NS_REL}/styles`;
const REL_WORKSHEET = `${NS_REL}/worksheet`;
const REL_TABLE = `${NS_REL}/table`;
const REL_HYPERLINK = `${NS_REL}/hyperlink`;
const CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const CT_TABLE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";

export type MergeOutcome = { ok: true; data: Buffer } | { ok: false; reason: string };

class Cannot extends Error {}
function cannot(reason: string): never {
  throw new Cannot(reason);
}

/** "xl/workbook.xml" + "worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml"; "/x" is from the root. */
export function resolvePart(fromPart: string, target: string): string {
  const base = target.startsWith("/") ? [] : fromPart.split("/").slice(0, -1);
  for (const seg of target.replace(/^\//, "").split("/")) {
    if (seg === "..") {
      if (!base.length) cannot(`path leaves the package: ${target}`);
      base.pop();
    } else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}

function relsPathOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
  el: XmlElement;
}

function parseRels(xml: string, what: string): Rel[] {
  if (hasTrickyMarkup(xml) || !hasRoot(xml, "Relationships", NS_PKG_REL)) cannot(`unexpected relationships part ${what}`);
  return elements(xml, "Relationship").map((el) => ({
    id: attr(el.tag, "Id") ?? cannot(`relationship without Id in ${what}`),
    type: attr(el.tag, "Type") ?? "",
    target: attr(el.tag, "Target") ?? "",
    external: attr(el.tag, "TargetMode") === "External",
    el,
  }));
}

function insertBefore(xml: string, closing: string, add: string): string {
  const i = xml.lastIndexOf(closing);
  if (i < 0) cannot(`no ${closing}`);
  return xml.slice(0, i) + add + xml.slice(i);
}

async function text(zip: ZipCopy, part: string): Promise<string> {
  return zip.text(part) ?? cannot(`missing part ${part}`);
}

/** A part of our package (written by ./sheet-parts.ts, or read from an ExcelJS buffer). */
function ourText(our: Parts, part: string): string {
  return our.get(part) ?? cannot(`missing part ${part} in ours`);
}

/** An ExcelJS-written package as parts (tests compare both writers through the same merge). */
async function partsOf(data: Buffer): Promise<Parts> {
  const zip = new ZipCopy(data);
  const parts: Parts = new Map();
  for (const name of zip.names()) if (!name.endsWith("/")) parts.set(name, await text(zip, name));
  return parts;
}

/** Style parts as lists of child elements (raw XML) by section. */
interface StyleLists {
  numFmts: { id: number; code: string; xml: string }[];
  fonts: string[];
  fills: string[];
  borders: string[];
  cellXfs: string[];
  dxfs: string[];
}

const STYLE_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

function sectionItems(xml: string, section: string, item: string): string[] | null {
  const s = firstElement(xml, section);
  if (!s) return null;
  if (s.selfClosing) return [];
  return elements(s.inner, item).map((e) => e.xml);
}

function readStyles(xml: string, what: string): StyleLists {
  if (hasTrickyMarkup(xml) || !hasRoot(xml, "styleSheet", NS_MAIN)) cannot(`unexpected styles part ${what}`);
  const numFmts = (sectionItems(xml, "numFmts", "numFmt") ?? []).map((x) => {
    const tag = /^<numFmt[^>]*>/.exec(x)?.[0] ?? x;
    return { id: Number(attr(tag, "numFmtId")), code: rawAttr(tag, "formatCode") ?? "", xml: x };
  });
  const need = (section: string, item: string): string[] => sectionItems(xml, section, item) ?? cannot(`styles without <${section}> in ${what}`);
  return {
    numFmts,
    fonts: need("fonts", "font"),
    fills: need("fills", "fill"),
    borders: need("borders", "border"),
    cellXfs: need("cellXfs", "xf"),
    dxfs: sectionItems(xml, "dxfs", "dxf") ?? [],
  };
}

function sectionXml(name: string, items: string[], oldXml: string): string {
  const old = firstElement(oldXml, name);
  let open = old ? old.tag.replace(/\/>$/, ">") : `<${name}>`;
  open = setRawAttr(open, "count", String(items.length));
  return `${open}${items.join("")}</${name}>`;
}

/** Append to `list` unless an identical element is there; the index either way. */
function addUnique(list: string[], index: Map<string, number>, item: string): number {
  const found = index.get(item);
  if (found !== undefined) return found;
  list.push(item);
  index.set(item, list.length - 1);
  return list.length - 1;
}

function indexOf(list: string[]): Map<string, number> {
  const m = new Map<string, number>();
  list.forEach((x, i) => {
    if (!m.has(x)) m.set(x, i);
  });
  return m;
}

interface StyleMap {
  xf: number[];
  dxfOffset: number;
}

/** Merge our styles into the input's: returns the new styles.xml and how our indices map. */
function mergeStyles(inputXml: string, oursXml: string): { xml: string; map: StyleMap } {
  const inp = readStyles(inputXml, "input");
  const our = readStyles(oursXml, "ours");
  if (!firstElement(inputXml, "cellStyleXfs")) cannot("styles without <cellStyleXfs>");
  if (inp.cellXfs.length === 0 || inp.fills.length < 2 || inp.fonts.length === 0) cannot("styles lack the default entries");

  // Number formats: reuse an input id of the same code, else a fresh id ≥ 164.
  const numFmts = [...inp.numFmts];
  const byCode = new Map(inp.numFmts.map((f) => [f.code, f.id]));
  let next = Math.max(163, ...inp.numFmts.map((f) => (Number.isFinite(f.id) ? f.id : 0))) + 1;
  const fmtMap = new Map<number, number>();
  for (const f of our.numFmts) {
    let id = byCode.get(f.code);
    if (id === undefined) {
      id = next++;
      numFmts.push({ id, code: f.code, xml: `<numFmt numFmtId="${id}" formatCode="${f.code}"/>` });
      byCode.set(f.code, id);
    }
    fmtMap.set(f.id, id);
  }
  const fonts = [...inp.fonts];
  const fontIdx = indexOf(fonts);
  const fontMap = our.fonts.map((x) => addUnique(fonts, fontIdx, x));
  const fills = [...inp.fills];
  const fillIdx = indexOf(fills);
  // Fills 0 and 1 are the reserved "none" and "gray125" in every package.
  const fillMap = our.fills.map((x, i) => (i < 2 ? i : addUnique(fills, fillIdx, x)));
  const borders = [...inp.borders];
  const borderIdx = indexOf(borders);
  const borderMap = our.borders.map((x) => addUnique(borders, borderIdx, x));
  const xfs = [...inp.cellXfs];
  const xfIdx = indexOf(xfs);
  const remapId = (tag: string, name: string, map: (n: number) => number | undefined): string => {
    const v = attr(tag, name);
    if (v === null) return tag;
    const to = map(Number(v));
    if (to === undefined) cannot(`style ${name}=${v} out of range`);
    return setRawAttr(tag, name, String(to));
  };
  const xfMap = our.cellXfs.map((x, i) => {
    if (i === 0) return 0; // the default cell format: the input's own default
    const m = /^<xf(?=[\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>/.exec(x);
    if (!m) cannot("odd <xf>");
    let tag = m[0];
    tag = remapId(tag, "numFmtId", (n) => (n < 164 ? n : fmtMap.get(n)));
    tag = remapId(tag, "fontId", (n) => fontMap[n]);
    tag = remapId(tag, "fillId", (n) => fillMap[n]);
    tag = remapId(tag, "borderId", (n) => borderMap[n]);
    tag = setRawAttr(tag, "xfId", "0");
    return addUnique(xfs, xfIdx, tag + x.slice(m[0].length));
  });
  if (our.dxfs.some((d) => /<numFmt\b/.test(d))) cannot("conditional format with a number format");
  const dxfs = [...inp.dxfs, ...our.dxfs];

  let xml = inputXml;
  if (numFmts.length > inp.numFmts.length) xml = putSection(xml, "numFmts", sectionXml("numFmts", numFmts.map((f) => f.xml), xml), STYLE_ORDER.slice(1), "styleSheet");
  xml = putSection(xml, "fonts", sectionXml("fonts", fonts, xml), [], "styleSheet");
  xml = putSection(xml, "fills", sectionXml("fills", fills, xml), [], "styleSheet");
  xml = putSection(xml, "borders", sectionXml("borders", borders, xml), [], "styleSheet");
  xml = putSection(xml, "cellXfs", sectionXml("cellXfs", xfs, xml), [], "styleSheet");
  if (our.dxfs.length) xml = putSection(xml, "dxfs", sectionXml("dxfs", dxfs, xml), STYLE_ORDER.slice(STYLE_ORDER.indexOf("dxfs") + 1), "styleSheet");
  return { xml, map: { xf: xfMap, dxfOffset: inp.dxfs.length } };
}

/** The input package, checked and parsed far enough to know its sheet names. */
export interface InputPackage {
  zip: ZipCopy;
  sheetNames: string[];
  workbookPart: string;
}

/** Open the input for a merge, or say why it cannot be merged. */
export async function openInputPackage(data: Buffer): Promise<InputPackage | { cannot: string }> {
  try {
    // Odd entry names (".." or absolute), zip64, encrypted entries: refused by ZipCopy (the full writer copies those).
    const zip = new ZipCopy(data);
    const rootRels = parseRels(await text(zip, "_rels/.rels"), "_rels/.rels");
    const docs = rootRels.filter((r) => r.type === REL_OFFICE_DOC);
    if (docs.length !== 1) cannot("no (transitional) officeDocument relationship: strict OOXML or not a workbook");
    const workbookPart = resolvePart("", docs[0].target);
    // A <sheet> entry with no part behind it (a bare <sheet/>) is left out of the copy (./dangling-sheets).
    const { xml: wb, dropped } = dropDanglingSheets(await text(zip, workbookPart));
    if (dropped) zip.set(workbookPart, wb);
    checkWorkbook(wb);
    const sheetNames = elements(wb, "sheet").map((s) => attr(s.tag, "name") ?? cannot("sheet without a name"));
    return { zip, sheetNames, workbookPart };
  } catch (e) {
    if (e instanceof Cannot) return { cannot: e.message };
    return { cannot: e instanceof Error ? e.message : String(e) };
  }
}

function checkWorkbook(wb: string): void {
  if (hasTrickyMarkup(wb)) cannot("comments or CDATA in the workbook part");
  if (!hasRoot(wb, "workbook", NS_MAIN)) cannot("workbook part not in the plain transitional namespace (prefixed or strict)");
  if (new RegExp(`xmlns:[\\w.-]+\\s*=\\s*["']${NS_MAIN}["']`).test(wb)) cannot("namespace prefix for the main namespace");
  if (/<workbookProtection\b[^>]*lockStructure\s*=\s*["'](1|true)["']/.test(wb)) cannot("workbook structure is protected");
  if (!firstElement(wb, "sheets")) cannot("workbook without <sheets>");
  for (const dn of elements(wb, "definedName")) {
    if (/^_NQ_/i.test(attr(dn.tag, "name") ?? "")) cannot("the input has the add-in's own sheets, which are replaced by the full writer");
  }
}

/** Prefix bound to the relationships namespace on the root element ("r" nearly always). */
function relPrefix(wb: string): string {
  const root = rootTag(wb) ?? "";
  const m = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*["']${NS_REL}["']`).exec(root);
  return m ? m[1] : cannot("workbook root does not declare the relationships namespace");
}

function freshPart(taken: Set<string>, dir: string, stem: string, ext: string): string {
  for (let n = 1; ; n++) {
    const p = `${dir}${stem}${n}.${ext}`;
    if (!taken.has(p.toLowerCase())) {
      taken.add(p.toLowerCase());
      return p;
    }
  }
}

function relTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}

/** Rewrite one of our sheet parts: inline strings, remapped style and dxf ids. */
function rewriteSheet(xml: string, strings: string[], map: StyleMap): string {
  if (hasTrickyMarkup(xml)) cannot("comments in our sheet");
  let out = xml.replace(/<c(?=[\s>/])((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>(?:<v>(\d+)<\/v><\/c>)?/g, (whole, attrs: string, slash: string, v: string | undefined) => {
    let tag = `<c${attrs}${slash}>`;
    const s = attr(tag, "s");
    if (s !== null) tag = setRawAttr(tag, "s", String(map.xf[Number(s)] ?? cannot(`cell style ${s}`)));
    if (attr(tag, "t") === "s") {
      if (v === undefined) cannot("shared string cell of unknown shape");
      const si = strings[Number(v)];
      if (si === undefined) cannot(`shared string ${v} missing`);
      return `${setRawAttr(tag, "t", "inlineStr")}<is>${si}</is></c>`;
    }
    return v === undefined ? tag : `${tag}<v>${v}</v></c>`;
  });
  out = out.replace(/<row(?=[\s>/])(?:[^>"']|"[^"]*"|'[^']*')*>/g, (tag) => {
    const s = attr(tag, "s");
    return s === null ? tag : setRawAttr(tag, "s", String(map.xf[Number(s)] ?? cannot(`row style ${s}`)));
  });
  out = out.replace(/<col(?=[\s>/])(?:[^>"']|"[^"]*"|'[^']*')*>/g, (tag) => {
    const s = attr(tag, "style");
    return s === null ? tag : setRawAttr(tag, "style", String(map.xf[Number(s)] ?? cannot(`column style ${s}`)));
  });
  out = out.replace(/<cfRule(?=[\s>/])(?:[^>"']|"[^"]*"|'[^']*')*>/g, (tag) => {
    const d = attr(tag, "dxfId");
    return d === null ? tag : setRawAttr(tag, "dxfId", String(Number(d) + map.dxfOffset));
  });
  // A link to a cell needs only its location; ExcelJS also writes a bogus external relationship.
  out = out.replace(/<hyperlink(?=[\s>/])(?:[^>"']|"[^"]*"|'[^']*')*>/g, (tag) => (attr(tag, "location") !== null ? removeAttr(tag, "r:id") : tag));
  return out;
}

/**
 * Add the sheets of `ours` (our result sheets only, as parts or an ExcelJS-written buffer, named already
 * so they do not clash with `input.sheetNames`) to the input package. The input parts are not re-encoded.
 */
export async function mergeIntoPackage(input: InputPackage, ours: Parts | Buffer): Promise<MergeOutcome> {
  try {
    return { ok: true, data: await merge(input, ours instanceof Map ? ours : await partsOf(ours)) };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}

async function merge(input: InputPackage, our: Parts): Promise<Buffer> {
  const zip = input.zip;
  const wbPart = input.workbookPart;
  const wbRelsPart = relsPathOf(wbPart);
  let wb = await text(zip, wbPart);
  let wbRels = await text(zip, wbRelsPart);
  let types = await text(zip, "[Content_Types].xml");
  if (hasTrickyMarkup(types) || !hasRoot(types, "Types", NS_CT)) cannot("unexpected [Content_Types].xml");
  const rels = parseRels(wbRels, wbRelsPart);
  const stylesRel = rels.filter((r) => r.type === REL_STYLES && !r.external);
  if (stylesRel.length !== 1) cannot("no styles part");
  const stylesPart = resolvePart(wbPart, stylesRel[0].target);
  const inputStyles = await text(zip, stylesPart);
  const r = relPrefix(wb);

  // Our workbook's parts.
  const ourRootRels = parseRels(ourText(our, "_rels/.rels"), "ours");
  const ourWbPart = resolvePart("", ourRootRels.find((x) => x.type === REL_OFFICE_DOC)?.target ?? cannot("our workbook part"));
  const ourWb = ourText(our, ourWbPart);
  const ourRels = parseRels(ourText(our, relsPathOf(ourWbPart)), "ours");
  const ourStylesRel = ourRels.find((x) => x.type === REL_STYLES) ?? cannot("our styles");
  const ssRel = ourRels.find((x) => x.type === `${NS_REL}/sharedStrings`);
  const strings = ssRel ? elements(ourText(our, resolvePart(ourWbPart, ssRel.target)), "si").map((e) => e.inner) : [];
  const styles = mergeStyles(inputStyles, ourText(our, resolvePart(ourWbPart, ourStylesRel.target)));

  const taken = new Set(zip.names().map((f) => f.toLowerCase()));
  const wbDir = wbPart.includes("/") ? wbPart.slice(0, wbPart.lastIndexOf("/") + 1) : "";
  const sheetIds = elements(wb, "sheet").map((s) => Number(attr(s.tag, "sheetId")));
  let nextSheetId = Math.max(0, ...sheetIds.filter(Number.isFinite)) + 1;
  const relIds = new Set(rels.map((x) => x.id));
  let ridN = 1;
  const freshRid = (): string => {
    while (relIds.has(`rId${ridN}`)) ridN++;
    relIds.add(`rId${ridN}`);
    return `rId${ridN}`;
  };
  const inputNames = elements(wb, "definedName").map((d) => ({ name: (attr(d.tag, "name") ?? "").toLowerCase(), local: attr(d.tag, "localSheetId") }));

  // Tables: ids and names are workbook-wide.
  const tableParts = elements(types, "Override").filter((o) => attr(o.tag, "ContentType") === CT_TABLE).map((o) => (attr(o.tag, "PartName") ?? "").replace(/^\//, ""));
  const tableIds = new Set<number>();
  const tableNames = new Set(inputNames.map((n) => n.name));
  for (const p of tableParts) {
    const tableText = zip.text(p);
    if (tableText === null) continue;
    const tag = rootTag(tableText) ?? "";
    tableIds.add(Number(attr(tag, "id")));
    tableNames.add((attr(tag, "name") ?? "").toLowerCase());
    tableNames.add((attr(tag, "displayName") ?? "").toLowerCase());
  }
  let nextTableId = Math.max(0, ...[...tableIds].filter(Number.isFinite)) + 1;

  const newSheets: string[] = [];
  const newRels: string[] = [];
  const newTypes: string[] = [];
  const ourSheets = elements(ourWb, "sheet");
  for (const s of ourSheets) {
    const rid = attr(s.tag, "r:id") ?? cannot("our sheet without r:id");
    const rel = ourRels.find((x) => x.id === rid) ?? cannot("our sheet relationship");
    if (rel.type !== REL_WORKSHEET) cannot("our sheet is not a worksheet");
    const ourPart = resolvePart(ourWbPart, rel.target);
    const part = freshPart(taken, `${wbDir}worksheets/`, "sheet", "xml");
    let sheetXml = rewriteSheet(ourText(our, ourPart), strings, styles.map);
    // The sheet's own relationships: tables get fresh parts, ids and names; cell links need none.
    const ourSheetRels = our.get(relsPathOf(ourPart));
    const keptRels: string[] = [];
    if (ourSheetRels !== undefined) {
      for (const sr of parseRels(ourSheetRels, "our sheet")) {
        const used = new RegExp(`r:id="${sr.id}"`).test(sheetXml);
        if (!used) continue;
        if (sr.type === REL_HYPERLINK && sr.external) {
          keptRels.push(sr.el.xml);
        } else if (sr.type === REL_TABLE && !sr.external) {
          const tablePart = freshPart(taken, `${wbDir}tables/`, "table", "xml");
          let tableXml = ourText(our, resolvePart(ourPart, sr.target));
          let tag = rootTag(tableXml) ?? cannot("our table");
          let name = attr(tag, "name") ?? "Table";
          for (let n = 2; tableNames.has(name.toLowerCase()); n++) name = `${(attr(tag, "name") ?? "Table").replace(/_\d+$/, "")}_${n}`;
          tableNames.add(name.toLowerCase());
          const newTag = setRawAttr(setRawAttr(setRawAttr(tag, "id", String(nextTableId++)), "name", name), "displayName", name);
          tableXml = tableXml.replace(tag, () => newTag);
          tag = newTag;
          zip.set(tablePart, tableXml);
          newTypes.push(`<Override PartName="/${tablePart}" ContentType="${CT_TABLE}"/>`);
          keptRels.push(`<Relationship Id="${sr.id}" Type="${REL_TABLE}" Target="${relTarget(part, tablePart)}"/>`);
        } else cannot(`our sheet has a ${sr.type} relationship`);
      }
    }
    const ids = new Set([...sheetXml.matchAll(/\sr:id="([^"]+)"/g)].map((m) => m[1]));
    for (const id of ids) if (!keptRels.some((k) => k.includes(`Id="${id}"`))) cannot(`our sheet refers to ${id} without a relationship`);
    if (keptRels.length) zip.set(relsPathOf(part), `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG_REL}">${keptRels.join("")}</Relationships>`);
    if (/\btabSelected="1"/.test(sheetXml)) sheetXml = sheetXml.replace(/\stabSelected="1"/g, "");
    zip.set(part, sheetXml);
    const newRid = freshRid();
    newRels.push(`<Relationship Id="${newRid}" Type="${REL_WORKSHEET}" Target="${relTarget(wbPart, part)}"/>`);
    newTypes.push(`<Override PartName="/${part}" ContentType="${CT_WORKSHEET}"/>`);
    const state = attr(s.tag, "state");
    newSheets.push(`<sheet name="${rawAttr(s.tag, "name")}" sheetId="${nextSheetId++}"${state && state !== "visible" ? ` state="${state}"` : ""} ${r}:id="${newRid}"/>`);
  }

  // Defined names: our markers and print titles, sheet-local ones moved past the input's sheets.
  const offset = input.sheetNames.length;
  const newNames: string[] = [];
  for (const d of elements(ourWb, "definedName")) {
    const name = (attr(d.tag, "name") ?? "").toLowerCase();
    const local = attr(d.tag, "localSheetId");
    const shifted = local === null ? null : String(Number(local) + offset);
    if (inputNames.some((n) => n.name === name && n.local === shifted)) cannot(`defined name ${name} exists`);
    newNames.push((shifted === null ? d.tag : setRawAttr(d.tag, "localSheetId", shifted)) + d.inner + "</definedName>");
    if (d.selfClosing) cannot("empty defined name");
  }

  const sheetsEl = firstElement(wb, "sheets") ?? cannot("no <sheets>");
  if (sheetsEl.selfClosing) cannot("empty <sheets>");
  wb = wb.slice(0, sheetsEl.end - "</sheets>".length) + newSheets.join("") + wb.slice(sheetsEl.end - "</sheets>".length);
  if (newNames.length) {
    const dns = firstElement(wb, "definedNames");
    if (dns && !dns.selfClosing) wb = wb.slice(0, dns.end - "</definedNames>".length) + newNames.join("") + wb.slice(dns.end - "</definedNames>".length);
    else {
      const block = `<definedNames>${newNames.join("")}</definedNames>`;
      if (dns) wb = wb.slice(0, dns.start) + block + wb.slice(dns.end);
      else {
        // Schema order: sheets, functionGroups, externalReferences, definedNames.
        const after = firstElement(wb, "externalReferences") ?? firstElement(wb, "functionGroups") ?? firstElement(wb, "sheets");
        if (!after) cannot("no place for <definedNames>");
        wb = wb.slice(0, after.end) + block + wb.slice(after.end);
      }
    }
  }
  wbRels = insertBefore(wbRels, "</Relationships>", newRels.join(""));
  types = insertBefore(types, "</Types>", newTypes.join(""));

  zip.set(wbPart, wb);
  zip.set(wbRelsPart, wbRels);
  zip.set("[Content_Types].xml", types);
  zip.set(stylesPart, styles.xml);
  // Unchanged entries keep their compressed bytes (copied, never inflated); ours are deflated.
  const out = zip.toBytes();
  return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
}

