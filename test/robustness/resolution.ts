/** A small resolution with a few targets the sample data can answer. */
export const RESOLUTION = [
  "NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ",
  "II. CÁC CHỈ TIÊU CHỦ YẾU",
  "1. Hằng năm có 100% đảng viên được học tập, quán triệt nghị quyết.",
  "2. Hằng năm có từ 90% đảng viên trở lên được xếp loại hoàn thành tốt nhiệm vụ trở lên.",
  "3. Có từ 80% tổ chức cơ sở đảng trở lên được xếp loại hoàn thành tốt nhiệm vụ trở lên.",
  "4. Hằng năm có từ 30% đảng viên trở lên được kiểm tra, giám sát.",
  "III. NHIỆM VỤ VÀ GIẢI PHÁP",
  "",
].join("\n");
