import { MESSAGES, duplicateMessageKeys, langFromLocale, t } from "../../src/core/i18n/messages";

describe("message table", () => {
  it("has no key defined twice", () => {
    expect(duplicateMessageKeys()).toEqual([]);
  });

  it("has a non-empty Vietnamese and English text for every key, with the same placeholders", () => {
    for (const [key, m] of Object.entries(MESSAGES)) {
      expect([key, m.vi.trim().length > 0, m.en.trim().length > 0]).toEqual([key, true, true]);
      const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect([key, ph(m.en)]).toEqual([key, ph(m.vi)]);
      expect(m.vi).toBe(m.vi.normalize("NFC"));
    }
  });

  it("fills placeholders and picks the language from the Office locale", () => {
    expect(t("status.dat", "vi")).toBe("Đạt");
    expect(t("status.dat", langFromLocale("en-US"))).toBe("Met");
    expect(langFromLocale("vi-VN")).toBe("vi");
    expect(langFromLocale(undefined)).toBe("vi");
  });
});
