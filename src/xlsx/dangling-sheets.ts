import { attr, elements, firstElement, setRawAttr } from "./xml";

/**
 * A <sheet> entry of workbook.xml with no relationship id (a bare `<sheet/>`, or a name without r:id)
 * points at no worksheet part: the grid reader shows an empty sheet for it, ExcelJS throws on it
 * ("reading 'replace'") and Excel reports the file as damaged. The writers copy the input without such
 * entries — nothing of the user's is behind them — and shift what counts <sheet> entries by position:
 * a defined name's localSheetId and the window's activeTab/firstSheet. Names local to a dropped entry
 * go with it.
 */

/** Whether a <sheet> start tag names a relationship (r:id, whatever prefix is bound to the namespace). */
function hasRelId(tag: string): boolean {
  return /\s[A-Za-z_][\w.-]*:id\s*=\s*("[^"]*"|'[^']*')/.test(tag);
}

/** The new position of sheet index `i` once the entries at `dropped` are gone (null: dropped itself). */
function shifted(i: number, dropped: number[]): number | null {
  return dropped.includes(i) ? null : i - dropped.filter((d) => d < i).length;
}

/** workbook.xml without its dangling <sheet> entries; `dropped` counts them (0: the text unchanged). */
export function dropDanglingSheets(wb: string): { xml: string; dropped: number } {
  const sheetsEl = firstElement(wb, "sheets");
  if (!sheetsEl || sheetsEl.selfClosing) return { xml: wb, dropped: 0 };
  const entries = elements(wb, "sheet", sheetsEl.start, sheetsEl.end);
  const dropped = entries.flatMap((e, i) => (hasRelId(e.tag) ? [] : [i]));
  if (!dropped.length) return { xml: wb, dropped: 0 };
  // Edit from the end so that earlier offsets stay right.
  const edits: { start: number; end: number; text: string }[] = dropped.map((i) => ({ start: entries[i].start, end: entries[i].end, text: "" }));
  for (const dn of elements(wb, "definedName")) {
    const local = attr(dn.tag, "localSheetId");
    if (local === null) continue;
    const to = shifted(Number(local), dropped);
    edits.push({ start: dn.start, end: dn.end, text: to === null ? "" : dn.xml.replace(dn.tag, () => setRawAttr(dn.tag, "localSheetId", String(to))) });
  }
  for (const view of elements(wb, "workbookView")) {
    let tag = view.tag;
    for (const name of ["activeTab", "firstSheet"]) {
      const v = attr(tag, name);
      if (v !== null) tag = setRawAttr(tag, name, String(Math.max(0, shifted(Number(v), dropped) ?? 0)));
    }
    if (tag !== view.tag) edits.push({ start: view.start, end: view.start + view.tag.length, text: tag });
  }
  let xml = wb;
  for (const e of edits.sort((a, b) => b.start - a.start)) xml = xml.slice(0, e.start) + e.text + xml.slice(e.end);
  return { xml, dropped: dropped.length };
}

/** The workbook part's path from the package's root relationships ("xl/workbook.xml" when they do not say). */
function workbookPartOf(rootRels: string): string {
  for (const r of elements(rootRels, "Relationship")) {
    if (/\/officeDocument$/.test(attr(r.tag, "Type") ?? "")) return (attr(r.tag, "Target") ?? "").replace(/^\//, "");
  }
  return "xl/workbook.xml";
}

/** The input package for ExcelJS's copy: the same bytes, or, with dangling entries, a copy without them. */
export async function withoutDanglingSheets(data: Buffer): Promise<Buffer> {
  // Loaded here, not at the top: only the ExcelJS copy path needs it (≈ 20 ms of start-up for every `nq check`).
  const { default: JSZip } = await import("jszip");
  const zip = await JSZip.loadAsync(data);
  const part = workbookPartOf((await zip.file("_rels/.rels")?.async("string")) ?? "");
  const wb = await zip.file(part)?.async("string");
  if (wb === undefined) return data;
  const cleaned = dropDanglingSheets(wb);
  if (!cleaned.dropped) return data;
  zip.file(part, cleaned.xml);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
