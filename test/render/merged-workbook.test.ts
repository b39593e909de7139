import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readDataSet } from "../../src/core/data/read";
import { buildMergeSheets, mergeWorkbooks } from "../../src/core/merge";
import { readWorkbookFile, writeWorkbookFile } from "../../src/xlsx";
import { splitSample } from "../core/merge/helpers";

jest.setTimeout(180_000);

const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
const hasPdftotext = spawnSync("sh", ["-c", "command -v pdftotext"]).status === 0;
const maybe = hasSoffice && hasPdftotext ? describe : describe.skip;
if (!hasSoffice || !hasPdftotext) console.log("merged-workbook.test.ts skipped: LibreOffice (soffice) or pdftotext is not installed");

maybe("the merged workbook opens in LibreOffice", () => {
  let dir: string;
  let xlsx: string;
  const { files } = splitSample();
  // six units, the third sent twice (a corrected file): the report has problems and links
  const inputs = [...files.slice(0, 6), files[2]].map((f, i) => ({ name: i === 6 ? `${f.unit} (sửa).xlsx` : f.name, workbook: f.workbook }));
  const result = mergeWorkbooks(inputs);
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "nq-merged-"));
    xlsx = path.join(dir, "gop.xlsx");
    expect(await writeWorkbookFile(xlsx, buildMergeSheets(result))).toEqual({ ok: true });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const soffice = (args: string[]) =>
    execFileSync("soffice", [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", ...args, "--outdir", path.join(dir, "out"), xlsx], { stdio: "pipe", timeout: 150_000 });

  it("converts to PDF: the report shows its title, the totals, each file and the problems", () => {
    expect(result.problems.map((p) => p.code)).toEqual(expect.arrayContaining(["MERGE_ORG_REPLACED", "MERGE_MEMBERS_REPLACED"]));
    soffice(["--convert-to", "pdf"]);
    const text = execFileSync("pdftotext", ["-layout", path.join(dir, "out", "gop.pdf"), "-"]).toString("utf8").replace(/\s+/g, " ");
    const wanted = ["TÌNH HÌNH GỘP DỮ LIỆU CÁC ĐƠN VỊ", "Ghi vào sổ gộp", "Để riêng", "Tệp nguồn", "MERGE_ORG_REPLACED", "MERGE_MEMBERS_REPLACED", files[2].unit];
    // (not toContain: a failure would print the whole PDF's text)
    expect(wanted.filter((s) => !text.includes(s))).toEqual([]);
  });

  it("re-saved by LibreOffice, it is still read as the same data (and the report still as the add-in's own)", async () => {
    soffice(["--convert-to", "xlsx:Calc MS Excel 2007 XML"]);
    const read = await readWorkbookFile(path.join(dir, "out", "gop.xlsx"));
    if (!read.ok) throw new Error(read.message);
    expect(read.workbook.ownSheets).toEqual(["Tình hình gộp"]);
    const data = readDataSet(read.workbook);
    expect(data.members).toHaveLength(result.totals.members.written);
    expect(data.organisations).toHaveLength(result.totals.organisations.written);
  });
});
