import * as fs from "fs";
import * as path from "path";
import { t } from "../core/i18n/messages";
import type { Lang } from "../core/i18n/types";

/**
 * The one guard of every file the command line writes (check, template, sample, merge): never over an
 * input, never over an existing file without --force, and a result appears whole or not at all.
 * Node only: the task pane writes no files.
 */

export type OutputRefusalCode = "same-as-input" | "exists" | "is-directory" | "no-folder";
export interface OutputRefusal {
  code: OutputRefusalCode;
  message: string;
}

function statOrNull(p: string): fs.BigIntStats | null {
  try {
    return fs.statSync(p, { bigint: true });
  } catch {
    return null;
  }
}

function realOrNull(p: string): string | null {
  try {
    return fs.realpathSync.native(p);
  } catch {
    return null;
  }
}

/** The real path a file has or would have (its folder's real path + its name when it does not exist yet). */
function realTarget(p: string): string {
  const abs = path.resolve(p);
  return realOrNull(abs) ?? path.join(realOrNull(path.dirname(abs)) ?? path.dirname(abs), path.basename(abs));
}

/**
 * True when `a` and `b` are the same file: the same real path (symbolic links and `..` resolved), or the
 * same device and inode (hard links, a folder reached by two names, a case-insensitive disk).
 */
export function sameFile(a: string, b: string): boolean {
  if (realTarget(a) === realTarget(b)) return true;
  const sa = statOrNull(a);
  const sb = statOrNull(b);
  return Boolean(sa && sb && sa.ino !== 0n && sa.dev === sb.dev && sa.ino === sb.ino);
}

/** Whether something (a file, a folder, even a dangling link) is at `p`. */
function present(p: string): fs.Stats | null {
  try {
    return fs.lstatSync(p);
  } catch {
    return null;
  }
}

/**
 * Why `out` may not be written, or null when it may: it is (or links to) one of `inputs`, it exists and
 * `force` is not given, it is a folder, or its folder does not exist. Checked before any work is done;
 * `commitOutput` checks again at the last moment.
 */
export function refuseOutput(out: string, inputs: readonly (string | null | undefined)[], force: boolean, lang: Lang = "vi"): OutputRefusal | null {
  const file = path.basename(out);
  const input = inputs.find((i): i is string => Boolean(i) && sameFile(i as string, out));
  if (input) return { code: "same-as-input", message: t("data.output.same-as-input", lang, { file, input: path.basename(input) }) };
  const st = present(out);
  if (st && statOrNull(out)?.isDirectory()) return { code: "is-directory", message: t("data.output.is-directory", lang, { file }) };
  if (st && !force) return { code: "exists", message: t("data.output.exists", lang, { file }) };
  const dir = statOrNull(path.dirname(path.resolve(out)));
  if (!dir || !dir.isDirectory()) return { code: "no-folder", message: t("data.output.no-folder", lang, { file, folder: path.dirname(path.resolve(out)) }) };
  return null;
}

/** A temporary name in the output's own folder (so the final rename or link stays on one disk). */
export function tempPathFor(out: string): string {
  const dir = path.dirname(out);
  const rand = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e9).toString(36)}`;
  return path.join(dir, `.${path.basename(out)}.${process.pid}.${rand}.tmp`);
}

async function fsyncFile(p: string): Promise<void> {
  const fd = await fs.promises.open(p, "r+");
  try {
    await fd.sync();
  } finally {
    await fd.close();
  }
}

/** Flush the folder's entry too (a rename is durable only then); not possible on every system. */
async function fsyncFolder(dir: string): Promise<void> {
  try {
    const fd = await fs.promises.open(dir, "r");
    try {
      await fd.sync();
    } finally {
      await fd.close();
    }
  } catch {
    /* Windows and some network disks cannot open or sync a folder: the rename itself is still atomic */
  }
}

async function removeQuietly(p: string): Promise<void> {
  try {
    await fs.promises.unlink(p);
  } catch {
    /* already gone */
  }
}

const NO_LINK = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV", "EMLINK", "EACCES"]);

/** Create `out` from `tmp` only if nothing is there: a hard link (atomic), else an exclusive copy. */
async function createOnly(tmp: string, out: string): Promise<"created" | "exists"> {
  try {
    await fs.promises.link(tmp, out);
    return "created";
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "";
    if (code === "EEXIST") return "exists";
    if (!NO_LINK.has(code)) throw e;
  }
  // A disk without hard links (FAT, some network shares): "wx" creates the file only if absent.
  let fd: fs.promises.FileHandle;
  try {
    fd = await fs.promises.open(out, "wx");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return "exists";
    throw e;
  }
  try {
    await fd.writeFile(await fs.promises.readFile(tmp));
    await fd.sync();
    await fd.close();
  } catch (e) {
    await fd.close().catch(() => undefined);
    await removeQuietly(out); // ours: created just above with "wx"
    throw e;
  }
  return "created";
}

/**
 * Put a complete temporary file in place: fsync it, then without `force` create `out` only if it is
 * still absent (two runs at once: one wins, the other is told), with `force` rename over it unless it
 * has become one of `inputs` meanwhile. The temporary file is gone afterwards in every case.
 */
export async function commitOutput(tmp: string, out: string, options: { force: boolean; inputs: readonly (string | null | undefined)[]; lang?: Lang }): Promise<OutputRefusal | null> {
  const lang = options.lang ?? "vi";
  try {
    await fsyncFile(tmp);
    const refused = refuseOutput(out, options.inputs, options.force, lang);
    if (refused) return refused;
    if (options.force) await fs.promises.rename(tmp, out);
    else if ((await createOnly(tmp, out)) === "exists") return { code: "exists", message: t("data.output.exists", lang, { file: path.basename(out) }) };
    await fsyncFolder(path.dirname(out));
    return null;
  } finally {
    await removeQuietly(tmp);
  }
}

/** Write bytes or text to `out` through a temporary file and `commitOutput` (small side files: JSON lists). */
export async function writeFileAtomic(out: string, data: string | Uint8Array, options: { force: boolean; inputs: readonly (string | null | undefined)[]; lang?: Lang }): Promise<OutputRefusal | null> {
  const refused = refuseOutput(out, options.inputs, options.force, options.lang);
  if (refused) return refused;
  const tmp = tempPathFor(path.resolve(out));
  try {
    await fs.promises.writeFile(tmp, data, { flag: "wx" });
  } catch (e) {
    await removeQuietly(tmp);
    throw e;
  }
  return commitOutput(tmp, path.resolve(out), options);
}
