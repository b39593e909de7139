import type { MessageTable } from "../types";

/** Messages of the data area. Issue messages use the key "issue.<CODE>". */
export const dataMessages = {
  // ---------------------------------------------------------------- rating labels
  "data.rating.HTXSNV": { vi: "Hoàn thành xuất sắc nhiệm vụ", en: "Completed tasks excellently" },
  "data.rating.HTTNV": { vi: "Hoàn thành tốt nhiệm vụ", en: "Completed tasks well" },
  "data.rating.HTNV": { vi: "Hoàn thành nhiệm vụ", en: "Completed tasks" },
  "data.rating.KHTNV": { vi: "Không hoàn thành nhiệm vụ", en: "Did not complete tasks" },
  "data.rating.notRated.mien": { vi: "Miễn sinh hoạt đảng", en: "Exempted from party activities" },
  "data.rating.notRated.dinh-chi": { vi: "Đình chỉ sinh hoạt đảng", en: "Suspended from party activities" },
  "data.rating.notRated.moi-ket-nap": { vi: "Mới kết nạp dưới 6 tháng", en: "Admitted less than 6 months ago" },
  "data.rating.notRated.thanh-lap-moi": { vi: "Mới thành lập", en: "Newly founded" },
  "data.rating.notRated.khac": { vi: "Không xếp loại (lý do khác)", en: "Not rated (other reason)" },

  // ---------------------------------------------------------------- issues: tables and columns
  "issue.NO_DATA_TABLE": {
    vi: "Không tìm thấy bảng dữ liệu nào (tổ chức, đảng viên, đoàn thể). Bảng cần một dòng tiêu đề có cột \"Tên tổ chức\", \"Họ và tên\" hoặc \"Tên đoàn thể\"; có thể tạo mẫu bằng \"Tạo mẫu nhập liệu\".",
    en: "No data table found (organisations, members, unions). A table needs a header row with a \"Tên tổ chức\", \"Họ và tên\" or \"Tên đoàn thể\" column; use \"Create input templates\" to get one.",
  },
  "issue.COLUMN_MISSING": { vi: "Bảng thiếu cột \"{column}\".", en: "The table has no \"{column}\" column." },
  "issue.LEGACY_ENCODING": {
    vi: "{count} ô gõ bằng bảng mã cũ {encoding} đã được đọc lại thành Unicode (ô đầu tiên ở đây). Nên chuyển mã cả bảng sang Unicode (Unikey Toolkit).",
    en: "{count} cells typed in the old {encoding} encoding were read back as Unicode (first one here). Convert the table to Unicode (Unikey Toolkit).",
  },
  "issue.RATING_LEGACY": {
    vi: "{count} ô dùng cách xếp loại trước năm 2018 (ví dụ \"{value}\", gần nhất với {suggestion}); các ô này không được tính. Hãy ghi theo 4 mức hiện hành hoặc ghi đúng năm xếp loại.",
    en: "{count} cells use the pre-2018 rating words (e.g. \"{value}\", closest to {suggestion}); they are not counted. Use the four current levels or set the rating year.",
  },
  "issue.ROWS_EXCLUDED": {
    vi: "Đã để riêng {count} dòng có lỗi của bảng \"{table}\"; phần kiểm tra tiếp tục với các dòng hợp lệ.",
    en: "{count} rows with errors in the \"{table}\" table were left out; the check goes on with the valid rows.",
  },

  // ---------------------------------------------------------------- issues: cells
  "issue.REQUIRED_EMPTY": { vi: "Ô \"{column}\" bắt buộc nhưng đang để trống.", en: "The required \"{column}\" cell is empty." },
  "issue.EXPECTED_EMPTY": { vi: "Ô \"{column}\" đang để trống.", en: "The \"{column}\" cell is empty." },
  "issue.LIST_UNKNOWN": { vi: "Giá trị \"{value}\" không thuộc danh sách cho phép của cột \"{column}\".", en: "\"{value}\" is not an allowed value of the \"{column}\" column." },
  "issue.NUMBER_INVALID": { vi: "\"{value}\" ở cột \"{column}\" không đọc được thành số.", en: "\"{value}\" in the \"{column}\" column is not a number." },
  "issue.NUMBER_NEGATIVE": { vi: "Cột \"{column}\" có số âm ({value}).", en: "The \"{column}\" column has a negative number ({value})." },
  "issue.NUMBER_NOT_INTEGER": { vi: "Cột \"{column}\" là số lượng nhưng có số lẻ ({value}).", en: "The \"{column}\" column is a count but has a fraction ({value})." },
  "issue.PERCENT_OVER_100": { vi: "Tỷ lệ ở cột \"{column}\" vượt quá 100% ({value}).", en: "The share in the \"{column}\" column is over 100% ({value})." },
  "issue.SHARE_CONVERTED": {
    vi: "Cột \"{column}\" ghi tỷ lệ {value}; đã quy ra {count} người trên {members} đảng viên. Nên ghi số người.",
    en: "The \"{column}\" column holds a share ({value}); read as {count} people of {members} members. Type the number of people instead.",
  },
  "issue.DATE_INVALID": { vi: "\"{value}\" ở cột \"{column}\" không phải ngày hợp lệ (ghi dạng ngày/tháng/năm, ví dụ 30/04/2008).", en: "\"{value}\" in the \"{column}\" column is not a valid date (write day/month/year, e.g. 30/04/2008)." },
  "issue.DATE_FUTURE": { vi: "Ngày \"{value}\" ở cột \"{column}\" nằm sau ngày hôm nay.", en: "The date \"{value}\" in the \"{column}\" column is after today." },
  "issue.DATE_YEAR_ONLY": { vi: "Cột \"{column}\" chỉ ghi năm hoặc tháng/năm (\"{value}\"); đã lấy ngày đầu kỳ, các phép so ngày có thể lệch.", en: "The \"{column}\" column gives only a year or month/year (\"{value}\"); the first day was used, so date checks may be off." },
  "issue.NOT_RATED_CONFLICT": { vi: "Đảng viên đã có xếp loại nhưng vẫn ghi lý do không xếp loại (\"{value}\"); đã giữ xếp loại.", en: "The member has a rating and also a reason for not being rated (\"{value}\"); the rating was kept." },

  // ---------------------------------------------------------------- issues: rows and tables
  "issue.DUPLICATE_ORG": { vi: "Tổ chức \"{name}\" xuất hiện lần thứ hai (lần đầu ở dòng {first}).", en: "The organisation \"{name}\" appears a second time (first at row {first})." },
  "issue.DUPLICATE_MEMBER": { vi: "Đảng viên \"{name}\" trùng họ tên và ngày sinh với dòng {first} trong cùng tổ chức.", en: "The member \"{name}\" has the same name and birth date as row {first} in the same organisation." },
  "issue.MEMBER_IN_TWO_ORGS": {
    vi: "Đảng viên \"{name}\" ({org}) trùng họ tên và ngày sinh với dòng {row} của sheet \"{sheet}\" ({other}). Mỗi đảng viên chỉ sinh hoạt ở một tổ chức: nếu đã chuyển sinh hoạt, hãy xóa dòng ở tổ chức cũ; nếu là hai người khác nhau, hãy kiểm tra lại ngày sinh. Dòng sau được để riêng để không tính hai lần.",
    en: "The member \"{name}\" ({org}) has the same name and birth date as row {row} of the \"{sheet}\" sheet ({other}). A member belongs to one organisation: if they moved, delete the row of the old one; if they are two people, check the birth dates. The later row is left out so that no one is counted twice.",
  },
  "issue.DUPLICATE_UNION": { vi: "Đoàn thể \"{name}\" xuất hiện lần thứ hai (lần đầu ở dòng {first}).", en: "The union \"{name}\" appears a second time (first at row {first})." },
  "issue.MEMBER_ORG_UNKNOWN": { vi: "Tổ chức \"{org}\" của {count} đảng viên không có trong bảng \"Tổ chức\".", en: "The organisation \"{org}\" of {count} members is not in the \"Tổ chức\" table." },
  "issue.PARENT_MISSING": { vi: "Chi bộ trực thuộc \"{name}\" ghi trực thuộc \"{parent}\", nhưng không có đảng bộ cơ sở này trong bảng.", en: "The chi bộ trực thuộc \"{name}\" belongs to \"{parent}\", which is not a đảng bộ cơ sở in the table." },
  "issue.RATING_SUM_MISMATCH": { vi: "\"{name}\": số đảng viên theo xếp loại cộng không xếp loại bằng {sum}, khác \"Số đảng viên\" ({members}).", en: "\"{name}\": members by rating plus not rated add up to {sum}, not \"Số đảng viên\" ({members})." },
  "issue.MEMBER_COUNT_MISMATCH": { vi: "\"{name}\": danh sách có {count} đảng viên, khác \"Số đảng viên\" ({members}).", en: "\"{name}\": the member list has {count} members, not \"Số đảng viên\" ({members})." },
  "issue.INSPECTED_OVER_TOTAL": { vi: "\"{name}\": \"{column}\" ({part}) lớn hơn \"{totalColumn}\" ({total}).", en: "\"{name}\": \"{column}\" ({part}) is more than \"{totalColumn}\" ({total})." },
  "issue.STUDENTS_OVER_ADMITTED": { vi: "\"{name}\": \"{column}\" ({part}) lớn hơn \"{totalColumn}\" ({total}).", en: "\"{name}\": \"{column}\" ({part}) is more than \"{totalColumn}\" ({total})." },
  "issue.PART_OVER_TOTAL": { vi: "\"{name}\": \"{column}\" ({part}) lớn hơn \"{totalColumn}\" ({total}).", en: "\"{name}\": \"{column}\" ({part}) is more than \"{totalColumn}\" ({total})." },
  "issue.EXCELLENT_CAP": {
    vi: "\"{name}\": {count} đảng viên HTXSNV, vượt trần {share}% × {baseCount} ({base}) = {limit}, tức là tối đa {cap} đảng viên HTXSNV ({year}; nguồn: bảng \"{source}\").",
    en: "\"{name}\": {count} members rated HTXSNV, over the cap {share}% × {baseCount} ({base}) = {limit}, i.e. at most {cap} rated HTXSNV ({year}; from the \"{source}\" table).",
  },
  "issue.EXCELLENT_CAP_ORGS": {
    vi: "Nhóm {group}: {count} tổ chức HTXSNV, vượt trần {share}% × {baseCount} ({base}) = {limit}, tức là tối đa {cap} tổ chức HTXSNV ({year}).",
    en: "Group {group}: {count} organisations rated HTXSNV, over the cap {share}% × {baseCount} ({base}) = {limit}, i.e. at most {cap} rated HTXSNV ({year}).",
  },
  "data.cap.year": { vi: "năm xếp loại {year}", en: "rating year {year}" },
  "data.cap.no-year": {
    vi: "chưa ghi năm xếp loại nên áp dụng quy định hiện hành; ghi \"Năm xếp loại\" ở ô B2 sheet Tổ chức nếu là năm trước 2018",
    en: "no rating year given, so the current rules apply; put the \"Năm xếp loại\" in cell B2 of the Tổ chức sheet if it is before 2018",
  },
  "issue.ADMISSION_BEFORE_BIRTH": { vi: "\"{name}\": ngày vào Đảng không sau ngày sinh (có thể nhầm cột).", en: "\"{name}\": the admission date is not after the birth date (columns swapped?)." },
  "issue.ADMISSION_UNDER_18": { vi: "\"{name}\": vào Đảng khi chưa đủ 18 tuổi (khoảng {age} tuổi).", en: "\"{name}\": admitted before turning 18 (about {age})." },
  "issue.OFFICIAL_BEFORE_ADMISSION": { vi: "\"{name}\": ngày chính thức trước ngày vào Đảng.", en: "\"{name}\": the full-membership date is before the admission date." },
  "issue.PROBATION_OVERDUE": { vi: "\"{name}\": đã vào Đảng {months} tháng mà chưa có ngày chính thức (dự bị quá 12 tháng).", en: "\"{name}\": admitted {months} months ago with no full-membership date (probation over 12 months)." },
  "issue.ADMISSION_OVER_60": { vi: "\"{name}\": kết nạp khi trên 60 tuổi (khoảng {age} tuổi); chỉ được kết nạp khi đủ điều kiện đặc biệt.", en: "\"{name}\": admitted over 60 (about {age}); allowed only under special conditions." },

  // ---------------------------------------------------------------- templates
  "data.template.org.title": { vi: "DANH SÁCH TỔ CHỨC CƠ SỞ ĐẢNG VÀ CHI BỘ TRỰC THUỘC", en: "GRASSROOTS PARTY ORGANISATIONS AND AFFILIATED CELLS" },
  "data.template.org.hint": {
    vi: "Mỗi dòng một tổ chức cơ sở đảng hoặc chi bộ trực thuộc. Chọn Loại hình, Xếp loại từ danh sách; chi bộ trực thuộc ghi tên đảng bộ cơ sở ở cột Trực thuộc. Các cột số ghi số người (không ghi %); cột có/không đánh \"x\".",
    en: "One row per grassroots organisation or affiliated cell. Pick Loại hình and Xếp loại from the list; for a chi bộ trực thuộc put its đảng bộ cơ sở in Trực thuộc. Number columns hold numbers of people (not %); yes/no columns take \"x\".",
  },
  "data.template.member.title": { vi: "DANH SÁCH ĐẢNG VIÊN", en: "PARTY MEMBERS" },
  "data.template.member.hint": {
    vi: "Mỗi dòng một đảng viên. Ngày ghi dạng ngày/tháng/năm. Tổ chức ghi đúng tên trong sheet \"Tổ chức\". Không xếp loại thì để trống Xếp loại và chọn Lý do. Cột có/không đánh \"x\".",
    en: "One row per member. Dates as day/month/year. Tổ chức must match a name on the \"Tổ chức\" sheet. If not rated, leave Xếp loại empty and pick a reason. Yes/no columns take \"x\".",
  },
  "data.template.union.title": { vi: "DANH SÁCH ĐOÀN THỂ", en: "UNIONS" },
  "data.template.union.hint": {
    vi: "Mỗi dòng một đoàn thể (Công đoàn, Đoàn Thanh niên, Hội Cựu chiến binh, Hội Phụ nữ…). Cấp: \"Trên cơ sở\" cho đoàn thể trực thuộc cấp ủy, \"Cơ sở\" cho đoàn thể cơ sở.",
    en: "One row per union (trade union, youth union, veterans, women…). Cấp: \"Trên cơ sở\" for unions directly under the committee, \"Cơ sở\" for grassroots ones.",
  },
  "data.template.yearLabel": { vi: "Năm xếp loại:", en: "Rating year:" },
  "data.template.committeeLabel": { vi: "Xếp loại Đảng bộ:", en: "Committee rating:" },
  "data.template.listError": { vi: "Chọn một giá trị trong danh sách.", en: "Pick a value from the list." },
  "data.template.numberError": { vi: "Nhập số nguyên không âm (số người), không nhập %.", en: "Enter a whole number of people (not a %)." },
  "data.template.dateError": { vi: "Nhập ngày dạng ngày/tháng/năm.", en: "Enter a date as day/month/year." },
  "data.template.yesPrompt": { vi: "Đánh \"x\" nếu có, để trống nếu không.", en: "Type \"x\" for yes, leave empty for no." },

  // ---------------------------------------------------------------- xlsx files
  "data.xlsx.not-xlsx": { vi: "Tệp \"{file}\" không phải tệp Excel .xlsx. Hãy chọn tệp .xlsx có các sheet dữ liệu (tệp khác thì mở bằng Excel và lưu lại dạng .xlsx).", en: "\"{file}\" is not an Excel .xlsx file. Choose the .xlsx file with the data sheets (open any other file in Excel and save it as .xlsx)." },
  "data.xlsx.encrypted": { vi: "Tệp \"{file}\" được đặt mật khẩu. Hãy mở bằng Excel, gỡ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi thử lại.", en: "\"{file}\" is password-protected. Open it in Excel, remove the password (File > Info > Protect Workbook) and try again." },
  "data.xlsx.xls": { vi: "Tệp \"{file}\" là định dạng Excel cũ (.xls). Hãy mở bằng Excel và lưu lại dạng .xlsx (Tệp > Lưu thành > Sổ làm việc Excel).", en: "\"{file}\" is an old Excel file (.xls). Open it in Excel and save it as .xlsx (File > Save As > Excel Workbook)." },
  "data.xlsx.csv": { vi: "Tệp \"{file}\" là tệp văn bản CSV, không phải .xlsx. Hãy mở bằng Excel và lưu lại dạng .xlsx.", en: "\"{file}\" is a CSV text file, not .xlsx. Open it in Excel and save it as .xlsx." },
  "data.xlsx.empty": { vi: "Tệp \"{file}\" rỗng (0 byte): có thể chưa lưu xong hoặc chép chưa hết. Hãy lấy lại bản đầy đủ.", en: "\"{file}\" is empty (0 bytes): it may not have been saved or copied completely. Get a complete copy." },
  "data.xlsx.truncated": { vi: "Tệp \"{file}\" bị hỏng hoặc tải về chưa hết. Hãy lấy lại bản đầy đủ.", en: "\"{file}\" is damaged or incompletely downloaded. Get a complete copy." },
  "data.xlsx.too-big": {
    vi: "Không đọc tệp \"{file}\": {what}. Để bảo vệ máy, phần bổ trợ không giải nén quá {entry} cho một phần, {total} cho cả tệp, hay phần nào nén hơn {ratio} lần (tệp như vậy thường là \"bom nén\" độc hại, không phải dữ liệu thật). Hãy kiểm tra nguồn của tệp, hoặc chia dữ liệu thành nhiều tệp nhỏ hơn.",
    en: "Not reading \"{file}\": {what}. To protect the computer the add-in inflates no more than {entry} for one part, {total} for the whole file, and no part compressed more than {ratio} times (such a file is usually a hostile \"zip bomb\", not real data). Check where the file came from, or split the data into smaller files.",
  },
  "data.xlsx.too-big.entry": { vi: "phần \"{entry}\" khi giải nén vượt {limit}", en: "part \"{entry}\" inflates past {limit}" },
  "data.xlsx.too-big.total": { vi: "các phần của tệp khi giải nén vượt tổng cộng {limit}", en: "the parts of the file inflate past {limit} in all" },
  "data.xlsx.too-big.ratio": { vi: "phần \"{entry}\" nén với tỷ lệ vượt {limit}", en: "part \"{entry}\" is compressed past a ratio of {limit}" },
  "data.xlsx.too-big.lied": { vi: "phần \"{entry}\" giải nén ra nhiều hơn kích thước ghi trong tệp ({limit})", en: "part \"{entry}\" inflates to more than the size the file declares ({limit})" },
  "data.xlsx.unreadable": {
    vi: "Không đọc được tệp \"{file}\": bên trong tệp có phần không theo định dạng .xlsx (có thể do một chương trình khác ghi ra). Hãy mở tệp bằng Excel, lưu lại dạng .xlsx (Tệp > Lưu thành > Sổ làm việc Excel) rồi thử lại.",
    en: "Could not read \"{file}\": part of it does not follow the .xlsx format (another program may have written it). Open it in Excel, save it as .xlsx (File > Save As > Excel Workbook) and try again.",
  },
  "data.xlsx.damaged-xml": {
    vi: "Không đọc được tệp \"{file}\": nội dung một sheet bị hỏng (ví dụ một ký hiệu \"&\" không hợp lệ trong một ô). Hãy mở tệp bằng Excel (Excel sẽ đề nghị sửa tệp), lưu lại rồi thử lại.",
    en: "Could not read \"{file}\": the content of a sheet is damaged (e.g. an invalid \"&\" in a cell). Open the file in Excel (it will offer to repair it), save it and try again.",
  },
  "data.xlsx.fs": { vi: "Không đọc được tệp \"{file}\": {reason}.", en: "Could not read \"{file}\": {reason}." },
  "data.xlsx.ods": {
    vi: "Tệp \"{file}\" là bảng tính OpenDocument (.ods, của LibreOffice hoặc OpenOffice), không phải .xlsx. Hãy mở bằng LibreOffice Calc hoặc Excel và lưu lại dạng .xlsx (Lưu thành > Excel 2007-365 .xlsx) rồi thử lại.",
    en: "\"{file}\" is an OpenDocument spreadsheet (.ods, from LibreOffice or OpenOffice), not .xlsx. Open it in LibreOffice Calc or Excel, save it as .xlsx (Save As > Excel 2007-365 .xlsx) and try again.",
  },
  "data.xlsx.text": {
    vi: "Tệp \"{file}\" là tệp văn bản thường, không phải bảng tính Excel. Hãy chọn tệp .xlsx có các sheet dữ liệu (tạo mẫu bằng \"nq template\" hoặc \"Tạo mẫu nhập liệu\").",
    en: "\"{file}\" is a plain text file, not an Excel workbook. Choose the .xlsx file with the data sheets (make one with \"nq template\" or \"Create input templates\").",
  },
  "data.xlsx.writeFailed": { vi: "Không ghi được tệp \"{file}\": {reason}", en: "Could not write \"{file}\": {reason}" },

  // ---------------------------------------------------------------- output files (src/xlsx/output.ts)
  "data.output.same-as-input": {
    vi: "Không ghi kết quả vào \"{file}\": đó chính là tệp đầu vào \"{input}\" (cùng một tệp, có thể qua lối tắt). Tệp đầu vào không bao giờ bị ghi đè; hãy chọn tên khác cho tệp kết quả (--out).",
    en: "Not writing the result to \"{file}\": it is the input file \"{input}\" (the same file, perhaps through a link). Input files are never overwritten; choose another name for the result (--out).",
  },
  "data.output.exists": {
    vi: "Tệp \"{file}\" đã có (có thể do một lần chạy khác vừa ghi). Thêm --force để ghi đè, hoặc chọn tên khác với --out.",
    en: "\"{file}\" already exists (perhaps another run has just written it). Add --force to overwrite it, or choose another name with --out.",
  },
  "data.output.is-directory": { vi: "\"{file}\" là một thư mục, không phải tệp. Hãy ghi tên tệp kết quả, ví dụ ket-qua.xlsx.", en: "\"{file}\" is a folder, not a file. Give a file name for the result, e.g. ket-qua.xlsx." },
  "data.output.no-folder": { vi: "Không có thư mục \"{folder}\" để ghi \"{file}\". Hãy tạo thư mục trước hoặc chọn nơi ghi khác.", en: "The folder \"{folder}\" for \"{file}\" does not exist. Create it first or choose another place." },
  // ---------------------------------------------------------------- system errors (src/xlsx/errors.ts), as the reason of a read or write failure
  "data.fs.ENOENT": { vi: "không tìm thấy tệp hoặc thư mục; kiểm tra lại đường dẫn", en: "the file or folder does not exist; check the path" },
  "data.fs.EACCES": { vi: "không có quyền truy cập; hãy chọn thư mục của bạn (ví dụ Tài liệu) hoặc xin quyền ghi", en: "permission denied; choose a folder of your own (e.g. Documents) or ask for write access" },
  "data.fs.EPERM": { vi: "hệ thống không cho phép thao tác này; tệp có thể đang được bảo vệ hoặc chỉ đọc", en: "the system does not allow this; the file may be protected or read-only" },
  "data.fs.EBUSY": { vi: "tệp đang được một chương trình khác mở (Excel?); hãy đóng tệp rồi thử lại", en: "the file is open in another program (Excel?); close it and try again" },
  "data.fs.ENOSPC": { vi: "ổ đĩa đã đầy; hãy giải phóng chỗ trống rồi thử lại (tệp cũ, nếu có, vẫn nguyên)", en: "the disk is full; free some space and try again (any older file is intact)" },
  "data.fs.EDQUOT": { vi: "đã hết dung lượng được cấp trên ổ đĩa; hãy xóa bớt tệp rồi thử lại", en: "the disk quota is used up; delete some files and try again" },
  "data.fs.EROFS": { vi: "ổ đĩa chỉ cho đọc (USB khóa ghi, đĩa CD…); hãy ghi vào ổ khác", en: "the disk is read-only (a locked USB stick, a CD…); write to another disk" },
  "data.fs.EISDIR": { vi: "đường dẫn là một thư mục, không phải tệp", en: "the path is a folder, not a file" },
  "data.fs.ENOTDIR": { vi: "một phần của đường dẫn không phải thư mục; kiểm tra lại đường dẫn", en: "part of the path is not a folder; check the path" },
  "data.fs.ENAMETOOLONG": { vi: "tên tệp hoặc đường dẫn quá dài; hãy chọn tên ngắn hơn", en: "the file name or path is too long; choose a shorter one" },
  "data.fs.EMFILE": { vi: "hệ thống đang mở quá nhiều tệp; hãy đóng bớt chương trình rồi thử lại", en: "too many files are open; close some programs and try again" },
  "data.fs.ENFILE": { vi: "hệ thống đang mở quá nhiều tệp; hãy đóng bớt chương trình rồi thử lại", en: "too many files are open; close some programs and try again" },
  "data.fs.EIO": { vi: "lỗi đọc/ghi của ổ đĩa; hãy chép tệp sang ổ khác rồi thử lại", en: "a disk input/output error; copy the file to another disk and try again" },
  "data.fs.ELOOP": { vi: "đường dẫn có lối tắt vòng quanh chính nó; kiểm tra lại đường dẫn", en: "the path has links that loop; check the path" },
  "data.fs.EEXIST": { vi: "đã có một tệp cùng tên; chọn tên khác hoặc dùng --force", en: "a file of that name already exists; choose another name or use --force" },
  "data.fs.EXDEV": { vi: "không chuyển được tệp giữa hai ổ đĩa; hãy ghi kết quả vào cùng ổ với thư mục đích", en: "the file cannot be moved between disks; write the result on the target folder's disk" },
  "data.fs.too-big": { vi: "tệp quá lớn để xử lý trong bộ nhớ của máy; hãy chia dữ liệu thành nhiều tệp nhỏ hơn", en: "the file is too big for this computer's memory; split the data into smaller files" },
  "data.fs.other": { vi: "gặp lỗi không lường trước; tệp cũ (nếu có) vẫn nguyên. Hãy thử lại; nếu vẫn lỗi, gửi tệp dữ liệu cho người hỗ trợ", en: "an unexpected error occurred; any older file is intact. Try again; if it persists, send the data file to support" },

  // ---------------------------------------------------------------- command line
  "data.cli.template.summary": { vi: "Tạo tệp mẫu nhập liệu (Tổ chức, Đảng viên, Đoàn thể)", en: "Write the input templates (organisations, members, unions)" },
  "data.cli.template.done": { vi: "Đã tạo mẫu nhập liệu: {file}", en: "Input templates written: {file}" },
  "data.cli.sample.summary": { vi: "Tạo tệp dữ liệu mẫu (mặc định như Đảng bộ Khối: 68 TCCSĐ, 2.712 đảng viên)", en: "Write a sample data workbook (default: 68 organisations, 2,712 members)" },
  "data.cli.sample.done": { vi: "Đã tạo dữ liệu mẫu: {file} ({members} đảng viên, {orgs} dòng tổ chức)", en: "Sample data written: {file} ({members} members, {orgs} organisation rows)" },
  "data.cli.sample.errors": { vi: "Danh sách {count} lỗi cố ý đưa vào: {file}", en: "List of {count} injected errors: {file}" },
  "data.cli.usage.missingOut": { vi: "Thiếu tên tệp kết quả (.xlsx).", en: "Missing the output file name (.xlsx)." },
  "data.cli.sample.dirtyTooSmall": {
    vi: "Mẫu có lỗi cố ý (--dirty) cần ít nhất {min} đảng viên để đặt đủ mỗi loại lỗi một lần; bạn chọn {members}. Bỏ --members hoặc chọn --members {min} trở lên.",
    en: "A sample with injected errors (--dirty) needs at least {min} members to place every kind of error once; you chose {members}. Leave out --members or choose --members {min} or more.",
  },
  "data.cli.usage.badNumber": { vi: "Giá trị không hợp lệ cho {option}: {value}", en: "Invalid value for {option}: {value}" },
  "data.cli.usage.unknownOption": { vi: "Tham số không hợp lệ: {option}", en: "Unknown option: {option}" },
} satisfies MessageTable;
