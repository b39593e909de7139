import * as fs from "fs";
import * as path from "path";
import { bindIndicator } from "../../../src/core/reader/bind";
import { readResolution } from "../../../src/core/reader/read";
import { INDICATOR_IDS } from "../../../src/core/indicators/ids";
import type { Target } from "../../../src/core/model/target";
import { SEEDS } from "./golden";

function target(over: Partial<Target>): Target {
  return {
    id: "1", parent: null, text: "", subject: null, kind: "percent", op: ">=", value: 0.9, max: null, stretch: null, unit: "%",
    per: null, scope: null, change: null, deadline: null, period: null, indicator: null, confidence: 0.9, ...over,
  };
}

describe("bindIndicator: by meaning (subject + predicate)", () => {
  it.each([
    ["Có 90% tổ chức cơ sở đảng được xếp loại hoàn thành tốt nhiệm vụ trở lên", "tổ chức cơ sở đảng", "org.rating.httnv_plus.share"],
    ["85% tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ", "tổ chức cơ sở đảng", "org.rating.htxsnv.share"],
    ["100% TCCSĐ hoàn thành nhiệm vụ", "TCCSĐ", "org.rating.htnv_plus.share"],
    ["90% đảng viên hoàn thành tốt nhiệm vụ", "đảng viên", "member.rating.httnv_plus.share"],
    ["100% đảng viên được học tập, quán triệt nghị quyết", "đảng viên", "member.studied.share"],
    ["100% đảng viên cam kết tu dưỡng rèn luyện", "đảng viên", "member.committed.share"],
    ["Chi bộ kiểm tra 30% đảng viên", "đảng viên", "member.inspected.share"],
    ["kiểm tra, giám sát 30% chi bộ trực thuộc", "chi bộ trực thuộc", "branch.inspected.share"],
    ["25% tổ chức cơ sở đảng được kiểm tra, giám sát", "tổ chức cơ sở đảng", "org.inspected.share"],
    ["trên 90% tổ chức cơ sở đảng hoàn thành chỉ tiêu nhiệm vụ chuyên môn", "tổ chức cơ sở đảng", "org.tasks.share"],
    ["80% tổ chức cơ sở đảng thực hiện tốt Quy chế dân chủ ở cơ sở", "tổ chức cơ sở đảng", "org.democracy.share"],
    ["90% tổ chức cơ sở đảng đăng ký mô hình mới, cách làm sáng tạo", "tổ chức cơ sở đảng", "org.models.registered.share"],
    ["90% đoàn thể cơ sở đạt hoàn thành tốt nhiệm vụ trở lên", "đoàn thể cơ sở", "union.rating.httnv_plus.share"],
    ["100% tổ chức đoàn thể cơ sở đạt hoàn thành nhiệm vụ trở lên", "tổ chức đoàn thể cơ sở", "union.rating.htnv_plus.share"],
    ["95% cán bộ, công chức, viên chức được quán triệt", "cán bộ, công chức, viên chức", null],
    ["80% thủ tục hành chính được cung cấp trực tuyến", "thủ tục hành chính", null],
  ])("%s → %s", (text, subject, want) => {
    expect(bindIndicator(target({ text, subject })).indicator).toBe(want);
  });

  it("counts, per-unit and ratings", () => {
    expect(bindIndicator(target({ kind: "count", value: 90, text: "Kết nạp 90 đảng viên mới", subject: "đảng viên mới" })).indicator).toBe("member.admitted.count");
    expect(bindIndicator(target({ kind: "count", value: 2, text: "02 Đoàn thể trực thuộc đạt hoàn thành tốt nhiệm vụ trở lên", subject: "Đoàn thể trực thuộc" })).indicator).toBe("union.rating.httnv_plus.count");
    expect(bindIndicator(target({ kind: "count", value: 1, per: "chi bộ", text: "mỗi chi bộ xây dựng ít nhất 01 gương điển hình" })).indicator).toBe("org.exemplars.per_unit");
    expect(bindIndicator(target({ kind: "count", value: 1, per: "tổ chức cơ sở đảng", text: "mỗi TCCSĐ có ít nhất 01 mô hình “Dân vận khéo”" })).indicator).toBe("org.danvankheo.per_unit");
    expect(bindIndicator(target({ kind: "count", value: 1, per: "tổ chức cơ sở đảng", text: "mỗi TCCSĐ duy trì ít nhất 01 mô hình hiệu quả" })).indicator).toBe("org.models.per_unit");
    expect(bindIndicator(target({ kind: "rating", value: "HTTNV", subject: "Đảng bộ Khối", text: "Đảng bộ Khối được xếp loại HTTNV trở lên" })).indicator).toBe("committee.rating");
    expect(bindIndicator(target({ kind: "rating", value: "HTXSNV", subject: "đoàn thể cấp trên cơ sở", text: "đoàn thể cấp trên cơ sở đạt HTXSNV" })).indicator).toBe("union.upper.rating");
  });

  it("binds the seed targets as the check expects", () => {
    const want: Record<string, Record<string, string | null>> = {
      "000_e1a74d757ae2fdde.txt": { "1": "member.studied.share", "2": null, "3": "org.models.registered.share", "3.1": "org.models.passed.share", "4": "member.committed.share", "5": "org.exemplars.per_unit", "6": "org.exemplars.per_unit", "7": "org.rating.httnv_plus.share", "8": "member.rating.httnv_plus.share", "9": "member.inspected.share", "10": "branch.inspected.share", "11": "union.rating.httnv_plus.count", "12": "member.admitted.count", "12.1": "member.admitted.students.count", "13": "committee.rating" },
      "002_dde3d75ae94bc425.txt": { "1": "org.tasks.share", "2": null, "3": "committee.rating", "4": "member.studied.share", "5": null, "6": "org.models.per_unit", "7": null, "8": "org.rating.htnv_plus.share", "9": "org.rating.httnv_plus.share", "9.1": "org.rating.htxsnv.share", "10": "member.rating.httnv_plus.share", "11": "member.admitted.count", "11.1": "member.admitted.private.count", "12": "union.rating.htnv_plus.share", "12.1": "union.rating.httnv_plus.share", "13": "union.upper.rating", "14": "org.democracy.share", "15": "org.danvankheo.per_unit" },
      "004_775c1259a5f227ce.txt": { "1": "member.studied.share", "2": null, "3": null, "3.1": null, "4": "member.committed.share", "5": "org.exemplars.per_unit", "6": "org.rating.httnv_plus.share", "7": "member.rating.httnv_plus.share", "7.1": "member.rating.htxsnv.share", "8": "committee.rating", "9": null, "10": "member.inspected.share", "11": "branch.inspected.share", "12": "org.inspected.share", "13": "union.rating.httnv_plus.share", "14": "member.admitted.count" },
    };
    for (const [file, ids] of Object.entries(want)) {
      const r = readResolution(fs.readFileSync(path.join(SEEDS, file), "utf8"));
      expect(Object.fromEntries(r.targets.map((t) => [t.id, t.indicator]))).toEqual(ids);
    }
    const all = readResolution(fs.readFileSync(path.join(SEEDS, "003_2155978f005192af.txt"), "utf8")).targets;
    expect(all.every((t) => t.indicator === null)).toBe(true);
  });

  it("only ever returns catalogue ids", () => {
    for (const f of fs.readdirSync(SEEDS)) {
      for (const t of readResolution(fs.readFileSync(path.join(SEEDS, f), "utf8")).targets) {
        if (t.indicator !== null) expect(INDICATOR_IDS).toContain(t.indicator);
      }
    }
  });
});
