#!/usr/bin/env node
"use strict";
// The "all rows wrong" workbook (issue 13 item 1): a member list of ROWS rows × 20 text cells in
// which every checked cell is wrong (a date that is no date, a value outside its list, a yes/no that is
// neither), plus one organisation row. Before the cap, 52,000 rows gave 572,002 issues and ran out of heap.
//
//   node test/robustness/all-wrong.js OUT.xlsx [ROWS=52000]
//
// Plain Node (no TypeScript) so that it runs before the command line is built, in CI and by hand.
const ExcelJS = require("exceljs");

const HEADERS = [
  "Họ và tên", "Ngày sinh", "Giới tính", "Tổ chức", "Chi bộ", "Ngày vào Đảng", "Ngày chính thức",
  "Trình độ chuyên môn", "Lý luận chính trị", "Học sinh, sinh viên", "Trong DNTN", "Đoàn viên", "Xếp loại",
  "Lý do không xếp loại", "Được kiểm tra", "Học tập nghị quyết", "Cam kết", "Ghi chú", "Quê quán", "Dân tộc",
];

/** Row i (0-based) of the member list: 20 text cells, each checked one wrong. */
function memberRow(i) {
  const n = String(i + 1);
  return [
    `Người thứ ${n}`, `ngày ${n} không rõ`, `giới ${n}`, "Chi bộ Văn phòng", `chi bộ lạ ${n}`, `kết nạp ${n}`, `chính thức ${n}`,
    `trình độ ${n}`, `lý luận ${n}`, `có lẽ ${n}`, `có thể ${n}`, `chưa rõ ${n}`, `mức ${n}`,
    `lý do ${n}`, `hình như ${n}`, `sắp ${n}`, `đang ${n}`, `ghi chú ${n}`, `quê ${n}`, `dân tộc ${n}`,
  ];
}

async function writeAllWrong(out, rows) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useSharedStrings: false, useStyles: false });
  const orgs = wb.addWorksheet("Tổ chức");
  orgs.addRow(["Tên tổ chức", "Loại hình", "Số đảng viên", "Xếp loại"]).commit();
  orgs.addRow(["Chi bộ Văn phòng", "Chi bộ cơ sở", rows, "Hoàn thành tốt nhiệm vụ"]).commit();
  orgs.commit();
  const ws = wb.addWorksheet("Đảng viên");
  ws.addRow(HEADERS).commit();
  for (let i = 0; i < rows; i++) ws.addRow(memberRow(i)).commit();
  ws.commit();
  await wb.commit();
}

module.exports = { writeAllWrong, memberRow, HEADERS };

if (require.main === module) {
  const [out, rows = "52000"] = process.argv.slice(2);
  if (!out) {
    process.stderr.write("Cách dùng: node test/robustness/all-wrong.js OUT.xlsx [ROWS]\n");
    process.exit(2);
  }
  writeAllWrong(out, Number(rows)).then(
    () => process.stdout.write(`${out}: ${rows} rows × ${HEADERS.length} text cells\n`),
    (e) => {
      process.stderr.write(String(e) + "\n");
      process.exit(2);
    },
  );
}
