import type { MessageTable } from "../types";

/** Words and phrases shared by every surface. */
export const commonMessages = {
  "app.name": { vi: "Kiểm tra Nghị quyết", en: "Resolution Check" },
  "status.dat": { vi: "Đạt", en: "Met" },
  "status.vuot": { vi: "Vượt", en: "Exceeded" },
  "status.chua-dat": { vi: "Chưa đạt", en: "Not met" },
  "status.thieu-du-lieu": { vi: "Thiếu dữ liệu", en: "Missing data" },
  "status.chua-den-han": { vi: "Chưa đến hạn", en: "Not yet due" },
  "severity.error": { vi: "Lỗi", en: "Error" },
  "severity.warning": { vi: "Cảnh báo", en: "Warning" },
  // The end of a text cut to Excel's limit (src/core/sheet/cell-text.ts); one language, as the writers know none.
  "sheet.text-truncated": { vi: " … [đã cắt bớt: nội dung dài {count} ký tự, quá giới hạn 32.767 ký tự của một ô Excel]", en: " … [cut: the text is {count} characters long, over Excel's limit of 32,767 per cell]" },
} satisfies MessageTable;
