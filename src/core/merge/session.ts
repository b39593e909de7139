import { Merger } from "./merger";
import type { FileSummary, MergeInput, MergeOptions, MergeResult } from "./model";

/**
 * A merge of many files as the command line and the task pane run it: one file at a time (its grids
 * can go once its rows are taken), a word after each file, a pause between files so a page can paint,
 * and a way to stop. Pure: the caller says how a file is read and how to pause.
 */
export interface MergeSession {
  /** Number of files. */
  count: number;
  /** Read file i: its grids, or why it cannot be read. */
  read(i: number): Promise<MergeInput>;
  /** File i is done: what was found in it. */
  onFile?(i: number, summary: FileSummary): void;
  /** Before reading file i (to show which one is under way). */
  onStart?(i: number): void;
  /** Let the page paint (the pane); resolves when it may go on. */
  pause?(): Promise<void>;
  /** True to stop after the current file. */
  cancelled?(): boolean;
}

/** Run the merge; null when cancelled (nothing is kept). */
export async function runMergeSession(session: MergeSession, options: MergeOptions = {}): Promise<MergeResult | null> {
  const merger = new Merger(options);
  for (let i = 0; i < session.count; i++) {
    if (session.cancelled?.()) return null;
    session.onStart?.(i);
    const input = await session.read(i);
    if (session.cancelled?.()) return null;
    const summary = merger.add(input); // not inside `onFile?.(…)`: an absent hook would skip the call's arguments
    session.onFile?.(i, summary);
    await session.pause?.();
  }
  if (session.cancelled?.()) return null;
  return merger.finish();
}

const collator = new Intl.Collator("vi", { numeric: true, sensitivity: "base" });
/**
 * The order files are merged in, the same on the command line (a folder) and in the pane (files
 * chosen together): by name without the extension, so "Đơn vị A.xlsx" comes before
 * "Đơn vị A (sửa).xlsx", the later file, which wins.
 */
export const byFileName = (x: string, y: string): number => collator.compare(x.replace(/\.[^.]+$/, ""), y.replace(/\.[^.]+$/, "")) || collator.compare(x, y);
