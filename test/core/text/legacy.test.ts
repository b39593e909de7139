import * as fs from "fs";
import * as path from "path";
import { detectLegacyEncoding, repairLegacyText, toTcvn3, toVni } from "../../../src/core/text/legacy";

const SEEDS = path.resolve(__dirname, "../../fixtures/seeds"); // copies of ../shared/seeds
const sentence = "Kết nạp từ 90 đảng viên mới trở lên, trong đó có từ 15 đảng viên là học sinh, sinh viên; Đảng bộ Khối được xếp loại hoàn thành tốt nhiệm vụ.";

describe("legacy encodings (TCVN3, VNI)", () => {
  it("TCVN3 text is detected and repaired to NFC Unicode", () => {
    const garbled = toTcvn3(sentence);
    expect(garbled).toContain("®¶ng viªn");
    expect(detectLegacyEncoding(garbled)).toBe("tcvn3");
    const r = repairLegacyText(garbled);
    expect(r.encoding).toBe("tcvn3");
    // TCVN3 (.VnTime) has no capitals with tones: compare case-insensitively.
    expect(r.text.toLowerCase()).toBe(sentence.toLowerCase());
    expect(r.text).toBe(r.text.normalize("NFC"));
  });

  it("known TCVN3 codes map to the right letters", () => {
    expect(repairLegacyText("§¶ng viªn ®­îc xÕp lo¹i hoµn thµnh tèt nhiÖm vô").text).toBe("Đảng viên được xếp loại hoàn thành tốt nhiệm vụ");
  });

  it("VNI text is detected and repaired exactly (capitals included)", () => {
    const garbled = toVni(sentence);
    expect(garbled).toContain("ñaûng vieân");
    expect(detectLegacyEncoding(garbled)).toBe("vni");
    expect(repairLegacyText(garbled)).toEqual({ text: sentence, encoding: "vni" });
  });

  it("never fires on Unicode Vietnamese: the five seeds and NFD text stay unchanged", () => {
    for (const f of fs.readdirSync(SEEDS)) {
      const text = fs.readFileSync(path.join(SEEDS, f), "utf8");
      expect(detectLegacyEncoding(text)).toBeNull();
      expect(detectLegacyEncoding(text.normalize("NFD"))).toBeNull();
      expect(repairLegacyText(text).text).toBe(text);
    }
    expect(detectLegacyEncoding("Plain ASCII text, 100% fine.")).toBeNull();
    expect(detectLegacyEncoding("")).toBeNull();
  });

  it("mixed documents: Unicode lines are kept, legacy lines repaired", () => {
    const mixed = `${sentence}\n${toTcvn3("đảng viên được học tập nghị quyết ở chi bộ cơ sở")}\n${toTcvn3("kiểm tra đảng viên")}`;
    const r = repairLegacyText(mixed);
    expect(r.encoding).toBe("tcvn3");
    expect(r.text.split("\n")[0]).toBe(sentence);
    expect(r.text.split("\n")[1]).toBe("đảng viên được học tập nghị quyết ở chi bộ cơ sở");
  });
});
