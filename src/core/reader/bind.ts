/**
 * Binding a target to the indicator that computes its achieved value, by meaning:
 * what is counted (the subject: organisations, chi bộ trực thuộc, members, unions, the committee)
 * and what happens to it (rated, inspected, studied, committed, admitted…). Targets about things the
 * data sheets do not hold (cán bộ công chức, thủ tục hành chính…) stay unbound: "nhập tay".
 */
import type { IndicatorId } from "../indicators/ids";
import type { Target } from "../model/target";
import { foldSameLength } from "../text/normalize";

/** foldKey of the reader's NFC text, by table (the binding folds every target's words and context). */
const foldNfc = (x: string): string => foldSameLength(x.normalize("NFC")).replace(/[^a-z0-9%‰]+/g, " ").trim();
import { SUBJECT_BRANCH, SUBJECT_MEMBER, SUBJECT_ORG, SUBJECT_UNION } from "./vocab";

export interface Binding {
  indicator: IndicatorId | null;
  confidence: number;
}

type Category = "union-upper" | "union" | "branch" | "org" | "member" | "committee" | null;

function categoryOf(subject: string, kind: Target["kind"]): Category {
  if (/doan the cap tren/.test(subject)) return "union-upper";
  if (SUBJECT_UNION.test(subject) && !SUBJECT_ORG.test(subject.replace(/to chuc doan the/g, ""))) return "union";
  if (SUBJECT_BRANCH.test(subject)) return "branch";
  if (SUBJECT_ORG.test(subject)) return "org";
  if (SUBJECT_MEMBER.test(subject)) return "member";
  if (kind === "rating" && /^(?:toan )?(?:dang bo|dang uy|ban thuong vu|ban chap hanh|chi bo|cap uy)/.test(subject)) return "committee";
  return null;
}

type Level = "htxsnv" | "httnv_plus" | "htnv_plus" | "khtnv";

function levelOf(text: string): Level | null {
  if (/khong hoan thanh nhiem vu|khtnv/.test(text)) return "khtnv";
  if (/hoan thanh xuat sac|htxsnv|ht xuat sac/.test(text)) return "htxsnv";
  if (/hoan thanh tot|httnv|ht tot/.test(text)) return "httnv_plus";
  if (/hoan thanh nhiem vu|htnv/.test(text)) return "htnv_plus";
  return null;
}

/** One predicate rule: a test on the folded words and the indicator per subject category. */
function byPredicate(cat: Category, t: Target, own: string, ctx: string): IndicatorId | null {
  const both = own + " " + ctx;
  const has = (re: RegExp) => re.test(own) || re.test(both);
  // Admissions: counts of new members, and the "trong đó" groups among them.
  // "đảng viên mới" (new members), not "đảng viên mỗi năm" (members each year): both fold to "dang vien moi".
  if (t.kind === "count" && (has(/ket nap/) || /đảng viên mới/iu.test(t.text.normalize("NFC")))) {
    if (t.parent !== null || ctx) {
      if (/hoc sinh|sinh vien/.test(own)) return "member.admitted.students.count";
      if (/tu nhan|ngoai nha nuoc|ngoai khu vuc nha nuoc/.test(own)) return "member.admitted.private.count";
      if (/doan vien|thanh nien/.test(own)) return "member.admitted.youth.count";
      if (ctx) return null;
    }
    return "member.admitted.count";
  }
  if (cat === null) return null;
  // "Phát triển 50 đảng viên": in party work, developing members means admitting them.
  if (t.kind === "count" && cat === "member" && /(?:^|\s)phat trien(?: moi| them)?(?:\s+(?:tu|duoc|it nhat|toi thieu|tren))?\s+\d/.test(own)) return "member.admitted.count";
  if (has(/kiem tra/)) {
    if (cat === "member") return "member.inspected.share";
    if (cat === "branch") return "branch.inspected.share";
    if (cat === "org") return "org.inspected.share";
    return null;
  }
  if (cat === "org" || cat === "branch") {
    if (/chi tieu nhiem vu|nhiem vu chuyen mon/.test(own)) return "org.tasks.share";
    if (/quy che dan chu/.test(own)) return "org.democracy.share";
    if (/san pham/.test(own) && /dat/.test(own)) return "org.models.passed.share";
    if (/dang ky|mo hinh moi|cach lam sang tao/.test(own) && /mo hinh|cach lam/.test(own)) return "org.models.registered.share";
  }
  if (cat === "member") {
    if (has(/cam ket/)) return "member.committed.share";
    if (has(/quan triet/) || (has(/hoc tap/) && has(/nghi quyet|chi thi/) && !/ke hoach hoc tap/.test(own))) return "member.studied.share";
  }
  const level = levelOf(own) ?? levelOf(ctx);
  if (!level) return null;
  if (cat === "union") {
    if (t.kind === "count") return level === "httnv_plus" ? "union.rating.httnv_plus.count" : null;
    if (level === "httnv_plus") return "union.rating.httnv_plus.share";
    if (level === "htnv_plus") return "union.rating.htnv_plus.share";
    return null;
  }
  // A count ("không có tổ chức cơ sở đảng xếp loại không hoàn thành nhiệm vụ", "ít nhất 10 đảng viên hoàn
  // thành xuất sắc") is judged on the share's numerator, as the check does for every count on a share.
  if (t.kind !== "percent" && t.kind !== "count") return null;
  if (cat === "org") return `org.rating.${level}.share` as IndicatorId;
  if (cat === "member") return `member.rating.${level}.share` as IndicatorId;
  return null;
}

/** Bind with extra words (the parent clause of a "trong đó" child). */
export function bindWithContext(target: Target, context: string): Binding {
  try {
    const own = foldNfc(target.text);
    const ctx = foldNfc(context);
    const subject = foldNfc(target.subject ?? "");
    const cat = categoryOf(subject || (target.kind === "rating" ? own : ""), target.kind);
    if (target.kind === "rating") {
      if (cat === "union-upper") return { indicator: "union.upper.rating", confidence: 0.85 };
      // "Mặt trận Tổ quốc và các đoàn thể huyện được xếp loại …": the committee's own unions, not the grassroots ones.
      if (cat === "union" && !/co so/.test(subject)) return { indicator: "union.upper.rating", confidence: 0.75 };
      if (cat === "committee") return { indicator: "committee.rating", confidence: 0.85 };
      return { indicator: null, confidence: 0.3 };
    }
    if (target.per) {
      if (/guong/.test(own)) return { indicator: "org.exemplars.per_unit", confidence: 0.85 };
      if (/dan van kheo/.test(own)) return { indicator: "org.danvankheo.per_unit", confidence: 0.85 };
      if (/ket nap|phat trien/.test(own) && target.kind === "count") return { indicator: "org.admitted.per_unit", confidence: 0.85 };
      if (/mo hinh/.test(own)) return { indicator: "org.models.per_unit", confidence: 0.8 };
      return { indicator: null, confidence: 0.3 };
    }
    const indicator = byPredicate(cat === "union-upper" ? "union" : cat, target, own, ctx);
    return indicator ? { indicator, confidence: cat ? 0.85 : 0.7 } : { indicator: null, confidence: 0.3 };
  } catch {
    return { indicator: null, confidence: 0 };
  }
}

/** The indicator that computes `target`'s achieved value, or null when staff must type it ("nhập tay"). */
export function bindIndicator(target: Target): Binding {
  return bindWithContext(target, "");
}
