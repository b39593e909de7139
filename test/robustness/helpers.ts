import { createHash } from "crypto";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";

export { RESOLUTION } from "./resolution";

export interface Run {
  code: number;
  out: string;
  err: string;
}

/** Run `nq …` in-process with a fake terminal, capturing what it prints. */
export async function nq(args: string[], cwd: string): Promise<Run> {
  let out = "";
  let err = "";
  const io: CliIO = { out: (t) => void (out += t), err: (t) => void (err += t), isTTY: false, cwd };
  const code = await main(args, io);
  return { code, out, err };
}

export function tempDir(prefix = "nq-robust-"): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}


/** A small valid workbook with an organisation and a member table, as ExcelJS writes it. */
export async function validWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const orgs = wb.addWorksheet("Tổ chức");
  orgs.addRow(["Tên tổ chức", "Loại hình", "Số đảng viên", "Xếp loại"]);
  orgs.addRow(["Chi bộ Văn phòng", "Chi bộ cơ sở", 3, "Hoàn thành tốt nhiệm vụ"]);
  const dv = wb.addWorksheet("Đảng viên");
  dv.addRow(["Họ và tên", "Tổ chức", "Ngày sinh", "Ngày vào Đảng", "Xếp loại", "Học tập nghị quyết"]);
  for (let i = 1; i <= 40; i++) {
    dv.addRow([`Nguyễn Văn An ${i}`, "Chi bộ Văn phòng", new Date(Date.UTC(1980, 0, i)), new Date(Date.UTC(2010, 0, i)), "Hoàn thành tốt nhiệm vụ", "x"]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** True when `text` reads as Vietnamese prose (has Vietnamese letters with diacritics). */
export function looksVietnamese(text: string): boolean {
  return /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i.test(text);
}

/** A stack trace or a raw JS error name leaking to the user. */
export function leaksInternals(text: string): boolean {
  return /\n\s+at .+[:(]\d+/.test(text) || /\b(TypeError|RangeError|ReferenceError|SyntaxError)\b/.test(text) || /node_modules|\.js:\d+/.test(text);
}
