/**
 * Request sizes. Excel on the web rejects a request or response over 5 MB
 * (RequestPayloadSizeLimitExceeded); we plan each sync to stay under a 4 MB budget.
 */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const REQUEST_BUDGET = 4_000_000;

/** UTF-8 byte length of the JSON of `value`: what a values/numberFormat array costs on the wire. */
export function jsonBytes(value: unknown): number {
  const s = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Counts of one Excel.run action, for tests and the benchmark. */
export interface SyncStats {
  /** context.sync() calls made. */
  syncs: number;
  /** Syncs that carried cell values (1 unless the data had to be chunked). */
  valueRequests: number;
  /** Largest values+numberFormat payload of one sync, in bytes. */
  largestPayloadBytes: number;
}

export function emptyStats(): SyncStats {
  return { syncs: 0, valueRequests: 0, largestPayloadBytes: 0 };
}

/** The last read's and write's stats (the benchmark reports them). */
export const lastStats: { read: SyncStats | null; write: SyncStats | null } = { read: null, write: null };
