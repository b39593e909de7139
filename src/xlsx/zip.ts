/**
 * The .xlsx package as a zip: its central directory read by hand (so sizes are known before anything
 * is inflated) and entries inflated with fflate in bounded steps, counting the bytes that come out.
 * No Node API: the same code serves the command line, the merge and the task pane's file input.
 *
 * Zip bombs (issue 13.2): an entry is refused before it is inflated when its declared size, the sum of
 * the declared sizes or its declared ratio passes ZIP_LIMITS, and while it is inflated as soon as the
 * bytes actually produced pass the same limits or its declared size (declared sizes can lie).
 */
import { Inflate } from "fflate";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the local file header. */
  localOffset: number;
  /** Offset of the entry's central directory record (what a copy of the package reuses). */
  centralOffset?: number;
}

export interface ZipLimits {
  /** Largest inflated size of one entry. */
  entryBytes: number;
  /** Largest inflated size of all entries together. */
  totalBytes: number;
  /** Largest inflated/compressed ratio of an entry larger than `ratioFromBytes`. */
  ratio: number;
  ratioFromBytes: number;
}

/**
 * Stated limits. A 1,000,000-member workbook (≈ 100 MB) holds ≈ 800 MB of sheet XML at a ratio of ≈ 8;
 * real sheets stay under a ratio of 100 (even rows of empty styled cells); a crafted bomb is ≈ 1,000.
 */
export const ZIP_LIMITS: ZipLimits = { entryBytes: 1024 ** 3, totalBytes: 2 * 1024 ** 3, ratio: 100, ratioFromBytes: 16 * 1024 ** 2 };

/** Why a package was refused: a sentence of the message table is built from it by the caller. */
export class ZipLimitError extends Error {
  constructor(
    readonly entry: string,
    readonly what: "entry" | "total" | "ratio" | "lied",
    readonly limit: number,
  ) {
    super(`zip limit (${what}) passed by ${entry}`);
  }
}

/** The zip is damaged (or not a zip). */
export class ZipFormatError extends Error {}

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_CD = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

function u16(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
}
function u64(b: Uint8Array, o: number): number {
  return u32(b, o) + u32(b, o + 4) * 0x100000000;
}

function findEocd(b: Uint8Array): number {
  for (let o = b.length - 22; o >= Math.max(0, b.length - 65557); o--) if (u32(b, o) === SIG_EOCD) return o;
  throw new ZipFormatError("no end of central directory");
}

/** Entry count and central directory offset, from the zip64 record when the classic one is full. */
function directory(b: Uint8Array): { count: number; offset: number } {
  const e = findEocd(b);
  let count = u16(b, e + 10);
  let offset = u32(b, e + 16);
  if ((count === 0xffff || offset === 0xffffffff) && e >= 20 && u32(b, e - 20) === 0x07064b50) {
    const z = u64(b, e - 12);
    if (z + 56 > b.length || u32(b, z) !== SIG_EOCD64) throw new ZipFormatError("bad zip64 record");
    count = u64(b, z + 32);
    offset = u64(b, z + 48);
  }
  return { count, offset };
}

/** Sizes and offset from a zip64 extra field, for the fields the classic header left at 0xFFFFFFFF. */
function zip64Extra(b: Uint8Array, from: number, to: number, e: ZipEntry): void {
  for (let o = from; o + 4 <= to; o += 4 + u16(b, o + 2)) {
    if (u16(b, o) !== 0x0001) continue;
    let p = o + 4;
    if (e.size === 0xffffffff) (e.size = u64(b, p)), (p += 8);
    if (e.compressedSize === 0xffffffff) (e.compressedSize = u64(b, p)), (p += 8);
    if (e.localOffset === 0xffffffff) e.localOffset = u64(b, p);
    return;
  }
}

const utf8 = new TextDecoder("utf-8");

