/**
 * Zip bombs made in the test, small on disk: a worksheet whose XML is mostly one repeated space,
 * written as a hand-made DEFLATE stream (fixed Huffman codes: one literal, then back-references of
 * 258 bytes at distance 1, 13 bits each: ≈ 160:1), in a hand-made zip whose declared sizes can lie.
 */

class BitWriter {
  private buf: Uint8Array;
  private pos = 0;
  private bit = 0;
  constructor(capacity: number) {
    this.buf = new Uint8Array(capacity);
  }
  /** `n` bits of `v`, least significant first (DEFLATE's order for header fields and extra bits). */
  bits(v: number, n: number): void {
    for (let i = 0; i < n; i++) {
      if ((v >> i) & 1) this.buf[this.pos] |= 1 << this.bit;
      if (++this.bit === 8) (this.bit = 0), this.pos++;
    }
  }
  /** A Huffman code, most significant bit first. */
  code(v: number, n: number): void {
    for (let i = n - 1; i >= 0; i--) this.bits((v >> i) & 1, 1);
  }
  done(): Uint8Array {
    return this.buf.slice(0, this.pos + (this.bit ? 1 : 0));
  }
}

function literal(w: BitWriter, byte: number): void {
  if (byte <= 143) w.code(0x30 + byte, 8);
  else w.code(0x190 + byte - 144, 9);
}

/** Raw DEFLATE of prefix + `spaces` spaces + suffix (ASCII), without ever holding the inflated text. */
export function deflatedSpaces(prefix: string, spaces: number, suffix: string): Uint8Array {
  const runs = Math.floor((spaces - 1) / 258);
  const w = new BitWriter(Math.ceil((runs * 13) / 8) + (prefix.length + suffix.length + 300) * 2 + 16);
  w.bits(1, 1); // BFINAL
  w.bits(1, 2); // BTYPE 01: fixed Huffman codes
  for (let i = 0; i < prefix.length; i++) literal(w, prefix.charCodeAt(i));
  literal(w, 32);
  for (let i = 0; i < runs; i++) {
    w.code(0xc0 + 5, 8); // length code 285 = 258 bytes
    w.code(0, 5); // distance code 0 = 1 byte back
  }
  for (let i = 1 + runs * 258; i < spaces; i++) literal(w, 32);
  for (let i = 0; i < suffix.length; i++) literal(w, suffix.charCodeAt(i));
  w.code(0, 7); // end of block (256)
  return w.done();
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < b.length; i++) c = CRC_TABLE[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface RawEntry {
  name: string;
  /** Stored bytes (method 0) or raw DEFLATE (method 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** Inflated size written in the headers (may lie). */
  declaredSize: number;
  crc?: number;
}

/** A zip of the given entries, headers as written by any zip tool, sizes as declared. */
export function makeZip(entries: RawEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = new TextEncoder().encode(e.name);
    const crc = e.crc ?? (e.method === 0 ? crc32(e.data) : 0);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, e.method, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, e.data.length, true);
    local.setUint32(22, e.declaredSize, true);
    local.setUint16(26, name.length, true);
    const cd = new DataView(new ArrayBuffer(46));
    cd.setUint32(0, 0x02014b50, true);
    cd.setUint16(4, 20, true);
    cd.setUint16(6, 20, true);
    cd.setUint16(10, e.method, true);
    cd.setUint32(16, crc, true);
    cd.setUint32(20, e.data.length, true);
    cd.setUint32(24, e.declaredSize, true);
    cd.setUint16(28, name.length, true);
    cd.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), name, e.data);
    central.push(new Uint8Array(cd.buffer), name);
    offset += 30 + name.length + e.data.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const eocd = new DataView(new ArrayBuffer(22));
  eocd.setUint32(0, 0x06054b50, true);
  eocd.setUint16(8, entries.length, true);
  eocd.setUint16(10, entries.length, true);
  eocd.setUint32(12, cdSize, true);
  eocd.setUint32(16, offset, true);
  const all = [...chunks, ...central, new Uint8Array(eocd.buffer)];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of all) out.set(c, (o += c.length) - c.length);
  return out;
}

const stored = (name: string, text: string): RawEntry => {
  const data = new TextEncoder().encode(text);
  return { name, data, method: 0, declaredSize: data.length };
};

export const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Ho va ten</t></is></c></row>'; // ASCII: literal() writes bytes
export const SHEET_TAIL = "</sheetData></worksheet>";

/**
 * An .xlsx whose one worksheet inflates to `spaces` bytes of whitespace (plus a header row); its
 * declared size is the truth unless `declare` says otherwise.
 */
export function bombWorkbook(spaces: number, declare?: number): Uint8Array {
  const sheet = deflatedSpaces(SHEET_HEAD, spaces, SHEET_TAIL);
  const real = SHEET_HEAD.length + spaces + SHEET_TAIL.length;
  const NS = "http://schemas.openxmlformats.org";
  return makeZip([
    stored("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${NS}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`),
    stored("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS}/package/2006/relationships"><Relationship Id="rId1" Type="${NS}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    { name: "xl/worksheets/sheet1.xml", data: sheet, method: 8, declaredSize: declare ?? real },
    stored("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}/spreadsheetml/2006/main" xmlns:r="${NS}/officeDocument/2006/relationships"><sheets><sheet name="Đảng viên" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    stored("xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS}/package/2006/relationships"><Relationship Id="rId1" Type="${NS}/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>`),
  ]);
}
