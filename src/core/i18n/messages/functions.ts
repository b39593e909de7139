import type { MessageTable } from "../types";

/**
 * Messages of the functions area: results and #VALUE! reasons of the NQ.* custom functions
 * (always shown in Vietnamese in the cell; English kept for the CLI and docs), and the texts of the
 * "Hàm NQ" demo sheet.
 */
export const functionsMessages = {
  "functions.cap.over": { vi: "Vượt trần 20%", en: "Above the 20% cap" },
  "functions.cap.within": { vi: "Trong trần 20%", en: "Within the 20% cap" },
  "functions.progress.dung-tien-do": { vi: "Đúng tiến độ", en: "On track" },
  "functions.progress.cham-tien-do": { vi: "Chậm tiến độ", en: "Behind schedule" },
  "functions.rating.not-rated": { vi: "Không xếp loại", en: "Not rated" },
  "functions.kind.percent": { vi: "tỷ lệ", en: "percentage" },
  "functions.kind.count": { vi: "số lượng", en: "count" },
  "functions.kind.quantity": { vi: "giá trị", en: "quantity" },
  "functions.kind.rating": { vi: "xếp loại", en: "rating" },
  "functions.op.range": { vi: "trong khoảng", en: "between" },

  "functions.err.input-error": { vi: "Đối số đang là lỗi {code}.", en: "The argument is the error {code}." },
  "functions.err.boolean": { vi: "Không dùng được giá trị TRUE/FALSE ở đây.", en: "TRUE/FALSE cannot be used here." },
  "functions.err.target-missing": {
    vi: "Thiếu chỉ tiêu, ví dụ “từ 90% trở lên”.",
    en: "The target is missing, e.g. “từ 90% trở lên”.",
  },
  "functions.err.target-unreadable": {
    vi: "Không đọc được chỉ tiêu “{text}”. Ví dụ viết đúng: “từ 90% trở lên”, “30 - 35%”, “ít nhất 80”, “HTTNV trở lên”.",
    en: "Cannot read the target “{text}”. Valid examples: “từ 90% trở lên”, “30 - 35%”, “ít nhất 80”, “HTTNV trở lên”.",
  },
  "functions.err.target-number": {
    vi: "Chỉ tiêu dạng số phải là số không âm, không phải {text}.",
    en: "A numeric target must be a non-negative number, not {text}.",
  },
  "functions.err.actual-unreadable": {
    vi: "Không đọc được số thực tế “{text}”.",
    en: "Cannot read the actual value “{text}” as a number.",
  },
  "functions.err.actual-percent-scale": {
    vi: "Chỉ tiêu là tỷ lệ mà thực tế là {value} (lớn hơn 100%): nếu là phần trăm, nhập {value}% hoặc định dạng ô là %.",
    en: "The target is a percentage but the actual value is {value} (above 100%): if it is a percentage, enter {value}% or format the cell as %.",
  },
  "functions.err.actual-percent-kind": {
    vi: "Thực tế “{text}” là tỷ lệ nhưng chỉ tiêu không phải tỷ lệ.",
    en: "The actual value “{text}” is a percentage but the target is not.",
  },
  "functions.err.actual-not-rating": {
    vi: "Chỉ tiêu là mức xếp loại nên thực tế phải là mức xếp loại (HTXSNV, HTTNV, HTNV, KHTNV), không phải “{text}”.",
    en: "The target is a rating level, so the actual value must be a rating (HTXSNV, HTTNV, HTNV, KHTNV), not “{text}”.",
  },
  "functions.err.actual-rating-for-number": {
    vi: "Thực tế “{text}” là mức xếp loại nhưng chỉ tiêu là số.",
    en: "The actual value “{text}” is a rating but the target is a number.",
  },
  "functions.err.rating-unknown": {
    vi: "Không nhận ra mức xếp loại “{text}”. Dùng HTXSNV, HTTNV, HTNV, KHTNV, tên đầy đủ hoặc “Không xếp loại”.",
    en: "Unknown rating “{text}”. Use HTXSNV, HTTNV, HTNV, KHTNV, the full names or “Không xếp loại”.",
  },
  "functions.err.rating-legacy": {
    vi: "“{text}” là cách xếp loại trước năm 2018, không tự quy đổi (gần nhất: {suggestion}).",
    en: "“{text}” is pre-2018 rating vocabulary and is not converted automatically (closest: {suggestion}).",
  },
  "functions.err.range-cell": {
    vi: "Ô hàng {row}, cột {column} của dải: {reason}",
    en: "Cell at row {row}, column {column} of the range: {reason}",
  },
  "functions.err.level-missing": {
    vi: "Thiếu mức cần đếm, ví dụ “HTTNV” hoặc “HTTNV trở lên”.",
    en: "The level to count is missing, e.g. “HTTNV” or “HTTNV trở lên”.",
  },
  "functions.err.level-unknown": {
    vi: "Không nhận ra mức “{text}”. Dùng HTXSNV, HTTNV, HTNV, KHTNV, “HTTNV trở lên” (hoặc “HTTNV+”), “HTNV trở xuống” hoặc “Không xếp loại”.",
    en: "Unknown level “{text}”. Use HTXSNV, HTTNV, HTNV, KHTNV, “HTTNV trở lên” (or “HTTNV+”), “HTNV trở xuống” or “Không xếp loại”.",
  },
  "functions.err.level-not-rated-share": {
    vi: "Tỷ lệ tính trên số được xếp loại nên không có tỷ lệ “Không xếp loại”; dùng NQ.DEM để đếm.",
    en: "Shares are over those rated, so “Không xếp loại” has no share; use NQ.DEM to count it.",
  },
  "functions.err.cap-base": {
    vi: "Cơ sở tính trần không rõ: “{text}”. Dùng “HTTNV” (mặc định, theo văn bản) hoặc “HTTNV trở lên” (theo thực tế).",
    en: "Unknown cap base “{text}”. Use “HTTNV” (default, literal reading) or “HTTNV trở lên” (practice reading).",
  },
  "functions.err.month": {
    vi: "Tháng phải là số từ 1 đến 12, không phải “{text}”.",
    en: "The month must be a number from 1 to 12, not “{text}”.",
  },
  "functions.err.progress-rating": {
    vi: "Tiến độ chỉ tính cho chỉ tiêu là số, không cho chỉ tiêu xếp loại.",
    en: "Progress applies to numeric targets only, not to rating targets.",
  },
  "functions.err.unexpected": {
    vi: "Lỗi không mong đợi khi tính ({detail}). Xin báo lỗi này cho người phát triển.",
    en: "Unexpected error while calculating ({detail}). Please report it.",
  },

  "functions.demo.sheet-name": { vi: "Hàm NQ", en: "NQ functions" },
  "functions.demo.title": { vi: "Ví dụ dùng các hàm NQ.* trong bảng theo dõi tự lập", en: "Using the NQ.* functions in your own tracking sheet" },
  "functions.demo.note": {
    vi: "Các ô công thức cần bổ trợ Kiểm tra Nghị quyết. Cột cuối ghi công thức cần gõ sau dấu = trong Excel tiếng Việt (dấu ; ngăn cách đối số); tên hàm giống nhau ở mọi ngôn ngữ.",
    en: "Formula cells need the Resolution Check add-in. The last column shows what to type after = (a Vietnamese Excel separates arguments with ;); function names are the same in every language.",
  },
  "functions.demo.section.judge": { vi: "1. Đánh giá chỉ tiêu (NQ.DANHGIA, NQ.CHITIEU)", en: "1. Judging targets (NQ.DANHGIA, NQ.CHITIEU)" },
  "functions.demo.section.ratings": { vi: "2. Xếp loại đảng viên (NQ.XEPLOAI, NQ.DEM, NQ.TYLE, NQ.TRAN20)", en: "2. Member ratings (NQ.XEPLOAI, NQ.DEM, NQ.TYLE, NQ.TRAN20)" },
  "functions.demo.section.progress": { vi: "3. Tiến độ chỉ tiêu năm (NQ.TIENDO)", en: "3. Progress of a yearly target (NQ.TIENDO)" },
  "functions.demo.section.unicode": { vi: "4. Sửa chữ phông cũ TCVN3/VNI (NQ.UNICODE)", en: "4. Repairing TCVN3/VNI text (NQ.UNICODE)" },
  "functions.demo.col.target": { vi: "Chỉ tiêu", en: "Target" },
  "functions.demo.col.actual": { vi: "Thực tế", en: "Actual" },
  "functions.demo.col.verdict": { vi: "Đánh giá", en: "Verdict" },
  "functions.demo.col.op": { vi: "Phép so sánh", en: "Comparison" },
  "functions.demo.col.value": { vi: "Giá trị", en: "Value" },
  "functions.demo.col.max": { vi: "Cận trên", en: "Upper bound" },
  "functions.demo.col.kind": { vi: "Loại", en: "Kind" },
  "functions.demo.col.formula": { vi: "Công thức (gõ sau dấu =)", en: "Formula (type after =)" },
  "functions.demo.col.member": { vi: "Họ và tên", en: "Name" },
  "functions.demo.col.rating": { vi: "Xếp loại (như đã nhập)", en: "Rating (as typed)" },
  "functions.demo.col.code": { vi: "Mã chuẩn", en: "Normalised code" },
  "functions.demo.col.months": { vi: "Số tháng đã qua", en: "Months elapsed" },
  "functions.demo.col.progress": { vi: "Tiến độ", en: "Progress" },
  "functions.demo.col.legacy": { vi: "Chữ dán từ văn bản cũ (TCVN3)", en: "Text pasted from an old document (TCVN3)" },
  "functions.demo.col.repaired": { vi: "Đã sửa", en: "Repaired" },
  "functions.demo.sum.excellent": { vi: "Số HTXSNV", en: "Number rated HTXSNV" },
  "functions.demo.sum.good-or-better": { vi: "Số từ HTTNV trở lên", en: "Number rated HTTNV or better" },
  "functions.demo.sum.share": { vi: "Tỷ lệ từ HTTNV trở lên (trên số được xếp loại)", en: "Share rated HTTNV or better (of those rated)" },
  "functions.demo.sum.not-rated": { vi: "Số không xếp loại", en: "Number not rated" },
  "functions.demo.sum.cap-literal": { vi: "Trần 20% HTXSNV (theo văn bản: 20% số HTTNV)", en: "20% HTXSNV cap (literal: 20% of HTTNV)" },
  "functions.demo.sum.cap-practice": { vi: "Trần 20% HTXSNV (theo thực tế: 20% số HTTNV trở lên)", en: "20% HTXSNV cap (practice: 20% of HTTNV or better)" },
  "functions.demo.sum.judge-share": { vi: "Chỉ tiêu “từ 90% trở lên” hoàn thành tốt nhiệm vụ", en: "Target “từ 90% trở lên” rated HTTNV or better" },
} satisfies MessageTable;
