// Property tests are reproducible by default: every run of `npm test` and of CI uses the same seed,
// so a red build is never a roll of the dice. `npm run fuzz` explores: a fresh random seed and more
// runs per property (FC_SEED=random, FC_RUNS_FACTOR). A failure prints its seed; replay it with
// FC_SEED=<seed> npx jest <file>.
import fc from "fast-check";

const DEFAULT_SEED = 20261123;
const raw = process.env.FC_SEED;
const seed = raw === "random" ? undefined : raw !== undefined && raw !== "" ? Number(raw) : DEFAULT_SEED;
if (seed !== undefined && !Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", got ${raw}`);
fc.configureGlobal(seed === undefined ? {} : { seed });
