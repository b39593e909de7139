import type { CliCommand } from "../io";

/**
 * Each command's module is loaded only when it runs: `nq check` does not pay for the modules of
 * `sample`, `demo`, `merge` or `report` (≈ 50 ms of module loading at start, measured with --cpu-prof).
 * Help loads them all.
 */
const loaders: Record<string, () => Promise<CliCommand>> = {
  targets: async () => (await import("./targets")).targetsCommand,
  check: async () => (await import("./check")).checkCommand,
  report: async () => (await import("./report")).reportCommand,
  template: async () => (await import("./template")).templateCommand,
  sample: async () => (await import("./sample")).sampleCommand,
  merge: async () => (await import("./merge")).mergeCommand,
  demo: async () => (await import("./demo")).demoCommand,
};

/** The command called `name`, or null when there is none. */
export async function loadCommand(name: string): Promise<CliCommand | null> {
  const load = Object.prototype.hasOwnProperty.call(loaders, name) ? loaders[name] : undefined;
  return load ? load() : null;
}

/** Every command, in the order help lists them. */
export async function loadCommands(): Promise<CliCommand[]> {
  return Promise.all(Object.values(loaders).map((load) => load()));
}
