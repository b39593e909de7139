/** The comparison of a goal number, from the words before it (trên, từ, không quá, ≥…) or after it (trở lên). */
import type { TargetOp } from "../model/target";
import type { Mention } from "./mentions";
import { OP_BEFORE } from "./vocab";

export function opOf(f: string, regionStart: number, m: Mention, regionEnd: number): { op: TargetOp; explicit: boolean } {
  if (m.max !== null) return { op: "range", explicit: true };
  const lead = f.slice(regionStart, m.start).replace(/[\s,]+$/, "");
  for (const [re, op] of OP_BEFORE) if (re.test(lead)) return { op, explicit: true };
  const tail = f.slice(m.end, regionEnd);
  if (/(?:^|\s)tro xuong(?![a-z])/.test(tail)) return { op: "<=", explicit: true };
  if (/(?:^|\s)tro len(?![a-z])/.test(tail)) return { op: ">=", explicit: true };
  return { op: ">=", explicit: false };
}
