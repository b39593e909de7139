/**
 * The workbook's structure from its package parts, read first whatever the order of the zip entries
 * (openpyxl and others write the worksheets before workbook.xml): the sheets in tab order with their
 * names and part paths (absolute "/xl/worksheets/…" and relative relationship targets), the date
 * system and the defined names. No Node API (pane, merge and CLI share it).
 */
import { attr, decodeXml, elements } from "./xml";
import { checkDeclaredSizes, entryText, InflateBudget, readCentralDirectory, type ZipEntry, type ZipLimits, ZIP_LIMITS } from "./zip";

export interface PackageSheet {
  name: string;
  /** Zip entry name of the worksheet part ("xl/worksheets/sheet1.xml"), or null when it has none. */
  path: string | null;
  state: "visible" | "hidden" | "veryHidden";
}

export interface XlsxPackage {
  bytes: Uint8Array;
  entries: Map<string, ZipEntry>;
  /** Entry by lower-cased name (part names are case-insensitive). */
  byLowerName: Map<string, ZipEntry>;
  budget: InflateBudget;
  workbookPath: string;
  sheets: PackageSheet[];
  date1904: boolean;
  definedNames: { name: string; ranges: string[] }[];
}

const OFFICE_DOC = /\/officeDocument$/;
const WORKSHEET = /\/worksheet$/;

/** Resolve a relationship target against the folder of the part that owns it ("/x" is from the root). */
export function resolveTarget(ownerPath: string, target: string): string {
  const t = decodeURIComponent(target.replace(/\\/g, "/"));
  const base = t.startsWith("/") ? [] : ownerPath.split("/").slice(0, -1);
  for (const seg of t.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") base.pop();
    else base.push(seg);
  }
  return base.join("/");
}

/** The .rels part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
function relsPath(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** The relationship id of a <sheet>: r:id whatever the prefix bound to the relationships namespace. */
function relId(tag: string): string | null {
  const m = /\s[A-Za-z_][\w.-]*:id\s*=\s*("([^"]*)"|'([^']*)')/.exec(tag);
  return m ? decodeXml(m[2] ?? m[3] ?? "") : null;
}

export function openPackage(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): XlsxPackage {
  const entries = readCentralDirectory(bytes);
  checkDeclaredSizes(entries.values(), limits);
  const byLowerName = new Map<string, ZipEntry>();
  for (const e of entries.values()) byLowerName.set(e.name.toLowerCase(), e);
  const budget = new InflateBudget(limits);
  const text = (p: string): string | null => {
    const e = byLowerName.get(p.toLowerCase());
    return e ? entryText(bytes, e, budget) : null;
  };
  let workbookPath = "xl/workbook.xml";
  for (const r of relationships(text("_rels/.rels"))) if (OFFICE_DOC.test(r.type)) workbookPath = resolveTarget("", r.target);
  const wb = text(workbookPath) ?? "";
  const rels = new Map(relationships(text(relsPath(workbookPath))).map((r) => [r.id, r]));
  const sheets: PackageSheet[] = elements(wb, "sheet").map((s, i) => {
    const rel = rels.get(relId(s.tag) ?? "");
    const state = attr(s.tag, "state");
    return {
      name: attr(s.tag, "name") ?? `Sheet${i + 1}`,
      path: rel && WORKSHEET.test(rel.type) ? (byLowerName.get(resolveTarget(workbookPath, rel.target).toLowerCase())?.name ?? null) : null,
      state: state === "hidden" || state === "veryHidden" ? state : "visible",
    };
  });
  const pr = elements(wb, "workbookPr")[0];
  const d1904 = pr ? attr(pr.tag, "date1904") : null;
  const definedNames = elements(wb, "definedName").map((d) => ({ name: attr(d.tag, "name") ?? "", ranges: [decodeXml(d.inner)] }));
  return { bytes, entries, byLowerName, budget, workbookPath, sheets, date1904: d1904 === "1" || d1904 === "true", definedNames };
}

function relationships(xml: string | null): { id: string; type: string; target: string }[] {
  if (!xml) return [];
  return elements(xml, "Relationship").map((r) => ({ id: attr(r.tag, "Id") ?? "", type: attr(r.tag, "Type") ?? "", target: attr(r.tag, "Target") ?? "" }));
}

/** A part's text by name (case-insensitive), or null. */
export function partText(pkg: XlsxPackage, name: string): string | null {
  const e = pkg.byLowerName.get(name.toLowerCase());
  return e ? entryText(pkg.bytes, e, pkg.budget) : null;
}
