/** The `chi_tieu` argument: a target phrase read by the resolution reader, or a plain number. */
import type { Target } from "../core/model/target";
import { parseTargetPhrase } from "../core/reader/phrase";
import { normalizeText } from "../core/text/normalize";
import { failWith, isBlank, rejectError, shown } from "./args";

/** A number typed as the target means "at least that number" (90% in a cell is 0.9: "at least 0.9"). */
function numericTarget(value: number): Target {
  return {
    id: "1", parent: null, text: String(value), subject: null, kind: "quantity", op: ">=", value, max: null,
    stretch: null, unit: null, per: null, scope: null, change: null, deadline: null, period: null, indicator: null, confidence: 1,
  };
}

export function targetArg(x: unknown): Target {
  rejectError(x);
  if (isBlank(x)) failWith("functions.err.target-missing");
  if (typeof x === "boolean") failWith("functions.err.boolean");
  if (typeof x === "number") {
    if (!Number.isFinite(x) || x < 0) failWith("functions.err.target-number", { text: String(x) });
    return numericTarget(x);
  }
  const target = parseTargetPhrase(normalizeText(String(x)));
  if (!target) failWith("functions.err.target-unreadable", { text: shown(x) });
  return target;
}
