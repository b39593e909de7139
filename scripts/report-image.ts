// The picture of the Word report's first page in docs/images/bao-cao.png (README, docs/check.md):
// the demo's data and resolution → nq check --docx → LibreOffice PDF → pdftoppm. Run by hand
// (`npm run docs:report-image`), never by npm test. Needs soffice (libreoffice-writer) and pdftoppm.
import { spawnSync } from "child_process";
import { copyFileSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../src/cli/main";
import type { CliIO } from "../src/cli/io";

async function run(): Promise<number> {
  const root = join(__dirname, "..");
  const dir = mkdtempSync(join(tmpdir(), "nq-report-image-"));
  const io: CliIO = { out: () => undefined, err: (s) => void process.stderr.write(s), isTTY: false, cwd: dir };
  try {
    if ((await main(["sample", "du-lieu.xlsx"], io)) !== 0) return 2;
    const resolution = join(root, "samples", "resolution", "nghi-quyet-mau.txt");
    const args = ["check", "du-lieu.xlsx", "--targets", resolution, "--year", "2024", "--docx", "bao-cao.docx", "--number", "15", "--date", "10/01/2025", "--signer", "Nguyễn Văn An", "--recipients", "Ban Thường vụ Tỉnh ủy (để báo cáo); Các đồng chí Ủy viên Ban Chấp hành; Các tổ chức cơ sở đảng; Lưu Văn phòng"];
    if ((await main(args, io)) > 1) return 2;
    const conv = spawnSync("soffice", [`-env:UserInstallation=file://${join(dir, "lo")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, join(dir, "bao-cao.docx")], { encoding: "utf8", timeout: 180000 });
    if (conv.status !== 0) throw new Error(conv.stderr || "soffice");
    const png = spawnSync("pdftoppm", ["-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", join(dir, "bao-cao.pdf"), join(dir, "bao-cao")], { encoding: "utf8" });
    if (png.status !== 0) throw new Error(png.stderr || "pdftoppm");
    copyFileSync(join(dir, "bao-cao.png"), join(root, "docs", "images", "bao-cao.png"));
    console.log("docs/images/bao-cao.png");
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

run().then((code) => process.exit(code), (e) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(2);
});
