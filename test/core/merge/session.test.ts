import { runMergeSession, type MergeInput } from "../../../src/core/merge";
import { splitSample } from "./helpers";

describe("a merge session: one file at a time, a pause between files, a way to stop", () => {
  const { files } = splitSample();
  const inputs: MergeInput[] = files.slice(0, 6).map((f) => ({ name: f.name, workbook: f.workbook }));

  it("reads every file once, says what each held, pauses after each, and gives the merge", async () => {
    const events: string[] = [];
    const r = await runMergeSession({
      count: inputs.length,
      read: async (i) => (events.push(`read ${i}`), inputs[i]),
      onStart: (i) => events.push(`start ${i}`),
      onFile: (i, s) => events.push(`file ${i} ${s.status} ${s.read.members}`),
      pause: async () => void events.push("pause"),
    });
    expect(r).not.toBeNull();
    expect(events.slice(0, 4)).toEqual(["start 0", "read 0", `file 0 merged ${files[0].sheets[1].values.length - 4}`, "pause"]);
    expect(events.filter((e) => e === "pause")).toHaveLength(6);
    expect(r!.totals.files).toEqual({ read: 6, merged: 6, leftOut: 0 });
  });

  it("stops when cancelled: no result, no file read after the cancel", async () => {
    let reads = 0;
    let cancel = false;
    const r = await runMergeSession({
      count: inputs.length,
      read: async (i) => (reads++, inputs[i]),
      onFile: (i) => void (cancel = i === 2),
      cancelled: () => cancel,
    });
    expect(r).toBeNull();
    expect(reads).toBe(3);
  });
});
