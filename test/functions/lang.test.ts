import * as fs from "fs";
import * as path from "path";
import { danhgia, dem, tiendo, xeploai } from "../../src/functions/functions";
import { functionsLang } from "../../src/functions/lang";

// Results and error reasons follow Office's display language (issue 14, item 10).
afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

function setDisplayLanguage(lang: string): void {
  (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: lang } };
}

function reason(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected an Excel error");
}

describe("NQ.* language", () => {
  it("is Vietnamese when the runtime tells no display language (the JavaScript-only runtime of older Windows builds)", () => {
    expect(functionsLang()).toBe("vi");
    expect(danhgia(0.92, "từ 90% trở lên")).toBe("Đạt");
  });

  it.each(["en-US", "en-GB", "en-IN"])("gives English results and reasons under %s", (lang) => {
    setDisplayLanguage(lang);
    expect(functionsLang()).toBe("en");
    expect(danhgia(0.92, "từ 90% trở lên")).toBe("Met");
    expect(danhgia(0.5, "từ 90% trở lên")).toBe("Not met");
    expect(tiendo(25, "ít nhất 40", 6)).toBe("On track");
    expect(xeploai("Miễn đánh giá")).toBe("Not rated");
    expect(reason(() => xeploai("Giỏi"))).toMatch(/^[A-Za-z"]/);
    expect(reason(() => xeploai("Giỏi"))).not.toMatch(/Không nhận ra/);
  });

  it("counts its own English 'Not rated' result as not rated", () => {
    setDisplayLanguage("en-GB");
    const range = [[xeploai("Miễn đánh giá")], ["HTTNV"], [""]];
    expect(dem(range, "Không xếp loại")).toBe(1);
    expect(dem(range, "HTTNV")).toBe(1);
  });

  it("stays Vietnamese under vi-VN", () => {
    setDisplayLanguage("vi-VN");
    expect(danhgia(0.5, "từ 90% trở lên")).toBe("Chưa đạt");
    expect(reason(() => xeploai("Giỏi"))).toMatch(/Giỏi/);
  });
});

describe("help links", () => {
  const root = path.join(__dirname, "..", "..");
  const help = fs.readFileSync(path.join(root, "src", "help", "help.html"), "utf8");
  const source = fs.readFileSync(path.join(root, "src", "functions", "functions.ts"), "utf8");
  const en = JSON.parse(fs.readFileSync(path.join(root, "src", "functions", "functions-en.json"), "utf8")) as { functions: { id: string; helpUrl?: string }[] };

  it("every function has @helpurl to its entry in help.html, in Vietnamese and English", () => {
    for (const f of en.functions) {
      const id = f.id.toLowerCase();
      expect(source).toContain(`@customfunction ${f.id}\n * @helpurl https://localhost:3000/help.html#nq-${id}`);
      expect(f.helpUrl).toBe(`https://localhost:3000/help.html#en-nq-${id}`);
      expect([f.id, help.includes(`id="nq-${id}"`), help.includes(`id="en-nq-${id}"`)]).toEqual([f.id, true, true]);
    }
  });
});
