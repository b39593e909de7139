/** What a command may touch of the outside world, so tests can run commands in-process. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** True when stdout is a terminal (progress bars, colours). */
  isTTY: boolean;
  cwd: string;
}

export interface CliCommand {
  name: string;
  /** One line of help in Vietnamese and English. */
  summary: { vi: string; en: string };
  usage: string;
  /** Exit code: 0 done, 1 done with data errors, 2 could not read the input or bad arguments. */
  run(args: string[], io: CliIO): Promise<number>;
}

export const processIO: CliIO = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  isTTY: Boolean(process.stdout.isTTY),
  cwd: process.cwd(),
};
