/**
 * The columns of the three input tables: the exact template header, the other ways staff write it,
 * and how the cell is read. The templates, the sample generator and the reader all use this list.
 */

export type TableId = "organisations" | "members" | "unions";

/** How a cell of the column is read. */
export type FieldKind =
  | "text" // free text (NFC, legacy encodings repaired)
  | "count" // whole number ≥ 0; "90%" accepted where `percentOf` names the base
  | "date" // Excel serial day number
  | "yes" // x / Có / 1 / ✓ → true
  | "rating" // xếp loại
  | "reason" // lý do không xếp loại
  | "orgType" // Loại hình
  | "gender"
  | "unionLevel"
  | "qualification"
  | "theory";

export interface FieldSpec {
  /** Field id, as in RecognisedTable.columns. */
  id: string;
  /** Exact header in the template. */
  header: string;
  kind: FieldKind;
  /** A blank cell is an error ("lỗi"); the row is left out. */
  required?: boolean;
  /** A blank cell is worth a warning (the figure is expected). */
  expected?: boolean;
  /** Other headers that mean this column (compared with headerKey). */
  aliases: string[];
  /** Column width in the template (characters). */
  width: number;
  /** For counts that may be typed as a share: the field holding the base ("members"). */
  percentOf?: string;
  /** Drop-down values written in the template. */
  list?: string[];
}

export const ORG_TYPE_VALUES = ["Đảng bộ cơ sở", "Chi bộ cơ sở", "Chi bộ trực thuộc"];
export const RATING_VALUES = ["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ", "Không xếp loại"];
export const GENDER_VALUES = ["Nam", "Nữ"];
export const YES_VALUES = ["x"];
export const REASON_VALUES = ["Miễn sinh hoạt đảng", "Đình chỉ sinh hoạt đảng", "Mới kết nạp dưới 6 tháng", "Khác"];
export const UNION_LEVEL_VALUES = ["Cơ sở", "Trên cơ sở"];
/** Qualification bands of forms 2-, 3-BTCTW as used in the seed resolution (highest degree held). */
export const QUALIFICATION_VALUES = ["Tiến sĩ", "Thạc sĩ", "Đại học", "Cao đẳng", "Trung cấp", "Sơ cấp", "Công nhân kỹ thuật, nhân viên nghiệp vụ", "Sinh viên", "Chưa qua đào tạo"];
export const THEORY_VALUES = ["Cao cấp, cử nhân", "Trung cấp", "Sơ cấp", "Chưa qua đào tạo"];

