import { readFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import type { SheetModel } from "../../src/core/sheet/model";
import { runCheck } from "../../src/core/check/run";
import { buildSummarySheets } from "../../src/core/check/sheets";
import { readResolution } from "../../src/core/reader/read";
import { readDataSet } from "../../src/core/data/read";
import { generateSample, type Sample } from "../../src/core/sample";
import { buildTargetsSheet } from "../../src/core/targets-sheet";

/** A small dirty sample (so the issues sheet has rows and links) and the check's result sheets on it. */
export function sampleAndResultSheets(members = 300): { sample: Sample; sheets: SheetModel[] } {
  const sample = generateSample({ members, seed: 11, dirty: true });
  const rr = readResolution(readFileSync(join(__dirname, "..", "..", "samples", "resolution", "nghi-quyet-mau.txt"), "utf8"));
  const result = runCheck({
    targets: rr.targets,
    data: readDataSet(sample.grids),
    period: { months: 12, year: 2024 },
    header: { issuer: rr.issuer, place: "Hòa Bình Xanh", date: { day: 10, month: 1, year: 2025 } },
    lang: "vi",
  });
  return { sample, sheets: [buildTargetsSheet(rr.targets, "vi"), ...buildSummarySheets(result, "vi")] };
}

/** Every entry of a package, uncompressed. */
export async function entries(buf: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(buf);
  const out = new Map<string, Buffer>();
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out.set(name, await f.async("nodebuffer"));
  return out;
}

/** Rewrite some parts of a package (for inputs of odd shapes). */
export async function editPackage(buf: Buffer, edit: (parts: Map<string, string>) => void, remove: string[] = []): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buf);
  const texts = new Map<string, string>();
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir && /\.(xml|rels)$/.test(name)) texts.set(name, await f.async("string"));
  const before = new Map(texts);
  edit(texts);
  for (const [name, text] of texts) if (before.get(name) !== text) zip.file(name, text);
  for (const r of remove) zip.remove(r);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
