import type { MessageTable } from "../types";

/** Messages of the merge ("Gộp dữ liệu các đơn vị", `nq merge`). Issue messages use the key "issue.<CODE>". */
export const mergeMessages = {
  // ---------------------------------------------------------------- problems: files
  "issue.MERGE_FILE_UNREADABLE": { vi: "Không đọc được tệp, không gộp tệp này: {reason}", en: "The file cannot be read and is not merged: {reason}" },
  "issue.MERGE_FILE_IS_OUTPUT": { vi: "Đây là tệp kết quả của chính lần gộp này, không đọc làm dữ liệu.", en: "This is the output file of this merge; it is not read as data." },
  "issue.MERGE_FILE_REPEATED": { vi: "Tệp được chỉ ra hai lần; chỉ đọc một lần.", en: "The file was given twice; it is read once." },
  "issue.MERGE_FILE_NO_TABLE": {
    vi: "Không tìm thấy bảng tổ chức, đảng viên hay đoàn thể nào (cần một dòng tiêu đề có cột \"Tên tổ chức\", \"Họ và tên\" hoặc \"Tên đoàn thể\"), không gộp tệp này.",
    en: "No organisation, member or union table found (a header row with a \"Tên tổ chức\", \"Họ và tên\" or \"Tên đoàn thể\" column is needed); the file is not merged.",
  },
  "issue.MERGE_FILE_NO_ROWS": { vi: "Tệp có bảng ({tables}) nhưng chưa có dòng dữ liệu nào (có thể đơn vị gửi mẫu trống).", en: "The file has tables ({tables}) but no data row (perhaps the unit sent the empty template)." },
  "issue.MERGE_LEGACY_TEXT": { vi: "{count} ô gõ bằng bảng mã cũ {encoding} đã được chuyển sang Unicode trong sổ gộp.", en: "{count} cells typed in the old {encoding} encoding were converted to Unicode in the merged workbook." },

  // ---------------------------------------------------------------- problems: the same thing in two files
  "issue.MERGE_ORG_REPLACED": {
    vi: "Tổ chức \"{name}\" có cả trong tệp gửi sau \"{by}\": đã lấy theo tệp đó và bỏ {count} dòng của tệp này (dòng {rows}).",
    en: "The organisation \"{name}\" is also in the later file \"{by}\": that file was taken and {count} rows of this file were left out (rows {rows}).",
  },
  "issue.MERGE_MEMBERS_REPLACED": {
    vi: "Danh sách đảng viên của \"{name}\" có cả trong tệp gửi sau \"{by}\": đã lấy theo tệp đó và bỏ {count} đảng viên của tệp này (dòng {rows}).",
    en: "The member list of \"{name}\" is also in the later file \"{by}\": that file was taken and {count} members of this file were left out (rows {rows}).",
  },
  "issue.MERGE_UNION_REPLACED": {
    vi: "Đoàn thể \"{name}\" có cả trong tệp gửi sau \"{by}\": đã lấy theo tệp đó và bỏ {count} dòng của tệp này (dòng {rows}).",
    en: "The union \"{name}\" is also in the later file \"{by}\": that file was taken and {count} rows of this file were left out (rows {rows}).",
  },
  "issue.MERGE_ORG_CONFLICT": {
    vi: "Tổ chức \"{name}\" có cả trong tệp này (dòng {rows}) và tệp \"{by}\". Với --strict không gộp khi một tổ chức có trong hai tệp: hãy bỏ tệp cũ hoặc tệp mới rồi gộp lại.",
    en: "The organisation \"{name}\" is in this file (rows {rows}) and in \"{by}\". With --strict nothing is merged when an organisation is in two files: remove the old or the new file and merge again.",
  },
  "issue.MERGE_MEMBERS_CONFLICT": {
    vi: "Danh sách đảng viên của \"{name}\" có cả trong tệp này ({count} đảng viên, dòng {rows}) và tệp \"{by}\". Với --strict không gộp khi một tổ chức có trong hai tệp.",
    en: "The member list of \"{name}\" is in this file ({count} members, rows {rows}) and in \"{by}\". With --strict nothing is merged when an organisation is in two files.",
  },
  "issue.MERGE_UNION_CONFLICT": {
    vi: "Đoàn thể \"{name}\" có cả trong tệp này (dòng {rows}) và tệp \"{by}\". Với --strict không gộp khi một tổ chức có trong hai tệp.",
    en: "The union \"{name}\" is in this file (rows {rows}) and in \"{by}\". With --strict nothing is merged when an organisation is in two files.",
  },
  "issue.MERGE_MEMBER_MOVED": {
    vi: "Đảng viên \"{name}\" (sinh {birth}) có ở \"{org}\" (tệp này) và ở \"{otherOrg}\" (tệp \"{otherFile}\", sheet \"{otherSheet}\", dòng {otherRow}): có thể đã chuyển sinh hoạt hoặc nhập trùng. Đã giữ dòng sau, bỏ dòng này.",
    en: "The member \"{name}\" (born {birth}) is in \"{org}\" (this file) and in \"{otherOrg}\" (file \"{otherFile}\", sheet \"{otherSheet}\", row {otherRow}): perhaps transferred, or typed twice. The later row was kept and this one left out.",
  },

  // ---------------------------------------------------------------- problems: what does not fit together
  "issue.MERGE_MEMBER_ORG_UNKNOWN": {
    vi: "{count} đảng viên ghi tổ chức \"{org}\", nhưng không tệp nào có tổ chức này trong bảng \"Tổ chức\".",
    en: "{count} members name the organisation \"{org}\", but no file has it in its \"Tổ chức\" table.",
  },
  "issue.MERGE_ORG_NO_MEMBERS": { vi: "\"{name}\" có trong bảng \"Tổ chức\" nhưng không tệp nào có đảng viên của tổ chức này.", en: "\"{name}\" is in the \"Tổ chức\" table but no file lists any of its members." },
  "issue.MERGE_MEMBER_COUNT": { vi: "\"{name}\": ghi {members} đảng viên, nhưng danh sách gộp có {count} đảng viên.", en: "\"{name}\": {members} members are stated, but the merged list has {count}." },
  "issue.MERGE_YEAR_CONFLICT": { vi: "Năm xếp loại của tệp này là {year}, khác tệp \"{other}\"; sổ gộp ghi năm {chosen} (tệp gửi sau).", en: "This file's rating year is {year}, unlike \"{other}\"; the merged workbook says {chosen} (the later file)." },
  "issue.MERGE_COMMITTEE_CONFLICT": { vi: "Xếp loại Đảng bộ của tệp này là {rating}, khác tệp \"{other}\"; sổ gộp ghi {chosen} (tệp gửi sau).", en: "This file's committee rating is {rating}, unlike \"{other}\"; the merged workbook says {chosen} (the later file)." },

  // ---------------------------------------------------------------- the report sheet "Tình hình gộp"
  "merge.sheet.name": { vi: "Tình hình gộp", en: "Tình hình gộp" },
  "merge.sheet.title": { vi: "TÌNH HÌNH GỘP DỮ LIỆU CÁC ĐƠN VỊ", en: "MERGE OF THE UNITS' DATA" },
  "merge.sheet.subtitle": {
    vi: "{files} tệp: {merged} tệp đã gộp, {leftOut} tệp không gộp. Mỗi dòng của mỗi tệp hoặc có trong sổ gộp, hoặc có trong danh sách dưới đây cùng lý do.",
    en: "{files} files: {merged} merged, {leftOut} not merged. Every row of every file is either in the merged workbook or listed below with its reason.",
  },
  "merge.sheet.totals.head": { vi: "Số dòng", en: "Rows" },
  "merge.sheet.totals.read": { vi: "Đọc", en: "Read" },
  "merge.sheet.totals.written": { vi: "Ghi vào sổ gộp", en: "Written" },
  "merge.sheet.totals.leftOut": { vi: "Để riêng", en: "Left out" },
  "merge.sheet.table.organisations": { vi: "Tổ chức", en: "Organisations" },
  "merge.sheet.table.members": { vi: "Đảng viên", en: "Members" },
  "merge.sheet.table.unions": { vi: "Đoàn thể", en: "Unions" },
  "merge.sheet.table.files": { vi: "Tệp", en: "Files" },
  "merge.sheet.files.head": { vi: "Từng tệp", en: "Per file" },
  "merge.sheet.files.col.stt": { vi: "STT", en: "No." },
  "merge.sheet.files.col.file": { vi: "Tệp", en: "File" },
  "merge.sheet.files.col.status": { vi: "Kết quả", en: "Result" },
  "merge.sheet.files.col.orgs": { vi: "Tổ chức (đọc / ghi)", en: "Organisations (read / written)" },
  "merge.sheet.files.col.members": { vi: "Đảng viên (đọc / ghi)", en: "Members (read / written)" },
  "merge.sheet.files.col.unions": { vi: "Đoàn thể (đọc / ghi)", en: "Unions (read / written)" },
  "merge.sheet.files.col.problems": { vi: "Vấn đề", en: "Problems" },
  "merge.sheet.status.merged": { vi: "Đã gộp", en: "Merged" },
  "merge.sheet.status.empty": { vi: "Không có dòng dữ liệu", en: "No data rows" },
  "merge.sheet.status.bad": { vi: "Không gộp", en: "Not merged" },
  "merge.sheet.problems.head": { vi: "Các vấn đề", en: "Problems" },
  "merge.sheet.problems.col.stt": { vi: "STT", en: "No." },
  "merge.sheet.problems.col.severity": { vi: "Mức", en: "Severity" },
  "merge.sheet.problems.col.code": { vi: "Mã", en: "Code" },
  "merge.sheet.problems.col.file": { vi: "Tệp", en: "File" },
  "merge.sheet.problems.col.sheet": { vi: "Sheet", en: "Sheet" },
  "merge.sheet.problems.col.row": { vi: "Dòng", en: "Row" },
  "merge.sheet.problems.col.message": { vi: "Nội dung", en: "Message" },
  "merge.sheet.problems.col.merged": { vi: "Dòng trong sổ gộp", en: "Row in the merged sheets" },
  "merge.sheet.problems.none": { vi: "Không có vấn đề nào: mọi dòng của mọi tệp đã được gộp.", en: "No problems: every row of every file was merged." },
  "merge.sheet.problems.jump": { vi: "Đến dòng này trong sổ gộp", en: "Go to this row of the merged sheets" },
  "merge.sheet.footer": { vi: "Trang &P / &N", en: "Page &P of &N" },

  // ---------------------------------------------------------------- command line
  "merge.cli.summary": { vi: "Gộp các tệp dữ liệu của các đơn vị thành một sổ (Tổ chức, Đảng viên, Đoàn thể, Tình hình gộp)", en: "Merge the units' data files into one workbook (organisations, members, unions, merge report)" },
  "merge.cli.usage": { vi: "Cách dùng: nq merge TỆP.xlsx|THƯ-MỤC... [--out GỘP.xlsx] [--force] [--json] [--strict]", en: "Usage: nq merge FILE.xlsx|FOLDER... [--out OUT.xlsx] [--force] [--json] [--strict]" },
  "merge.cli.unknown-option": { vi: "Tùy chọn không hợp lệ: {option}", en: "Unknown option: {option}" },
  "merge.cli.missing-value": { vi: "Thiếu giá trị sau {option}", en: "{option} needs a value" },
  "merge.cli.no-input": { vi: "Chưa chỉ ra tệp hoặc thư mục nào để gộp.", en: "No file or folder to merge was given." },
  "merge.cli.not-found": { vi: "Không tìm thấy \"{path}\".", en: "\"{path}\" was not found." },
  "merge.cli.folder-empty": { vi: "Thư mục \"{path}\" không có tệp .xlsx nào.", en: "The folder \"{path}\" has no .xlsx file." },
  "merge.cli.out-not-xlsx": { vi: "Tệp kết quả phải có đuôi .xlsx: {file}", en: "The output must be an .xlsx file: {file}" },
  "merge.cli.out-exists": { vi: "Tệp {file} đã có. Dùng --force để ghi đè, hoặc --out TÊN-KHÁC.xlsx.", en: "{file} exists. Use --force to replace it, or --out OTHER.xlsx." },
  "merge.cli.out-is-input": { vi: "Tệp kết quả {file} trùng với một tệp đầu vào; không bao giờ ghi đè tệp đầu vào. Dùng --out TÊN-KHÁC.xlsx.", en: "The output {file} is one of the inputs; an input is never overwritten. Use --out OTHER.xlsx." },
  "merge.cli.reading": { vi: "Đang đọc {n}/{total}: {file}", en: "Reading {n}/{total}: {file}" },
  "merge.cli.writing": { vi: "Đang ghi {file}…", en: "Writing {file}…" },
  "merge.cli.nothing": { vi: "Không có dòng dữ liệu nào để gộp; không ghi tệp kết quả.", en: "No data row to merge; no output written." },
  "merge.cli.conflicts": { vi: "Có tổ chức nằm trong hai tệp (--strict): không ghi tệp kết quả.", en: "Some organisations are in two files (--strict): no output written." },
  "merge.cli.cannot-write": { vi: "Không ghi được {file}: {reason}", en: "Could not write {file}: {reason}" },
  "merge.cli.line.files": { vi: "Tệp: {read} đọc = {merged} đã gộp + {leftOut} không gộp", en: "Files: {read} read = {merged} merged + {leftOut} not merged" },
  "merge.cli.line.table": { vi: "{table}: {read} dòng đọc = {written} ghi + {leftOut} để riêng", en: "{table}: {read} rows read = {written} written + {leftOut} left out" },
  "merge.cli.line.problems": { vi: "Vấn đề: {errors} lỗi, {warnings} cảnh báo (xem sheet \"Tình hình gộp\")", en: "Problems: {errors} errors, {warnings} warnings (see the \"Tình hình gộp\" sheet)" },
  "merge.cli.written": { vi: "Đã ghi sổ gộp: {file}", en: "Merged workbook written: {file}" },
} satisfies MessageTable;