export const ORG_FIELDS: FieldSpec[] = [
  { id: "name", header: "Tên tổ chức", kind: "text", required: true, width: 34, aliases: ["tên tổ chức đảng", "tên tccsđ", "tccsđ", "tổ chức cơ sở đảng", "tên tổ chức cơ sở đảng", "đơn vị", "tên đơn vị", "tên chi bộ, đảng bộ", "tên đảng bộ, chi bộ", "tên chi, đảng bộ", "tổ chức đảng", "chi bộ, đảng bộ", "đảng bộ, chi bộ"] },
  { id: "type", header: "Loại hình", kind: "orgType", expected: true, width: 18, list: ORG_TYPE_VALUES, aliases: ["loại", "loại hình tổ chức", "loại tổ chức", "loại hình tổ chức đảng"] },
  { id: "parent", header: "Trực thuộc", kind: "text", width: 28, aliases: ["thuộc", "thuộc đảng bộ", "trực thuộc đảng bộ", "đảng bộ cơ sở", "thuộc đảng bộ cơ sở", "cấp trên", "đảng bộ"] },
  { id: "members", header: "Số đảng viên", kind: "count", expected: true, width: 11, aliases: ["số đv", "tổng số đảng viên", "tổng số đv", "tổng số", "số lượng đảng viên", "đảng viên", "tổng đảng viên"] },
  { id: "rating", header: "Xếp loại", kind: "rating", width: 26, list: RATING_VALUES, aliases: ["xl", "xếp loại tổ chức", "xếp loại chất lượng", "xếp loại tccsđ", "xl tccsđ", "kết quả xếp loại", "xếp loại tổ chức đảng", "tự xếp loại", "đánh giá, phân loại", "đánh giá, xếp loại", "mức xếp loại", "mức xếp loại chất lượng"] },
  { id: "admitted", header: "Kết nạp mới", kind: "count", width: 10, aliases: ["kết nạp", "số kết nạp", "kết nạp đảng viên mới", "đảng viên mới kết nạp", "kết nạp đảng viên", "số đảng viên mới kết nạp", "đv mới kết nạp", "kết nạp đv"] },
  { id: "admittedStudents", header: "Kết nạp HSSV", kind: "count", width: 10, aliases: ["kết nạp học sinh, sinh viên", "kết nạp học sinh sinh viên", "trong đó hssv", "hssv", "học sinh, sinh viên được kết nạp", "kết nạp sinh viên"] },
  { id: "admittedPrivateEnterprise", header: "Kết nạp trong DNTN", kind: "count", width: 10, aliases: ["kết nạp dntn", "kết nạp trong doanh nghiệp tư nhân", "kết nạp doanh nghiệp tư nhân", "kết nạp trong doanh nghiệp ngoài nhà nước"] },
  { id: "admittedYouthUnion", header: "Kết nạp đoàn viên", kind: "count", width: 10, aliases: ["kết nạp đoàn viên thanh niên", "kết nạp đoàn viên tncs", "trong đó đoàn viên"] },
  { id: "ratedHTXSNV", header: "ĐV HTXSNV", kind: "count", width: 9, percentOf: "members", aliases: ["đảng viên htxsnv", "số đv htxsnv", "htxsnv", "htxs", "đv htxs", "đảng viên hoàn thành xuất sắc nhiệm vụ", "hoàn thành xuất sắc nhiệm vụ", "đv hoàn thành xuất sắc nhiệm vụ"] },
  { id: "ratedHTTNV", header: "ĐV HTTNV", kind: "count", width: 9, percentOf: "members", aliases: ["đảng viên httnv", "số đv httnv", "httnv", "htt", "đv htt", "đảng viên hoàn thành tốt nhiệm vụ", "hoàn thành tốt nhiệm vụ", "đv hoàn thành tốt nhiệm vụ"] },
  { id: "ratedHTNV", header: "ĐV HTNV", kind: "count", width: 9, percentOf: "members", aliases: ["đảng viên htnv", "số đv htnv", "htnv", "đảng viên hoàn thành nhiệm vụ", "hoàn thành nhiệm vụ", "đv hoàn thành nhiệm vụ"] },
  { id: "ratedKHTNV", header: "ĐV KHTNV", kind: "count", width: 9, percentOf: "members", aliases: ["đảng viên khtnv", "số đv khtnv", "khtnv", "không htnv", "đảng viên không hoàn thành nhiệm vụ", "không hoàn thành nhiệm vụ", "đv không hoàn thành nhiệm vụ"] },
  { id: "ratedNone", header: "ĐV không xếp loại", kind: "count", width: 10, percentOf: "members", aliases: ["đảng viên không xếp loại", "không xếp loại", "chưa xếp loại", "đv chưa xếp loại", "không đánh giá, xếp loại", "đv không đánh giá xếp loại", "miễn, không xếp loại", "đv miễn đánh giá"] },
  { id: "studied", header: "ĐV học tập nghị quyết", kind: "count", width: 11, percentOf: "members", aliases: ["đảng viên học tập nghị quyết", "học tập nghị quyết", "học tập nq", "đv học tập nq", "đv được học tập nghị quyết", "số đv học tập nghị quyết", "đv được quán triệt", "quán triệt, học tập"] },
  { id: "committed", header: "ĐV cam kết", kind: "count", width: 10, percentOf: "members", aliases: ["đảng viên cam kết", "cam kết", "số đv cam kết", "đv ký cam kết", "ký cam kết", "đv đăng ký cam kết"] },
  { id: "exemplars", header: "Gương điển hình", kind: "count", width: 10, aliases: ["số gương điển hình", "gương điển hình tiên tiến", "điển hình", "gương điển hình học tập và làm theo"] },
  { id: "membersInspected", header: "ĐV được kiểm tra", kind: "count", width: 10, percentOf: "members", aliases: ["đảng viên được kiểm tra", "số đv được kiểm tra", "kiểm tra đảng viên", "đv được kiểm tra, giám sát", "đảng viên được kiểm tra, giám sát", "đv kiểm tra"] },
  { id: "subBranches", header: "Số chi bộ trực thuộc", kind: "count", width: 10, aliases: ["chi bộ trực thuộc", "số chi bộ", "số cbtt", "cbtt"] },
  { id: "subBranchesInspected", header: "Chi bộ TT được kiểm tra", kind: "count", width: 11, aliases: ["chi bộ trực thuộc được kiểm tra", "số chi bộ được kiểm tra", "chi bộ được kiểm tra", "cbtt được kiểm tra", "chi bộ trực thuộc được kiểm tra, giám sát"] },
  { id: "inspected", header: "Được kiểm tra, giám sát", kind: "yes", width: 11, list: YES_VALUES, aliases: ["được kiểm tra", "tổ chức được kiểm tra", "kiểm tra, giám sát", "được giám sát", "kiểm tra theo điều 30"] },
  { id: "modelsRegistered", header: "Mô hình đăng ký", kind: "count", width: 10, aliases: ["số mô hình đăng ký", "mô hình", "số mô hình", "mô hình, sáng kiến", "mô hình đăng ký xây dựng"] },
  { id: "modelsPassed", header: "Mô hình đạt", kind: "count", width: 10, aliases: ["số mô hình đạt", "mô hình được đánh giá đạt", "mô hình được công nhận"] },
  { id: "danVanKheo", header: "Dân vận khéo", kind: "count", width: 10, aliases: ["mô hình dân vận khéo", "số mô hình dân vận khéo", "dvk"] },
  { id: "democracyGood", header: "Thực hiện tốt QCDC", kind: "yes", width: 11, list: YES_VALUES, aliases: ["thực hiện tốt quy chế dân chủ", "quy chế dân chủ", "qcdc", "thực hiện qcdc tốt"] },
  { id: "professionalTasksDone", header: "Hoàn thành NV chuyên môn", kind: "yes", width: 12, list: YES_VALUES, aliases: ["hoàn thành nhiệm vụ chuyên môn", "hoàn thành chỉ tiêu nhiệm vụ chuyên môn", "nhiệm vụ chuyên môn", "hoàn thành nv chuyên môn"] },
];

