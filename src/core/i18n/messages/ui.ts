import type { MessageTable } from "../types";

/** Messages of the ui area (task pane, ribbon command, Office.js errors). */
export const uiMessages = {
  // Errors from Excel, in words staff can act on.
  "ui.error.protected": {
    vi: "Không ghi được vì sheet hoặc cấu trúc sổ làm việc đang được bảo vệ. Vào Xem lại (Review) › Bỏ bảo vệ rồi thử lại.",
    en: "Could not write: a sheet or the workbook structure is protected. Use Review › Unprotect, then try again.",
  },
  "ui.error.cell-edit": {
    vi: "Một ô đang được sửa. Nhấn Enter hoặc Esc để thoát khỏi ô rồi thử lại.",
    en: "A cell is being edited. Press Enter or Esc to leave the cell, then try again.",
  },
  "ui.error.api-missing": {
    vi: "Phiên bản Excel này chưa hỗ trợ ExcelApi {set}. Cần {excel} trở lên, Microsoft 365 hoặc Excel trên web.",
    en: "This version of Excel lacks ExcelApi {set}. It needs {excel} or later, Microsoft 365, or Excel on the web.",
  },
  "ui.error.too-large": {
    vi: "Sổ làm việc quá lớn để xử lý trong một lần. Hãy xóa các sheet không cần thiết hoặc chia dữ liệu ra nhiều sổ.",
    en: "The workbook is too large to process at once. Remove sheets you do not need or split the data into several workbooks.",
  },
  "ui.error.generic": { vi: "Excel báo lỗi: {detail}", en: "Excel reported an error: {detail}" },

  // Ribbon command.
  "ui.command.no-targets": {
    vi: "Chưa có chỉ tiêu nào trong sheet \"Chỉ tiêu\". Mở Bảng điều khiển (thẻ Trang đầu › Nghị quyết) và nạp Nghị quyết trước.",
    en: "The \"Chỉ tiêu\" sheet has no targets yet. Open the Control panel (Home › Resolution) and load a resolution first.",
  },
  "ui.command.done": { vi: "Đã kiểm tra {count} chỉ tiêu lúc {time}.", en: "Checked {count} targets at {time}." },
  "ui.status.sheet": { vi: "Thông báo NQ", en: "NQ message" },
  "ui.status.title": { vi: "Kiểm tra theo Nghị quyết: chưa thực hiện được", en: "Check against resolution: could not run" },
  "ui.status.time": { vi: "Thời điểm: {time}", en: "Time: {time}" },
  "ui.status.hint": {
    vi: "Sheet này do tiện ích tạo ra và sẽ tự xóa khi kiểm tra thành công.",
    en: "The add-in wrote this sheet; it is removed after the next successful check.",
  },

  // Task pane.
  "ui.pane.title": { vi: "Kiểm tra Nghị quyết", en: "Resolution Check" },
  "ui.steps.label": { vi: "Các bước", en: "Steps" },
  "ui.step.resolution": { vi: "1. Nghị quyết", en: "1. Resolution" },
  "ui.step.data": { vi: "2. Dữ liệu", en: "2. Data" },
  "ui.step.check": { vi: "3. Kiểm tra", en: "3. Check" },
  "ui.busy": { vi: "Đang xử lý…", en: "Working…" },

  "ui.resolution.intro": {
    vi: "Dán phần chỉ tiêu của Nghị quyết, hoặc mở tệp .docx/.txt. Kiểm tra lại các chỉ tiêu rồi ghi vào sheet \"Chỉ tiêu\".",
    en: "Paste the resolution's targets section, or open a .docx/.txt file. Review the targets, then write them to the \"Chỉ tiêu\" sheet.",
  },
  "ui.resolution.text": { vi: "Nội dung Nghị quyết", en: "Resolution text" },
  "ui.resolution.read": { vi: "Đọc chỉ tiêu", en: "Read targets" },
  "ui.resolution.open": { vi: "Mở tệp .docx/.txt", en: "Open .docx/.txt file" },
  "ui.resolution.keep": { vi: "Dùng sheet \"Chỉ tiêu\" hiện có", en: "Use the existing \"Chỉ tiêu\" sheet" },
  "ui.resolution.write": { vi: "Ghi vào sheet \"Chỉ tiêu\"", en: "Write to the \"Chỉ tiêu\" sheet" },
  "ui.resolution.found": { vi: "Tìm thấy {count} chỉ tiêu ({low} cần xem lại).", en: "Found {count} targets ({low} to review)." },
  "ui.resolution.none": {
    vi: "Không tìm thấy chỉ tiêu nào. Hãy dán đúng phần \"Các chỉ tiêu\" của Nghị quyết.",
    en: "No targets found. Paste the resolution's targets section.",
  },
  "ui.resolution.written": { vi: "Đã ghi {count} chỉ tiêu vào sheet \"{sheet}\".", en: "Wrote {count} targets to the \"{sheet}\" sheet." },
  "ui.resolution.kept": { vi: "Đang dùng {count} chỉ tiêu trong sheet \"{sheet}\".", en: "Using {count} targets from the \"{sheet}\" sheet." },
  "ui.resolution.no-sheet": { vi: "Sổ làm việc chưa có sheet \"Chỉ tiêu\".", en: "The workbook has no \"Chỉ tiêu\" sheet yet." },
  "ui.resolution.review": { vi: "Cần xem lại", en: "Review needed" },
  "ui.resolution.ok": { vi: "Đọc chắc chắn", en: "Read with confidence" },
  "ui.resolution.empty-text": { vi: "Hãy dán nội dung Nghị quyết trước.", en: "Paste the resolution text first." },
  "ui.file.not-docx": {
    vi: "Tệp \"{file}\" không phải tệp .docx hoặc .txt đọc được.",
    en: "\"{file}\" is not a readable .docx or .txt file.",
  },
  "ui.file.empty": { vi: "Tệp \"{file}\" không có nội dung.", en: "\"{file}\" is empty." },
  "ui.file.loaded": { vi: "Đã mở tệp \"{file}\".", en: "Opened \"{file}\"." },
  "ui.target.kind": { vi: "Loại", en: "Kind" },
  "ui.target.condition": { vi: "Điều kiện", en: "Condition" },
  "ui.target.indicator": { vi: "Chỉ số", en: "Indicator" },
  "ui.target.confidence": { vi: "Độ tin cậy", en: "Confidence" },
  "ui.target.manual": { vi: "nhập tay", en: "manual" },
  "ui.kind.percent": { vi: "tỷ lệ", en: "percentage" },
  "ui.kind.count": { vi: "số lượng", en: "count" },
  "ui.kind.quantity": { vi: "khối lượng", en: "quantity" },
  "ui.kind.rating": { vi: "xếp loại", en: "rating" },

  "ui.data.intro": {
    vi: "Tiện ích đọc các sheet Tổ chức, Đảng viên, Đoàn thể. Chưa có thì tạo mẫu nhập liệu.",
    en: "The add-in reads the Tổ chức, Đảng viên and Đoàn thể sheets. Create the input templates if you have none.",
  },
  "ui.data.scan": { vi: "Kiểm tra dữ liệu", en: "Inspect data" },
  "ui.data.templates": { vi: "Tạo mẫu nhập liệu", en: "Create input templates" },
  "ui.data.sample": { vi: "Điền dữ liệu mẫu", en: "Fill with sample data" },
  "ui.data.templates-done": { vi: "Đã tạo các sheet: {sheets}.", en: "Created the sheets: {sheets}." },
  "ui.data.sample-done": { vi: "Đã điền dữ liệu mẫu vào: {sheets}.", en: "Filled sample data into: {sheets}." },
  "ui.data.table": { vi: "Sheet \"{sheet}\": {rows} dòng, dòng tiêu đề {header}", en: "Sheet \"{sheet}\": {rows} rows, header row {header}" },
  "ui.data.table.organisations": { vi: "Tổ chức", en: "Organisations" },
  "ui.data.table.members": { vi: "Đảng viên", en: "Members" },
  "ui.data.table.unions": { vi: "Đoàn thể", en: "Unions" },
  "ui.data.columns": { vi: "Cột nhận ra: {count}", en: "Columns recognised: {count}" },
  "ui.data.missing": { vi: "Thiếu cột: {fields}", en: "Missing columns: {fields}" },
  "ui.data.none": {
    vi: "Chưa nhận ra sheet dữ liệu nào. Bấm \"Tạo mẫu nhập liệu\".",
    en: "No data sheet recognised. Click \"Create input templates\".",
  },
  "ui.data.issues": { vi: "{count} vấn đề trong dữ liệu", en: "{count} data issues" },
  "ui.data.no-issues": { vi: "Không có lỗi dữ liệu.", en: "No data issues." },
  "ui.data.more-issues": { vi: "… và {count} vấn đề khác (xem sheet Lỗi dữ liệu sau khi kiểm tra).", en: "… and {count} more (see the Lỗi dữ liệu sheet after the check)." },
  "ui.data.goto": { vi: "Đến ô {cell} trong sheet {sheet}", en: "Go to cell {cell} on sheet {sheet}" },

  "ui.check.period": { vi: "Kỳ báo cáo", en: "Reporting period" },
  "ui.check.period.year": { vi: "Cả năm", en: "Full year" },
  "ui.check.period.h1": { vi: "6 tháng", en: "6 months" },
  "ui.check.period.q3": { vi: "9 tháng", en: "9 months" },
  "ui.check.year": { vi: "Năm", en: "Year" },
  "ui.check.run": { vi: "Kiểm tra theo Nghị quyết", en: "Check against resolution" },
  "ui.check.progress": { vi: "Tiến độ kiểm tra", en: "Check progress" },
  "ui.check.reading": { vi: "Đang đọc dữ liệu…", en: "Reading data…" },
  "ui.check.computing": { vi: "Đang tính chỉ tiêu…", en: "Computing targets…" },
  "ui.check.writing": { vi: "Đang ghi bảng tổng hợp…", en: "Writing the summary…" },
  "ui.check.done": { vi: "Đã kiểm tra {count} chỉ tiêu, kết quả trong sheet \"{sheet}\".", en: "Checked {count} targets; results are on the \"{sheet}\" sheet." },
  "ui.check.counts": { vi: "Tổng hợp kết quả", en: "Result counts" },
  "ui.check.results": { vi: "Kết quả từng chỉ tiêu", en: "Result per target" },
  "ui.check.goto": { vi: "Đến dòng của chỉ tiêu {id} trong sheet {sheet}", en: "Go to target {id}'s row on sheet {sheet}" },
  "ui.check.bad-year": { vi: "Năm phải là số từ 2000 đến 2100.", en: "The year must be a number from 2000 to 2100." },
} satisfies MessageTable;
