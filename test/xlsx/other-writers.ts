/**
 * Packages laid out as other programs write them, built from one of our own files: openpyxl (and many
 * scripts) put the worksheets before xl/workbook.xml in the zip and give absolute relationship targets
 * ("/xl/worksheets/sheet1.xml"); others use "../"-style relative targets and their own part names.
 */
import { unzipSync, zipSync, strToU8, strFromU8 } from "fflate";

type Parts = Record<string, Uint8Array>;

function rewriteTargets(parts: Parts, fn: (target: string) => string): void {
  const rels = "xl/_rels/workbook.xml.rels";
  parts[rels] = strToU8(strFromU8(parts[rels]).replace(/Target="([^"]*)"/g, (_m, t: string) => `Target="${fn(t)}"`));
}

/** Worksheets first, workbook.xml and its relationships last; absolute targets. */
export function openpyxlLayout(xlsx: Uint8Array): Uint8Array {
  const parts: Parts = unzipSync(xlsx);
  rewriteTargets(parts, (t) => (t.startsWith("/") ? t : `/xl/${t}`));
  const names = Object.keys(parts);
  const rank = (n: string) => (n.startsWith("xl/worksheets/") ? 0 : n === "xl/workbook.xml" || n === "xl/_rels/workbook.xml.rels" ? 2 : 1);
  const ordered: Parts = {};
  for (const n of [...names].sort((a, b) => rank(a) - rank(b))) ordered[n] = parts[n];
  return zipSync(ordered);
}

/**
 * Worksheet parts renamed (xl/worksheets/sheet1.xml → xl/ws/data-1.xml, in reverse tab order so that
 * part numbers and tab positions disagree) and reached by a "../"-relative target.
 */
export function renamedPartsLayout(xlsx: Uint8Array): Uint8Array {
  const parts: Parts = unzipSync(xlsx);
  const sheets = Object.keys(parts).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  const rename = new Map(sheets.map((n, i) => [n, `xl/ws/data-${sheets.length - i}.xml`]));
  rewriteTargets(parts, (t) => {
    const abs = t.startsWith("/") ? t.slice(1) : `xl/${t}`;
    const to = rename.get(abs);
    return to ? `../xl/${to.slice(3)}` : t;
  });
  const ct = "[Content_Types].xml";
  let types = strFromU8(parts[ct]);
  const out: Parts = {};
  for (const [n, b] of Object.entries(parts)) {
    const to = rename.get(n);
    if (!to) continue;
    types = types.replace(`PartName="/${n}"`, `PartName="/${to}"`);
    const rels = n.replace(/([^/]+)$/, "_rels/$1.rels");
    if (parts[rels]) out[to.replace(/([^/]+)$/, "_rels/$1.rels")] = parts[rels];
    out[to] = b;
  }
  for (const [n, b] of Object.entries(parts)) if (!rename.has(n) && !(n.startsWith("xl/worksheets/_rels/") && rename.has(n.replace("_rels/", "").replace(/\.rels$/, "")))) out[n] = b;
  out[ct] = strToU8(types);
  return zipSync(out);
}
