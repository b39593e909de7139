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
} satisfies MessageTable;
