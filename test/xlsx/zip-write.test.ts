import JSZip from "jszip";
import { crc32, CannotCopy, ZipCopy } from "../../src/xlsx/zip-write";
import { entryData, readCentralDirectory } from "../../src/xlsx/zip";

// The package copy of the zip-level merge: unchanged entries keep their compressed bytes, ours are new.
async function input(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("xl/worksheets/sheet1.xml", "<worksheet>" + "<row/>".repeat(5000) + "</worksheet>");
  zip.file("xl/media/image1.png", new Uint8Array([137, 80, 78, 71, 1, 2, 3]), { compression: "STORE" });
  zip.folder("xl/empty");
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", streamFiles: true }); // data descriptors
}

describe("ZipCopy", () => {
  it("copies unchanged entries as their compressed bytes, replaces and adds parts; JSZip reads it with CRC checks", async () => {
    const bytes = await input();
    const copy = new ZipCopy(bytes);
    expect(copy.text("[Content_Types].xml")).toBe("<Types/>");
    copy.set("[Content_Types].xml", "<Types>đã đổi</Types>");
    copy.set("xl/worksheets/sheet2.xml", "<worksheet>mới</worksheet>");
    const out = copy.toBytes();
    const before = readCentralDirectory(bytes);
    const after = readCentralDirectory(out);
    for (const name of ["xl/worksheets/sheet1.xml", "xl/media/image1.png"]) {
      expect(Buffer.from(entryData(out, after.get(name)!))).toEqual(Buffer.from(entryData(bytes, before.get(name)!)));
    }
    const back = await JSZip.loadAsync(out, { checkCRC32: true });
    expect(await back.file("[Content_Types].xml")!.async("string")).toBe("<Types>đã đổi</Types>");
    expect(await back.file("xl/worksheets/sheet2.xml")!.async("string")).toBe("<worksheet>mới</worksheet>");
    expect(await back.file("xl/worksheets/sheet1.xml")!.async("string")).toBe("<worksheet>" + "<row/>".repeat(5000) + "</worksheet>");
    expect([...(await back.file("xl/media/image1.png")!.async("uint8array"))]).toEqual([137, 80, 78, 71, 1, 2, 3]);
    expect(Object.keys(back.files)).toContain("xl/empty/");
  });

  it("CRC-32 of a known text", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });

  it("refuses entry names that leave the package", async () => {
    const zip = new JSZip();
    zip.file("a.xml", "<a/>");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    // Rename "a.xml" to "../x" in place (same length: 5 bytes) in both headers.
    const bad = Buffer.from(bytes);
    for (let i = bad.indexOf("a.xml"); i >= 0; i = bad.indexOf("a.xml", i + 1)) bad.write("../xy", i, "latin1");
    expect(() => new ZipCopy(bad)).toThrow(CannotCopy);
  });
});