/** Every entry of the central directory, keyed by name. Throws ZipFormatError on a damaged zip. */
export function readCentralDirectory(b: Uint8Array): Map<string, ZipEntry> {
  const { count, offset } = directory(b);
  const out = new Map<string, ZipEntry>();
  let o = offset;
  for (let i = 0; i < count; i++) {
    if (o + 46 > b.length || u32(b, o) !== SIG_CD) throw new ZipFormatError("bad central directory");
    const nameLen = u16(b, o + 28);
    const extraLen = u16(b, o + 30);
    const commentLen = u16(b, o + 32);
    const name = utf8.decode(b.subarray(o + 46, o + 46 + nameLen));
    const e: ZipEntry = { name, method: u16(b, o + 10), compressedSize: u32(b, o + 20), size: u32(b, o + 24), localOffset: u32(b, o + 42), centralOffset: o };
    zip64Extra(b, o + 46 + nameLen, o + 46 + nameLen + extraLen, e);
    out.set(name, e);
    o += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** Refuse, before inflating anything, a package whose declared sizes pass the limits. */
export function checkDeclaredSizes(entries: Iterable<ZipEntry>, limits: ZipLimits = ZIP_LIMITS): void {
  let total = 0;
  for (const e of entries) {
    if (e.size > limits.entryBytes) throw new ZipLimitError(e.name, "entry", limits.entryBytes);
    if (e.size > limits.ratioFromBytes && e.size > limits.ratio * Math.max(1, e.compressedSize)) throw new ZipLimitError(e.name, "ratio", limits.ratio);
    total += e.size;
    if (total > limits.totalBytes) throw new ZipLimitError(e.name, "total", limits.totalBytes);
  }
}

/** The compressed bytes of an entry (after its local header). */
export function entryData(b: Uint8Array, e: ZipEntry): Uint8Array {
  const o = e.localOffset;
  if (o + 30 > b.length || u32(b, o) !== SIG_LOCAL) throw new ZipFormatError(`bad local header: ${e.name}`);
  const start = o + 30 + u16(b, o + 26) + u16(b, o + 28);
  if (start + e.compressedSize > b.length) throw new ZipFormatError(`entry past the end: ${e.name}`);
  return b.subarray(start, start + e.compressedSize);
}

/** Counts the bytes inflated so far across a package (the total limit is over all entries read). */
export class InflateBudget {
  used = 0;
  constructor(readonly limits: ZipLimits = ZIP_LIMITS) {}
}

/** Compressed bytes pushed per step: at most ≈ 1,032 × this comes out of one push (DEFLATE's ceiling). */
const STEP = 16 * 1024;

/**
 * Inflate one entry, giving its bytes to `sink` in chunks as they come out. Throws ZipLimitError as
 * soon as the bytes produced pass the entry's declared size or a limit, ZipFormatError on bad data.
 */
/**
 * A raw DEFLATE inflater that gives its output in chunks; the CLI passes Node's native zlib (2–4×
 * faster than fflate), the pane may pass DecompressionStream. It must stop when `take` throws.
 */
export type RawInflate = (data: Uint8Array, take: (chunk: Uint8Array) => void) => Promise<void>;

/** The counting gate every inflated chunk passes: the limits and the entry's declared size. */
function counter(e: ZipEntry, budget: InflateBudget, sink: (chunk: Uint8Array) => void): (chunk: Uint8Array) => void {
  const lim = budget.limits;
  let produced = 0;
  return (chunk) => {
    produced += chunk.length;
    budget.used += chunk.length;
    if (produced > e.size) throw new ZipLimitError(e.name, "lied", e.size);
    if (produced > lim.entryBytes) throw new ZipLimitError(e.name, "entry", lim.entryBytes);
    if (budget.used > lim.totalBytes) throw new ZipLimitError(e.name, "total", lim.totalBytes);
    if (produced > lim.ratioFromBytes && produced > lim.ratio * Math.max(1, e.compressedSize)) throw new ZipLimitError(e.name, "ratio", lim.ratio);
    if (chunk.length) sink(chunk);
  };
}

function storedChunks(data: Uint8Array, take: (chunk: Uint8Array) => void): void {
  for (let o = 0; o < data.length; o += 1024 * 1024) take(data.subarray(o, Math.min(data.length, o + 1024 * 1024)));
}

/**
 * Inflate one entry, giving its bytes to `sink` in chunks as they come out. Throws ZipLimitError as
 * soon as the bytes produced pass the entry's declared size or a limit, ZipFormatError on bad data.
 */
export function inflateEntry(b: Uint8Array, e: ZipEntry, sink: (chunk: Uint8Array) => void, budget = new InflateBudget()): void {
  const data = entryData(b, e);
  const take = counter(e, budget, sink);
  if (e.method === 0) return storedChunks(data, take);
  if (e.method !== 8) throw new ZipFormatError(`compression method ${e.method}: ${e.name}`);
  const inf = new Inflate((chunk) => take(chunk));
  try {
    for (let o = 0; o < data.length; o += STEP) inf.push(data.subarray(o, Math.min(data.length, o + STEP)), o + STEP >= data.length);
    if (data.length === 0) inf.push(new Uint8Array(0), true);
  } catch (err) {
    if (err instanceof ZipLimitError) throw err;
    throw new ZipFormatError(`bad deflate data: ${e.name}`);
  }
}

/** The same with a given raw inflater (native where there is one); fflate when none is given. */
export async function inflateEntryWith(raw: RawInflate | null, b: Uint8Array, e: ZipEntry, sink: (chunk: Uint8Array) => void, budget: InflateBudget): Promise<void> {
  if (!raw || e.method !== 8) return inflateEntry(b, e, sink, budget);
  const take = counter(e, budget, sink);
  try {
    await raw(entryData(b, e), take);
  } catch (err) {
    if (err instanceof ZipLimitError || err instanceof ZipFormatError) throw err;
    throw new ZipFormatError(`bad deflate data: ${e.name}`);
  }
}

/** A whole (small) entry as text: workbook, relationships, styles, shared strings. */
export function entryText(b: Uint8Array, e: ZipEntry, budget?: InflateBudget): string {
  const dec = new TextDecoder("utf-8");
  const parts: string[] = [];
  inflateEntry(b, e, (c) => parts.push(dec.decode(c, { stream: true })), budget);
  parts.push(dec.decode());
  return parts.join("");
}
