import type { OrgType } from "../data/model";
import { foldKey } from "../text/normalize";

/**
 * Which organisation types a per-unit target's `per` covers:
 * "chi bộ cơ sở", "đảng bộ cơ sở", "chi bộ" (= chi bộ cơ sở + chi bộ trực thuộc),
 * "chi bộ trực thuộc", "tổ chức cơ sở đảng" (= đảng bộ cơ sở + chi bộ cơ sở). Unknown or empty → TCCSĐ.
 */
export function perUnitTypes(per: string | null | undefined): OrgType[] {
  const f = per ? foldKey(per) : "";
  if (!f || /\bto chuc co so dang\b|\btccsd\b|\bco so dang\b/.test(f)) return ["dang-bo-co-so", "chi-bo-co-so"];
  const types: OrgType[] = [];
  if (/\bchi bo co so\b/.test(f)) types.push("chi-bo-co-so");
  if (/\bchi bo truc thuoc\b/.test(f)) types.push("chi-bo-truc-thuoc");
  // "đảng bộ cơ sở" itself, not "(chi bộ) trực thuộc đảng bộ cơ sở".
  if (/\bdang bo co so\b/.test(f.replace(/truc thuoc dang bo co so/g, ""))) types.push("dang-bo-co-so");
  if (types.length === 0 && /\bchi bo\b/.test(f)) types.push("chi-bo-co-so", "chi-bo-truc-thuoc");
  if (types.length === 0 && /\bdang bo\b/.test(f)) types.push("dang-bo-co-so");
  return types.length ? types : ["dang-bo-co-so", "chi-bo-co-so"];
}
