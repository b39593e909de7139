/** Word lists for the sample workbook: provincial agencies of a Đảng bộ Khối, departments, people's names. */

export const AGENCIES_DANG_BO = [
  "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Xây dựng", "Sở Giao thông vận tải", "Sở Nông nghiệp và Phát triển nông thôn",
  "Sở Tài nguyên và Môi trường", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Công Thương", "Sở Văn hóa, Thể thao và Du lịch",
  "Sở Lao động - Thương binh và Xã hội", "Sở Nội vụ", "Sở Tư pháp", "Sở Khoa học và Công nghệ", "Sở Thông tin và Truyền thông",
  "Văn phòng UBND tỉnh", "Văn phòng Tỉnh ủy", "Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Thanh tra tỉnh", "Ban Quản lý các khu công nghiệp",
  "Đài Phát thanh - Truyền hình tỉnh", "Báo tỉnh", "Trường Chính trị tỉnh", "Trường Cao đẳng Y tế", "Trường Cao đẳng Sư phạm",
  "Bệnh viện Đa khoa tỉnh", "Bệnh viện Nhi tỉnh", "Bệnh viện Y học cổ truyền", "Trung tâm Kiểm soát bệnh tật", "Ban Quản lý dự án đầu tư xây dựng",
  "Quỹ Đầu tư phát triển", "Cơ quan Ban Tổ chức Tỉnh ủy", "Cơ quan Ban Tuyên giáo Tỉnh ủy", "Trường Cao đẳng Nghề",
];

export const AGENCIES_CHI_BO = [
  "Ban Dân tộc", "Sở Ngoại vụ", "Liên minh Hợp tác xã", "Hội Nông dân tỉnh", "Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh",
  "Hội Cựu chiến binh tỉnh", "Cơ quan Ủy ban MTTQ tỉnh", "Liên đoàn Lao động tỉnh", "Liên hiệp các Hội Khoa học và Kỹ thuật",
  "Hội Chữ thập đỏ tỉnh", "Hội Văn học Nghệ thuật", "Hội Nhà báo tỉnh", "Hội Luật gia tỉnh", "Cơ quan Ban Dân vận Tỉnh ủy",
  "Cơ quan Ban Nội chính Tỉnh ủy", "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch", "Trung tâm Công nghệ thông tin",
  "Chi cục Kiểm lâm", "Chi cục Thủy lợi", "Chi cục Chăn nuôi và Thú y", "Chi cục Quản lý đất đai", "Thư viện tỉnh", "Bảo tàng tỉnh",
  "Trung tâm Văn hóa tỉnh", "Trung tâm Bảo trợ xã hội", "Trung tâm Dịch vụ việc làm", "Quỹ Bảo vệ và Phát triển rừng",
  "Ban Quản lý rừng phòng hộ", "Vườn quốc gia", "Trung tâm Phát triển quỹ đất", "Ban Bảo vệ, chăm sóc sức khỏe cán bộ",
  "Hội Người cao tuổi tỉnh", "Liên hiệp các tổ chức hữu nghị",
];

export const DEPARTMENTS = [
  "Văn phòng", "Phòng Kế hoạch - Tài chính", "Phòng Tổ chức cán bộ", "Thanh tra", "Phòng Quản lý chuyên ngành",
  "Trung tâm Dịch vụ", "Phòng Nghiệp vụ 1", "Phòng Nghiệp vụ 2", "Phòng Pháp chế", "Khối Sự nghiệp",
];

export const FAMILY = ["Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Mai"];
export const MIDDLE_MALE = ["Văn", "Hữu", "Đức", "Minh", "Quốc", "Công", "Thanh", "Xuân", "Đình", "Quang", "Tiến", "Trọng"];
export const MIDDLE_FEMALE = ["Thị", "Thị", "Ngọc", "Thu", "Thanh", "Thị Thu", "Thị Minh", "Hồng", "Kim", "Thùy", "Mỹ", "Bích"];
export const GIVEN_MALE = ["An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu", "Hoàng", "Hùng", "Huy", "Khánh", "Khoa", "Kiên", "Long", "Lộc", "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Quang", "Sơn", "Tài", "Thắng", "Thành", "Thịnh", "Toàn", "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Vũ"];
export const GIVEN_FEMALE = ["Anh", "Châu", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hồng", "Huệ", "Hương", "Lan", "Liên", "Linh", "Loan", "Mai", "Nga", "Ngân", "Nhung", "Oanh", "Phương", "Quyên", "Tâm", "Thảo", "Thủy", "Trang", "Trinh", "Tuyết", "Uyên", "Vân", "Xuân", "Yến"];
