import * as path from "path";
import type { CliCommand } from "../io";
import { t } from "../../core/i18n/messages";
import { DIRTY_MIN_MEMBERS, generateSample } from "../../core/sample";
import { refuseOutput, systemErrorText, writeFileAtomic, writeWorkbookFile } from "../../xlsx";

/** OUT.xlsx → OUT.errors.json (the list of injected errors of a --dirty sample). */
export function errorsPathFor(out: string): string {
  return out.replace(/\.xlsx$/i, "") + ".errors.json";
}

/** `nq sample OUT.xlsx [--members N] [--dirty] [--seed N] [--year N] [--force]`. */
export const sampleCommand: CliCommand = {
  name: "sample",
  summary: { vi: t("data.cli.sample.summary", "vi"), en: t("data.cli.sample.summary", "en") },
  usage: "nq sample OUT.xlsx [--members N] [--dirty] [--seed N] [--year N] [--force]",
  async run(args, io) {
    let out: string | null = null;
    let dirty = false;
    let force = false;
    const nums: Record<string, number | undefined> = {};
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === "--dirty") dirty = true;
      else if (a === "--force" || a === "-f") force = true;
      else if (a === "--members" || a === "--seed" || a === "--year") {
        const raw = args[++i];
        const v = Number(raw);
        const ok = Number.isInteger(v) && (a === "--members" ? v >= 10 && v <= 2_000_000 : a === "--year" ? v >= 2000 && v <= 2100 : v >= 0);
        if (!ok) {
          io.err(t("data.cli.usage.badNumber", "vi", { option: a, value: String(raw ?? "") }) + "\n");
          return 2;
        }
        nums[a.slice(2)] = v;
      } else if (a.startsWith("-")) {
        io.err(t("data.cli.usage.unknownOption", "vi", { option: a }) + "\n");
        return 2;
      } else out = a;
    }
    if (!out) {
      io.err(t("data.cli.usage.missingOut", "vi") + "\nnq sample OUT.xlsx [--members N] [--dirty] [--seed N]\n");
      return 2;
    }
    if (dirty && nums.members !== undefined && nums.members < DIRTY_MIN_MEMBERS) {
      io.err(t("data.cli.sample.dirtyTooSmall", "vi", { min: DIRTY_MIN_MEMBERS, members: nums.members }) + "\n");
      return 2;
    }
    const file = path.resolve(io.cwd, out);
    const errorsFile = errorsPathFor(file);
    const refused = refuseOutput(file, [], force) ?? (dirty ? refuseOutput(errorsFile, [file], force) : null);
    if (refused) {
      io.err(refused.message + "\n");
      return 2;
    }
    const sample = generateSample({ members: nums.members, seed: nums.seed, year: nums.year, dirty });
    const res = await writeWorkbookFile(file, sample.sheets, { force });
    if (!res.ok) {
      io.err(res.message + "\n");
      return 2;
    }
    const members = sample.grids.sheets[1].values.length - 4;
    const orgs = sample.grids.sheets[0].values.length - 4;
    io.out(t("data.cli.sample.done", "vi", { file: out, members, orgs }) + "\n");
    if (dirty) {
      let late: string | null;
      try {
        late = (await writeFileAtomic(errorsFile, JSON.stringify(sample.injected, null, 2) + "\n", { force, inputs: [file] }))?.message ?? null;
      } catch (e) {
        late = t("data.xlsx.writeFailed", "vi", { file: path.basename(errorsFile), reason: systemErrorText(e) });
      }
      if (late) {
        io.err(late + "\n");
        return 2;
      }
      io.out(t("data.cli.sample.errors", "vi", { count: sample.injected.length, file: path.relative(io.cwd, errorsFile) || errorsFile }) + "\n");
    }
    return 0;
  },
};
