/** Runs for one property: `n` by default, `n × FC_RUNS_FACTOR` under `npm run fuzz`. */
export function runs(n: number): { numRuns: number } {
  const factor = Number(process.env.FC_RUNS_FACTOR ?? "1");
  return { numRuns: Math.max(1, Math.round(n * (Number.isFinite(factor) && factor > 0 ? factor : 1))) };
}