export const MEMBER_FIELDS: FieldSpec[] = [
  { id: "name", header: "Họ và tên", kind: "text", required: true, width: 26, aliases: ["họ tên", "họ và tên đảng viên", "tên đảng viên", "họ, tên", "họ và tên khai sinh"] },
  { id: "birth", header: "Ngày sinh", kind: "date", expected: true, width: 12, aliases: ["ngày tháng năm sinh", "ngày, tháng, năm sinh", "năm sinh", "sinh ngày", "ngày sinh (dd/mm/yyyy)"] },
  { id: "gender", header: "Giới tính", kind: "gender", width: 9, list: GENDER_VALUES, aliases: ["gt", "nam/nữ", "nam, nữ", "phái"] },
  { id: "org", header: "Tổ chức", kind: "text", required: true, width: 30, aliases: ["tổ chức cơ sở đảng", "tccsđ", "tên tccsđ", "đảng bộ, chi bộ cơ sở", "đảng bộ cơ sở", "đơn vị", "tổ chức đảng", "sinh hoạt tại", "tên tổ chức", "đảng bộ/chi bộ cơ sở", "chi, đảng bộ cơ sở"] },
  { id: "branch", header: "Chi bộ", kind: "text", width: 24, aliases: ["chi bộ trực thuộc", "chi bộ sinh hoạt", "tên chi bộ"] },
  { id: "admission", header: "Ngày vào Đảng", kind: "date", expected: true, width: 12, aliases: ["ngày kết nạp", "ngày vào đảng (kết nạp)", "ngày kết nạp đảng", "vào đảng", "ngày vào đảng dự bị"] },
  { id: "official", header: "Ngày chính thức", kind: "date", width: 12, aliases: ["ngày công nhận chính thức", "ngày đảng viên chính thức", "chính thức", "ngày được công nhận chính thức", "ngày chuyển chính thức"] },
  { id: "qualification", header: "Trình độ chuyên môn", kind: "qualification", width: 18, list: QUALIFICATION_VALUES, aliases: ["chuyên môn", "trình độ chuyên môn, nghiệp vụ", "chuyên môn nghiệp vụ", "cmnv", "trình độ cmnv", "trình độ"] },
  { id: "politicalTheory", header: "Lý luận chính trị", kind: "theory", width: 16, list: THEORY_VALUES, aliases: ["llct", "trình độ llct", "trình độ lý luận chính trị", "chính trị", "lý luận"] },
  { id: "student", header: "Học sinh, sinh viên", kind: "yes", width: 10, list: YES_VALUES, aliases: ["hssv", "học sinh sinh viên", "là hssv", "sinh viên", "học sinh/sinh viên"] },
  { id: "privateEnterprise", header: "Trong DNTN", kind: "yes", width: 10, list: YES_VALUES, aliases: ["dntn", "doanh nghiệp tư nhân", "trong doanh nghiệp tư nhân", "làm việc trong dntn", "chủ doanh nghiệp tư nhân"] },
  { id: "youthUnion", header: "Đoàn viên", kind: "yes", width: 9, list: YES_VALUES, aliases: ["đoàn viên tncs", "là đoàn viên", "đoàn viên thanh niên", "đoàn viên tncs hồ chí minh"] },
  { id: "rating", header: "Xếp loại", kind: "rating", expected: true, width: 26, list: RATING_VALUES, aliases: ["xl", "xếp loại đảng viên", "xếp loại chất lượng", "kết quả xếp loại", "xếp loại chất lượng đảng viên", "phân loại", "đánh giá, xếp loại", "đánh giá, phân loại", "mức xếp loại", "mức xếp loại chất lượng", "phân loại đảng viên", "kết quả đánh giá, xếp loại"] },
  { id: "notRatedReason", header: "Lý do không xếp loại", kind: "reason", width: 22, list: REASON_VALUES, aliases: ["lý do", "lý do không đánh giá", "lý do chưa xếp loại", "không xếp loại (lý do)", "lý do không xl"] },
  { id: "inspected", header: "Được kiểm tra", kind: "yes", width: 10, list: YES_VALUES, aliases: ["kiểm tra", "được kiểm tra, giám sát", "kiểm tra, giám sát", "đã được kiểm tra"] },
  { id: "studied", header: "Học tập nghị quyết", kind: "yes", width: 10, list: YES_VALUES, aliases: ["học tập nq", "đã học tập nghị quyết", "học tập, quán triệt", "quán triệt nghị quyết", "học nghị quyết"] },
  { id: "committed", header: "Cam kết", kind: "yes", width: 9, list: YES_VALUES, aliases: ["ký cam kết", "đã cam kết", "cam kết tu dưỡng", "đăng ký cam kết"] },
];

export const UNION_FIELDS: FieldSpec[] = [
  { id: "name", header: "Tên đoàn thể", kind: "text", required: true, width: 36, aliases: ["đoàn thể", "tên tổ chức đoàn thể", "tổ chức đoàn thể", "tên đoàn thể, tổ chức chính trị - xã hội", "tên tổ chức chính trị - xã hội"] },
  { id: "level", header: "Cấp", kind: "unionLevel", expected: true, width: 14, list: UNION_LEVEL_VALUES, aliases: ["cấp đoàn thể", "cấp tổ chức", "cấp hoạt động"] },
  { id: "rating", header: "Xếp loại", kind: "rating", expected: true, width: 26, list: RATING_VALUES, aliases: ["xl", "kết quả xếp loại", "xếp loại chất lượng", "đánh giá, xếp loại", "đánh giá, phân loại", "mức xếp loại"] },
];

export const TABLE_FIELDS: Record<TableId, FieldSpec[]> = { organisations: ORG_FIELDS, members: MEMBER_FIELDS, unions: UNION_FIELDS };

/** Default sheet names of the templates. */
export const TABLE_SHEET_NAMES: Record<TableId, string> = { organisations: "Tổ chức", members: "Đảng viên", unions: "Đoàn thể" };
