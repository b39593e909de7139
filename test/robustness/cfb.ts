/**
 * A minimal OLE2 compound file (CFB, version 3) writer, enough to make the files Excel produces for
 * a password-protected workbook: an OLE2 container whose streams are "EncryptionInfo" and
 * "EncryptedPackage" instead of a zip. Streams are padded to 4,096 bytes so no mini stream is needed.
 */
const SECTOR = 512;
const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;

export interface CfbStream {
  name: string;
  data: Buffer;
}

function dirEntry(name: string, type: number, start: number, size: number, left = NOSTREAM, right = NOSTREAM, child = NOSTREAM): Buffer {
  const e = Buffer.alloc(128);
  const utf16 = Buffer.from(name + "\0", "utf16le");
  utf16.copy(e, 0, 0, Math.min(64, utf16.length));
  e.writeUInt16LE(utf16.length, 64);
  e.writeUInt8(type, 66);
  e.writeUInt8(1, 67); // black
  e.writeUInt32LE(left, 68);
  e.writeUInt32LE(right, 72);
  e.writeUInt32LE(child, 76);
  e.writeUInt32LE(start, 116);
  e.writeUInt32LE(size, 120);
  return e;
}

/** Build a compound file holding `streams` (at most 3, in tree order: shorter names first). */
export function compoundFile(streams: CfbStream[]): Buffer {
  const padded = streams.map((s) => {
    const size = Math.max(4096, Math.ceil(s.data.length / SECTOR) * SECTOR);
    const data = Buffer.alloc(size);
    s.data.copy(data);
    return { name: s.name, data };
  });
  // Sector 0: FAT; sector 1: directory; then each stream's sectors in a row.
  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FATSECT, 0);
  fat.writeUInt32LE(ENDOFCHAIN, 4);
  let next = 2;
  const starts: number[] = [];
  for (const s of padded) {
    const n = s.data.length / SECTOR;
    starts.push(next);
    for (let i = 0; i < n; i++) fat.writeUInt32LE(i === n - 1 ? ENDOFCHAIN : next + i + 1, (next + i) * 4);
    next += n;
  }
  if (next > SECTOR / 4) throw new Error("compoundFile: streams too large for one FAT sector");

  // Directory: root → first stream; each stream's right sibling is the next (names sorted by length).
  const dir = Buffer.alloc(SECTOR);
  dirEntry("Root Entry", 5, ENDOFCHAIN, 0, NOSTREAM, NOSTREAM, padded.length ? 1 : NOSTREAM).copy(dir, 0);
  padded.forEach((s, i) => {
    const right = i + 1 < padded.length ? i + 2 : NOSTREAM;
    dirEntry(s.name, 2, starts[i], s.data.length, NOSTREAM, right).copy(dir, (i + 1) * 128);
  });

  const header = Buffer.alloc(SECTOR);
  Buffer.from("d0cf11e0a1b11ae1", "hex").copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // byte order
  header.writeUInt16LE(9, 30); // 512-byte sectors
  header.writeUInt16LE(6, 32); // 64-byte mini sectors
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(0x1000, 56); // mini stream cutoff
  header.writeUInt32LE(ENDOFCHAIN, 60); // no mini FAT
  header.writeUInt32LE(ENDOFCHAIN, 68); // no DIFAT sectors
  header.fill(0xff, 76); // DIFAT array: free…
  header.writeUInt32LE(0, 76); // …but the first FAT sector is sector 0
  void FREESECT;
  return Buffer.concat([header, fat, dir, ...padded.map((s) => s.data)]);
}

/** What Excel writes when a workbook is saved with a password (ECMA-376 agile encryption). */
export function encryptedWorkbook(): Buffer {
  const info = Buffer.alloc(600);
  info.writeUInt16LE(4, 0); // version 4.4 = agile
  info.writeUInt16LE(4, 2);
  info.writeUInt32LE(0x40, 4);
  Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"/>').copy(info, 8);
  const pkg = Buffer.alloc(5000);
  pkg.writeUInt32LE(4000, 0); // plaintext size
  for (let i = 8; i < pkg.length; i++) pkg[i] = (i * 131 + 7) & 0xff; // stands in for ciphertext
  return compoundFile([
    { name: "EncryptionInfo", data: info },
    { name: "EncryptedPackage", data: pkg },
  ]);
}
