/**
 * Word lists of the reader, on folded keys (no diacritics, lower case: "đảng viên" → "dang vien").
 * Folding also absorbs the usual OCR confusions ("Phần đầu"/"Phấn đấu" both fold to "phan dau").
 */

/** Words right before a number that make it a reference, not a goal ("Điều 30", "số 28", "khóa 12"). */
export const REFERENCE_BEFORE =
  /(?:^|\s)(?:(?<!con )so|dieu|khoan|khoa|thu|ngay|thang|nam|quy|tuan|trung uong|hoi nghi|muc|diem|bieu|mau|chuong|phu luc|cap do|muc do|tuoi|lan|(?<!bien |quoc |van )phong|duong|quoc lo|tinh lo|nghi dinh|thong tu|luat|mau so|bieu so|ma so|tai khoan|so hieu|huy hieu|covid|hang|dot|dai hoi|phuong|(?<!co )quan|khu pho|to dan pho|khu dan cu|ap|thon|xom|lien to|khom|buon|tr|sang|chieu|trua)\s*$|\[\s*$/;

/** "Nghị quyết 21 của …", "Chỉ thị 05 về …", "Kết luận 21-KL/TW": a document's number (not "(nghị quyết 600 đảng viên)"). */
export const DOCUMENT_NUMBER = /(?:^|\s)(?:nghi quyet|chi thi|ket luan|quyet dinh|cong van|ke hoach|thong bao|huong dan)(?: so)?\s*$/;

/**
 * Words right after a number that make it a duration, an ordinal or a count that is not a goal; also the
 * names of movements and titles ("chi bộ 4 tốt", "gia đình 5 không 3 sạch").
 */
export const NON_GOAL_AFTER =
  /^\s*(?:nam|thang|ngay|tuan|quy|lan|gio|phut|tuoi|dieu|buoc|ky|khoa|nhiem ky|giai doan|dot|chuyen de|chuong|tieu chi|cap|trang|muc|noi dung|tot|sach|chi tieu|nhiem vu|nhiem|khau|dot pha|giai phap|nhom|quan diem|linh vuc|muc tieu|mat(?! hang)|buoi|dai bieu)(?![a-z])/;

/** Operator words read just before the number. Order: longest first. */
export const OP_BEFORE: Array<[RegExp, ">=" | ">" | "<=" | "<" | "="]> = [
  // Symbols typed in tables and short lists: "≤ 2%", ">= 90%".
  [/(?:>=|≥|=>)\s*$/, ">="],
  [/(?:<=|≤|=<)\s*$/, "<="],
  [/(?:^|[^<>=])>\s*$/, ">"],
  [/(?:^|[^<>=])<\s*$/, "<"],
  [/(?:khong vuot qua|khong qua|toi da|nhieu nhat|khong cao hon)\s*$/, "<="],
  [/(?:khong duoi|khong it hon|it nhat|toi thieu|tu|dat tu|tren hoac bang)\s*$/, ">="],
  [/(?:cao hon|nhieu hon|vuot|tren|(?<![a-z])(?<!it )hon)\s*$/, ">"],
  [/(?:thap hon|it hon|duoi)\s*$/, "<"],
  // "giảm (xuống) còn 7%", "hạ xuống còn 2%": a level to get down to.
  [/(?:giam|ha|xuong)(?:\s+xuong)?\s+con\s*$/, "<="],
];

/** Predicate words: a clause part that has one of these says what happens to its subject. */
export const PREDICATE =
  /(?:^|\s)(?:duoc|dat|hoan thanh|thuc hien|xay dung|dang ky|cam ket|kiem tra|giam sat|ket nap|tham gia|quan triet|hoc tap|xu ly|cung cap|trao doi|phai|khong|co san pham|duy tri|ap dung|su dung|tro thanh|giam|tang)(?![a-z])/;

/** Where a subject noun phrase stops. */
export const SUBJECT_STOP =
  /(?:^|\s)(?:duoc|dat|hoan thanh|thuc hien|xay dung|dang ky|cam ket|kiem tra|giam sat|ket nap|tham gia|quan triet|hoc tap|nghiem tuc|khi|phai|tro len|tro xuong|theo|so voi|den nam|hang nam|trong|co san pham|duy tri|khong|(?<!chuyen |van |chu )de(?! tai| an| xuat| nghi| ra)|nham|sinh hoat|tai|o co so|thuoc dien|xep loai|moi (?:nam|quy|thang|ky|nhiem ky|dot))(?![a-z])|[;:(“"”≤≥<>=]|\d/;

/** Goal markers required when there is no targets section (the whole text is read). */
export const GOAL_MARKER = /(?:^|\s)(?:phan dau|chi tieu|it nhat|toi thieu|tro len|khong duoi|khong qua|toi da)(?![a-z])/;

/** Measurement units that make a number a quantity rather than a count. */
export const QUANTITY_UNIT = /^\s*(ty dong|trieu dong|nghin dong|ty\.\s?d(?:ong)?|ty d|tr\.\s?d|trd|trieu(?: ty| tan| usd| dong)?|ty(?! le)|dong(?! chi)|usd|ha|hecta|km|m2|m3|tan|kg|kw|mw|kwh|lit)(?![a-z])/;

/** Nouns counted in targets (longest first), to name a count's unit. */
export const COUNT_UNITS = [
  "to chuc co so dang", "dang vien moi", "dang vien", "guong dien hinh", "mo hinh", "to chuc dang", "chi bo co so",
  "dang bo co so", "chi bo", "dang bo", "doan the", "to chuc doan the", "quan chung", "can bo", "hoc vien", "doanh nghiep",
  "co quan", "don vi", "san pham", "sang kien", "cong trinh", "de tai", "hoi vien", "doan vien", "nguoi",
];

/** Bodies that can be rated as a whole ("Đảng bộ Khối", "Ban Thường vụ", "đoàn thể cấp trên cơ sở"). */
export const BODY_START =
  /^(?:toan\s+)?(?:dang bo|dang uy|ban thuong vu|ban chap hanh|chi bo|doan the cap tren|cong doan|doan thanh nien|doan tncs|hoi cuu chien binh|hoi phu nu|hoi lien hiep phu nu|hoi nong dan|mat tran to quoc|uy ban mat tran|mttq|(?:cac|tat ca cac) doan the|cap uy|tap the ban|uy ban kiem tra)(?![a-z])/;

/** A rating phrase: "(từ) hoàn thành (xuất sắc|tốt) nhiệm vụ (trở lên)", or the abbreviations. */
export const RATING_PHRASE =
  /(khong\s+)?(?:hoan thanh|ht)\s+(?:(xuat sac|tot)\s+)?(?:nhiem vu|nv)(?![a-z])(?!\s+(?:chuyen mon|chinh tri|duoc giao|cong tac|trong tam|ke hoach|san xuat))|(?:^|\s)(htxsnv|httnv|htnv|khtnv)(?![a-z])/;

export const PERIOD_YEAR = /(?:hang nam|moi nam|\/ ?nam|trong nam|ca nam|tung nam)(?![a-z])/g;
export const PERIOD_TERM = /(?:nhiem ky|giai doan|ca nhiem ky|5 nam)(?![a-z])/g;
export const DEADLINE = /(?:den|toi|truoc|vao)(?:\s+(?:het|cuoi))?(?:\s+nam)?\s+((?:19|20)\d{2})(?![\d\s]*[-–]\s*\d)/g;

/** Subject words by category, used by the binding. */
export const SUBJECT_UNION = /(?:doan the|cong doan|doan thanh nien|doan tncs|hoi cuu chien binh|hoi phu nu|hoi lien hiep phu nu|hoi nong dan|mat tran to quoc|uy ban mat tran|mttq)/;
export const SUBJECT_BRANCH = /chi bo truc thuoc/;
export const SUBJECT_ORG = /(?:to chuc co so dang|tccsd|co so dang|dang bo co so|chi bo co so|to chuc dang|chi bo, dang bo)/;
export const SUBJECT_MEMBER = /dang vien/;
