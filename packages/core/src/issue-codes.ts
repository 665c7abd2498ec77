import type { Severity } from './issue';

/** Bilingual text: Vietnamese and English. */
export interface BilingualText {
  readonly vi: string;
  readonly en: string;
}

/** The catalogue entry of one issue code: default severity, message template and hint. */
export interface IssueCodeDefinition {
  readonly severity: Severity;
  /** Message template; `{name}` is replaced by the issue's params. */
  readonly message: BilingualText;
  readonly hint: BilingualText;
}

/** Every issue code VN-TIP raises, sorted alphabetically. Codes are stable: never rename one. */
export const ISSUE_CODES = {
  admin_unit_province_mismatch: {
    severity: 'error',
    message: {
      vi: 'Đơn vị {code} tại {field} thuộc tỉnh {actual} theo danh mục {version}, không phải tỉnh {received}.',
      en: 'Unit {code} at {field} belongs to province {actual} in the {version} list, not province {received}.',
    },
    hint: { vi: 'Sửa mã tỉnh hoặc mã đơn vị.', en: 'Correct the province code or the unit code.' },
  },
  archive_duplicate_entry: {
    severity: 'error',
    message: {
      vi: 'Tệp nén chứa hai mục cùng tên {name} (trùng với {other}); tệp nén không được đọc.',
      en: 'The archive holds two entries named {name} (the same as {other}); it was not read.',
    },
    hint: {
      vi: 'Mỗi công cụ giải nén có thể lấy một bản khác nhau; nén lại gói từ thư mục gốc.',
      en: 'Each unzip tool may pick a different copy; re-pack the package from its folder.',
    },
  },
  archive_entry_overlap: {
    severity: 'error',
    message: {
      vi: 'Dữ liệu của mục {name} trong tệp nén chồng lên {other}; tệp nén không được đọc.',
      en: 'The data of the archive entry {name} overlaps {other}; the archive was not read.',
    },
    hint: {
      vi: 'Tệp nén thông thường không có mục chồng nhau; đây có thể là bom nén. Nén lại gói từ thư mục gốc.',
      en: 'An ordinary archive has no overlapping entries; this may be a zip bomb. Re-pack the package from its folder.',
    },
  },
  archive_name_collision: {
    severity: 'error',
    message: {
      vi: 'Tệp nén chứa hai mục {name} và {other} chỉ khác nhau ở chữ hoa, chữ thường hoặc cách mã hóa Unicode, nên là một tệp trên Windows và macOS; tệp nén không được đọc.',
      en: 'The archive holds two entries, {name} and {other}, whose names differ only in letter case or Unicode normalisation, so they are one file on Windows and macOS; the archive was not read.',
    },
    hint: {
      vi: 'Khi giải nén, một tệp sẽ đè lên tệp kia; đổi tên một trong hai tệp hoặc xóa bản thừa, rồi nén lại gói.',
      en: 'Unpacked, one file overwrites the other; rename one of the two or remove the extra copy, then re-pack the package.',
    },
  },
  archive_name_mismatch: {
    severity: 'error',
    message: {
      vi: 'Mục {name} của tệp nén mang tên {local} ở phần đầu tệp; tệp nén không được đọc.',
      en: 'The archive entry {name} is named {local} in its local header; the archive was not read.',
    },
    hint: {
      vi: 'Hai tên khác nhau khiến mỗi công cụ thấy một tệp khác; nén lại gói từ thư mục gốc.',
      en: 'With two names, different tools see different files; re-pack the package from its folder.',
    },
  },
  archive_ratio_exceeded: {
    severity: 'error',
    message: {
      vi: 'Tệp {name} trong tệp nén có tỷ lệ nén {ratio}:1, vượt giới hạn {limit}:1; tệp nén không được đọc.',
      en: 'The archive entry {name} expands {ratio}:1, more than the {limit}:1 limit; the archive was not read.',
    },
    hint: {
      vi: 'Tệp nén có thể là bom nén. Nếu dữ liệu đúng, nén lại bằng công cụ thông thường hoặc gửi thư mục chưa nén.',
      en: 'The archive may be a zip bomb. If the data is genuine, re-pack it with an ordinary tool or send the folder unpacked.',
    },
  },
  archive_too_large: {
    severity: 'error',
    message: {
      vi: 'Tệp nén giải nén ra hơn {limit} byte (đã đến {size}); tệp không được đọc hết.',
      en: 'The archive expands to more than {limit} bytes ({size} so far); it was not read to its end.',
    },
    hint: {
      vi: 'Chia dữ liệu thành nhiều gói nhỏ hơn, hoặc nâng giới hạn maxArchiveBytes nếu tệp đáng tin cậy.',
      en: 'Split the data into smaller packages, or raise the maxArchiveBytes limit for a trusted file.',
    },
  },
  archive_too_many_files: {
    severity: 'error',
    message: {
      vi: 'Tệp nén có {count} tệp, vượt giới hạn {limit}; tệp nén không được đọc.',
      en: 'The archive holds {count} files, more than the {limit} limit; it was not read.',
    },
    hint: {
      vi: 'Gói dữ liệu chỉ cần datapackage.json và các tệp dữ liệu được khai báo.',
      en: 'A package needs only datapackage.json and the data files it lists.',
    },
  },
  archive_unsafe_entry_name: {
    severity: 'error',
    message: {
      vi: 'Tệp nén chứa mục tên {name}, sẽ được giải nén ra ngoài thư mục của nó (đường dẫn tuyệt đối, có phần ".." hoặc dấu \\); tệp nén không được đọc.',
      en: 'The archive holds an entry named {name}, which would be unpacked outside its folder (an absolute path, a ".." part or a backslash); the archive was not read.',
    },
    hint: {
      vi: 'Không giải nén tệp này; nén lại gói từ thư mục gốc, với đường dẫn tương đối dùng dấu /.',
      en: 'Do not unpack the file; re-pack the package from its folder, with relative paths separated by /.',
    },
  },
  bytes_mismatch: {
    severity: 'error',
    message: {
      vi: 'Tệp {file} có {actual} byte, nhưng datapackage.json khai báo {declared} byte.',
      en: 'The file {file} has {actual} bytes, but datapackage.json declares {declared}.',
    },
    hint: {
      vi: 'Tệp đã bị thay đổi hoặc bị cắt cụt sau khi đóng gói; đóng gói lại hoặc sửa khai báo bytes.',
      en: 'The file changed or was cut short after packing; re-pack it or correct the declared bytes.',
    },
  },
  cell_too_large: {
    severity: 'error',
    message: {
      vi: 'Giá trị tại {field} dài {bytes} byte, vượt giới hạn {limit} byte; giá trị bị bỏ qua.',
      en: 'The value at {field} is {bytes} bytes long, more than the {limit}-byte limit; it was left out.',
    },
    hint: {
      vi: 'Rút gọn nội dung ô; thông tin dài nên để trong tài liệu riêng.',
      en: 'Shorten the cell; long text belongs in a separate document.',
    },
  },
  code_read_from_label: {
    severity: 'info',
    message: {
      vi: 'Giá trị "{received}" ở cột {column} được đọc là mã {code}.',
      en: 'The value "{received}" in column {column} was read as the code {code}.',
    },
    hint: {
      vi: 'Không cần sửa; kiểm tra đó đúng là mã muốn ghi.',
      en: 'Nothing to fix; check that it is the code you meant.',
    },
  },
  csv_rows_in_quoted_cell: {
    severity: 'warning',
    message: {
      vi: 'Ô {cell} là một giá trị trong ngoặc kép trải trên các dòng {first}–{last}, và {count} dòng bên trong trông giống dòng của bảng (cùng số dấu phân cách như dòng tên cột, bắt đầu như ô đầu của một dòng): có thể thiếu một dấu " đóng, và các dòng đó không được đọc thành bản ghi.',
      en: 'Cell {cell} is a quoted value over lines {first}–{last}, and {count} of the lines inside it look like rows of the table (as many delimiters as the header, starting like the first cell of a row): a closing quote may be missing, and those rows were not read as records.',
    },
    hint: {
      vi: 'Mở tệp bằng trình soạn thảo văn bản, tìm dấu " mở ở ô được báo và thêm dấu " đóng ở cuối giá trị; nếu các dòng đó đúng là một phần của giá trị, không cần sửa.',
      en: 'Open the file in a text editor, find the opening quote of the reported cell and add the closing quote where the value ends; if those lines really are part of the value, nothing needs fixing.',
    },
  },
  date_order_ambiguous: {
    severity: 'warning',
    message: {
      vi: 'Ngày ở cột {column} có vẻ được ghi tháng trước ngày (mm/dd, như LibreOffice hoặc Excel tiếng Anh (Mỹ) ghi), ví dụ "{example}" ở ô {cell}; {ambiguous} ngày có cả ngày và tháng ≤ 12 đã được đọc là dd/mm và có thể sai.',
      en: 'Dates in column {column} look written month first (mm/dd, as LibreOffice or Excel in English (US) write them), e.g. "{example}" in cell {cell}; {ambiguous} date(s) whose day and month are both ≤ 12 were read as dd/mm and may be wrong.',
    },
    hint: {
      vi: 'Ghi ngày dạng dd/mm/yyyy hoặc YYYY-MM-DD, hoặc lưu lại tệp với ngôn ngữ Tiếng Việt, rồi kiểm tra lại.',
      en: 'Write dates as dd/mm/yyyy or YYYY-MM-DD, or save the file again with the Vietnamese locale, then validate again.',
    },
  },
  duplicate_column: {
    severity: 'warning',
    message: {
      vi: 'Cột {column} ("{header}") trùng trường {field} với cột "{first}"; cột này bị bỏ qua.',
      en: 'Column {column} ("{header}") maps to the same field {field} as column "{first}"; it was ignored.',
    },
    hint: {
      vi: 'Xóa hoặc đổi tên một trong hai cột.',
      en: 'Remove or rename one of the two columns.',
    },
  },
  duplicate_column_conflict: {
    severity: 'error',
    message: {
      vi: 'Cột {column} ("{header}") và cột "{first}" ghi hai giá trị khác nhau cho trường {field}: "{received}" và {kept}; chỉ giá trị của cột "{first}" được đọc.',
      en: 'Column {column} ("{header}") and column "{first}" give different values for the field {field}: "{received}" and {kept}; only the value of column "{first}" is read.',
    },
    hint: {
      vi: 'Giữ một cột cho mỗi trường: sửa ô sai rồi xóa cột thừa.',
      en: 'Keep one column per field: correct the wrong cell, then remove the extra column.',
    },
  },
  duplicate_items: {
    severity: 'error',
    message: {
      vi: 'Danh sách tại {field} có phần tử lặp lại.',
      en: 'The list at {field} repeats an item.',
    },
    hint: { vi: 'Mỗi giá trị chỉ ghi một lần.', en: 'List each value once.' },
  },
  duplicate_key: {
    severity: 'error',
    message: {
      vi: 'Khóa "{key}" xuất hiện hai lần trong cùng một object JSON; chỉ giá trị sau được giữ.',
      en: 'The key "{key}" appears twice in the same JSON object; only the later value is kept.',
    },
    hint: {
      vi: 'Mỗi trường chỉ được ghi một lần; xóa bản thừa và kiểm tra giá trị nào đúng.',
      en: 'Each field may be written once; remove the extra one and check which value is right.',
    },
  },
  earlier_standard_version: {
    severity: 'warning',
    message: {
      vi: 'Gói dữ liệu theo chuẩn VN-TIP {declared}, cũ hơn chuẩn {current} của bộ công cụ; gói được kiểm tra theo chuẩn {current}.',
      en: "The package follows VN-TIP {declared}, older than the toolkit's standard {current}; it is checked against {current}.",
    },
    hint: {
      vi: 'Dữ liệu {declared} vẫn được nhận. Chuyển sang {current} bằng migrate() và xem các cảnh báo trường không còn dùng.',
      en: '{declared} data is still accepted. Move it to {current} with migrate() and see the deprecated-field warnings.',
    },
  },
  empty_row: {
    severity: 'info',
    message: {
      vi: 'Dòng {rows} trống, đã bỏ qua.',
      en: 'Skipped empty row(s) {rows}.',
    },
    hint: {
      vi: 'Không cần làm gì; có thể xóa dòng trống cho gọn.',
      en: 'Nothing to do; you may delete empty rows.',
    },
  },
  encoding_converted: {
    severity: 'info',
    message: {
      vi: 'Tệp được chuyển từ bảng mã {encoding} sang Unicode (UTF-8).',
      en: 'The file was converted from the {encoding} encoding to Unicode (UTF-8).',
    },
    hint: {
      vi: 'Kiểm tra chữ tiếng Việt hiển thị đúng; lần sau hãy lưu tệp dạng UTF-8.',
      en: 'Check that the Vietnamese text reads correctly; save the file as UTF-8 next time.',
    },
  },
  encoding_invalid_bytes: {
    severity: 'error',
    message: {
      vi: 'Byte {bytes} ở đây không hợp lệ trong bảng mã {encoding}; đã được thay bằng �.',
      en: 'The bytes {bytes} here are not valid {encoding}; they were replaced by �.',
    },
    hint: {
      vi: 'Thường là dấu ngoặc kép cong, gạch ngang dài hoặc khoảng trắng dán từ Word; gõ lại ký tự ở vị trí này rồi lưu tệp dạng UTF-8.',
      en: 'Usually a curly quote, dash or non-breaking space pasted from Word; retype the character here and save the file as UTF-8.',
    },
  },
  encoding_uncertain: {
    severity: 'warning',
    message: {
      vi: 'Không nhận ra chắc chắn bảng mã của tệp; đã đọc theo {encoding}.',
      en: "The file's encoding could not be recognised with confidence; it was read as {encoding}.",
    },
    hint: {
      vi: 'Kiểm tra chữ tiếng Việt; nếu sai, lưu lại tệp dạng UTF-8 hoặc chỉ rõ bảng mã khi đọc.',
      en: 'Check the Vietnamese text; if it is wrong, save the file as UTF-8 or name its encoding when reading.',
    },
  },
  export_field_dropped: {
    severity: 'warning',
    message: {
      vi: 'Trường {field} không có cột trong định dạng {format} nên không được xuất.',
      en: 'The field {field} has no column in the {format} format, so it was not exported.',
    },
    hint: {
      vi: 'Dùng định dạng JSON hoặc NDJSON để giữ mọi trường, hoặc bỏ trường không thuộc chuẩn.',
      en: 'Use JSON or NDJSON to keep every field, or remove fields that are not part of the standard.',
    },
  },
  export_record_type_skipped: {
    severity: 'warning',
    message: {
      vi: '{count} bản ghi loại {recordType} không được xuất: định dạng này không hỗ trợ loại bản ghi đó.',
      en: '{count} record(s) of type {recordType} were not exported: this format does not carry that type.',
    },
    hint: {
      vi: 'Chọn định dạng hỗ trợ loại bản ghi này, hoặc xuất riêng các bản ghi đó.',
      en: 'Pick a format that carries this record type, or export those records separately.',
    },
  },
  export_value_changed: {
    severity: 'warning',
    message: {
      vi: 'Giá trị tại {field} không giữ nguyên được trong định dạng {format}: {reason}.',
      en: 'The value at {field} cannot be kept exactly in the {format} format: {reason}.',
    },
    hint: {
      vi: 'Dùng định dạng JSON hoặc NDJSON nếu cần giữ nguyên giá trị.',
      en: 'Use JSON or NDJSON when the value must be kept exactly.',
    },
  },
  file_too_large: {
    severity: 'error',
    message: {
      vi: 'Tệp lớn hơn {limit} byte nên không được đọc.',
      en: 'The file is larger than {limit} bytes and was not read.',
    },
    hint: {
      vi: 'Dùng định dạng NDJSON (mỗi dòng một bản ghi) cho dữ liệu lớn, hoặc chia nhỏ tệp.',
      en: 'Use NDJSON (one record per line) for large data, or split the file.',
    },
  },
  hash_mismatch: {
    severity: 'error',
    message: {
      vi: 'Mã băm của tệp {file} là {actual}, khác với {declared} khai báo trong datapackage.json.',
      en: 'The hash of {file} is {actual}, not {declared} as datapackage.json declares.',
    },
    hint: {
      vi: 'Tệp đã bị thay đổi sau khi đóng gói; đóng gói lại hoặc tính lại mã băm.',
      en: 'The file changed after packing; re-pack it or recompute the hash.',
    },
  },
  invalid_admin_unit_list: {
    severity: 'error',
    message: {
      vi: 'Danh mục đơn vị hành chính không đọc được: thiếu cột hoặc mã sai dạng ({columns}).',
      en: 'The administrative-unit list cannot be read: a column is missing or a code is malformed ({columns}).',
    },
    hint: {
      vi: 'Dùng tệp xuất từ trang danh mục hành chính của Cục Thống kê, giữ nguyên dòng tiêu đề.',
      en: 'Use the export of the Statistics Office administrative-unit site, with its header row unchanged.',
    },
  },
  invalid_archive: {
    severity: 'error',
    message: {
      vi: 'Tệp nén bị hỏng hoặc không đầy đủ: {detail}.',
      en: 'The archive is damaged or incomplete: {detail}.',
    },
    hint: {
      vi: 'Tải lại hoặc nén lại tệp dạng .zip thông thường.',
      en: 'Download the file again or re-pack it as an ordinary .zip.',
    },
  },
  invalid_cell_value: {
    severity: 'error',
    message: {
      vi: 'Giá trị "{received}" ở cột {column} không đọc được thành {expected}.',
      en: 'The value "{received}" in column {column} cannot be read as {expected}.',
    },
    hint: {
      vi: 'Sửa ô được báo; số viết như 7.415 hoặc 1.234,5, ngày viết dd/mm/yyyy.',
      en: 'Correct the reported cell; write numbers like 7.415 or 1.234,5 and dates as dd/mm/yyyy.',
    },
  },
  invalid_csv: {
    severity: 'error',
    message: {
      vi: 'Tệp CSV sai cấu trúc: {detail}.',
      en: 'The CSV file is malformed: {detail}.',
    },
    hint: {
      vi: 'Kiểm tra dấu ngoặc kép quanh vị trí được báo: mỗi dấu " mở phải có dấu đóng.',
      en: 'Check the quotes around the reported line: every opening " needs a closing one.',
    },
  },
  invalid_encoding: {
    severity: 'error',
    message: {
      vi: 'Tệp có {count} byte không hợp lệ trong bảng mã {encoding}, ở {runs} chỗ; các ký tự lỗi đã được thay bằng � ({listed} chỗ đầu được báo riêng).',
      en: 'The file has {count} bytes that are invalid in {encoding}, in {runs} places; the bad characters were replaced by � (the first {listed} are reported one by one).',
    },
    hint: {
      vi: 'Lưu lại tệp dạng UTF-8 từ chương trình đã tạo ra nó.',
      en: 'Save the file again as UTF-8 from the program that made it.',
    },
  },
  invalid_format: {
    severity: 'error',
    message: {
      vi: 'Giá trị tại {field} không đúng dạng: cần {format}.',
      en: 'The value at {field} is not in the right form: it must be {format}.',
    },
    hint: {
      vi: 'Sửa giá trị theo dạng đã nêu; ngày ghi YYYY-MM-DD, ví dụ 2024-05-05.',
      en: 'Write the value in the form given; dates are YYYY-MM-DD, e.g. 2024-05-05.',
    },
  },
  invalid_json: {
    severity: 'error',
    message: {
      vi: 'Tệp không phải JSON hợp lệ: {detail}.',
      en: 'The file is not valid JSON: {detail}.',
    },
    hint: {
      vi: 'Kiểm tra dấu ngoặc và dấu phẩy quanh vị trí được báo.',
      en: 'Check brackets and commas around the reported position.',
    },
  },
  invalid_ods: {
    severity: 'error',
    message: {
      vi: 'Tệp bảng tính OpenDocument (.ods) không đọc được: {detail}.',
      en: 'The OpenDocument spreadsheet (.ods) cannot be read: {detail}.',
    },
    hint: {
      vi: 'Mở tệp bằng LibreOffice Calc và lưu lại dạng .ods hoặc .xlsx.',
      en: 'Open the file in LibreOffice Calc and save it again as .ods or .xlsx.',
    },
  },
  invalid_resource_path: {
    severity: 'error',
    message: {
      vi: 'Gói dữ liệu khai báo tệp {file} với đường dẫn không an toàn; tệp không được đọc.',
      en: 'The package lists the file {file} with an unsafe path; it was not read.',
    },
    hint: {
      vi: 'Dùng đường dẫn tương đối, dấu /, không có phần .. (ví dụ data/person.ndjson).',
      en: 'Use a relative path with / separators and no .. segment (e.g. data/person.ndjson).',
    },
  },
  invalid_type: {
    severity: 'error',
    message: {
      vi: 'Giá trị tại {field} phải là {expected}.',
      en: 'The value at {field} must be {expected}.',
    },
    hint: { vi: 'Sửa kiểu dữ liệu của ô này.', en: 'Fix the data type of this value.' },
  },
  invalid_value: {
    severity: 'error',
    message: {
      vi: 'Giá trị tại {field} phải là {expected}.',
      en: 'The value at {field} must be {expected}.',
    },
    hint: {
      vi: 'Xem tài liệu chuẩn cho trường này.',
      en: 'See the standard reference for this field.',
    },
  },
  invalid_variant: {
    severity: 'error',
    message: {
      vi: 'Giá trị tại {field} không khớp dạng nào được phép.',
      en: 'The value at {field} matches none of the allowed shapes.',
    },
    hint: {
      vi: 'Với đơn vị hành chính: mã phải thuộc đúng danh mục (124/2004 đến 30/6/2025, 19/2025 từ 1/7/2025) và đúng cấp.',
      en: 'For administrative units: the code must belong to the stated list (124/2004 up to 30/6/2025, 19/2025 from 1/7/2025) and level.',
    },
  },
  invalid_xlsx: {
    severity: 'error',
    message: {
      vi: 'Tệp Excel không đọc được: {detail}.',
      en: 'The Excel file cannot be read: {detail}.',
    },
    hint: {
      vi: 'Mở tệp bằng Excel và lưu lại dạng .xlsx.',
      en: 'Open the file in Excel and save it again as .xlsx.',
    },
  },
  lone_surrogate: {
    severity: 'error',
    message: {
      vi: 'Chuỗi ở đây chứa {code}, một nửa cặp thay thế UTF-16 không tạo thành ký tự nào; đã được thay bằng �.',
      en: 'The text here holds {code}, half of a UTF-16 surrogate pair that makes no character; it was replaced by �.',
    },
    hint: {
      vi: 'Thường do cắt ngang một biểu tượng cảm xúc hoặc ký tự hiếm; gõ lại ký tự ở vị trí này.',
      en: 'Usually an emoji or a rare character cut in half; retype the character here.',
    },
  },
  merged_cells_filled: {
    severity: 'info',
    message: {
      vi: 'Vùng ô gộp {range} (cột {column}, "{header}") được đọc là giá trị "{value}" ở mỗi dòng trong {rows} dòng của vùng.',
      en: 'The merged range {range} (column {column}, "{header}") was read as "{value}" on each of its {rows} rows.',
    },
    hint: {
      vi: 'Kiểm tra mọi dòng trong vùng gộp đúng là cùng giá trị; trong vùng dữ liệu nên ghi giá trị ở từng ô, không gộp ô.',
      en: 'Check that every row of the merged range really has this value; in the data area, write the value in each cell rather than merging.',
    },
  },
  missing_descriptor: {
    severity: 'error',
    message: {
      vi: 'Gói dữ liệu không có tệp datapackage.json.',
      en: 'The package has no datapackage.json.',
    },
    hint: {
      vi: 'Đặt datapackage.json ở thư mục gốc của gói (hoặc của tệp nén).',
      en: 'Put datapackage.json at the root of the package (or of the archive).',
    },
  },
  missing_record_type: {
    severity: 'error',
    message: {
      vi: 'Không biết loại bản ghi của tệp; các bản ghi không được đọc.',
      en: "The file's record type is unknown; its records were not read.",
    },
    hint: {
      vi: 'Đặt tên tệp theo loại bản ghi (ví dụ person.csv), chỉ rõ loại bản ghi khi đọc, hoặc ghi { "recordType", "records" } trong tệp JSON.',
      en: 'Name the file after its record type (e.g. person.csv), pass the record type when reading, or write { "recordType", "records" } in a JSON file.',
    },
  },
  missing_resource: {
    severity: 'error',
    message: {
      vi: 'Gói dữ liệu khai báo tệp {file} nhưng không có tệp này.',
      en: 'The package lists the file {file}, which is missing.',
    },
    hint: {
      vi: 'Thêm tệp hoặc xóa khai báo trong datapackage.json.',
      en: 'Add the file or remove it from datapackage.json.',
    },
  },
  nesting_too_deep: {
    severity: 'error',
    message: {
      vi: 'Giá trị tại {field} lồng sâu hơn {limit} cấp; bản ghi bị bỏ qua.',
      en: 'The value at {field} nests deeper than {limit} levels; the record was skipped.',
    },
    hint: {
      vi: 'Bản ghi của chuẩn chỉ lồng vài cấp; kiểm tra dữ liệu được xuất ra.',
      en: 'Records of the standard nest only a few levels; check the exported data.',
    },
  },
  no_records: {
    severity: 'warning',
    message: {
      vi: 'Không có bản ghi nào: {reason}.',
      en: 'No records: {reason}.',
    },
    hint: {
      vi: 'Nhập dữ liệu bên dưới dòng tên cột, hoặc kiểm tra đã chọn đúng tệp và trang tính.',
      en: 'Enter the data under the header row, or check that the right file and sheet were given.',
    },
  },
  out_of_range: {
    severity: 'error',
    message: {
      vi: 'Giá trị tại {field} nằm ngoài giới hạn ({limit}).',
      en: 'The value at {field} is outside its limits ({limit}).',
    },
    hint: { vi: 'Kiểm tra lại số liệu.', en: 'Check the figure.' },
  },
  package_archive_altered: {
    severity: 'error',
    message: {
      vi: 'Tệp nén đã bị thay đổi sau khi ký (tiêu đề, thứ tự hoặc dữ liệu nén), dù nội dung các tệp vẫn khớp.',
      en: "The archive changed after signing (headers, order or compressed data), even though the files' contents still match.",
    },
    hint: {
      vi: 'Không dùng gói này; xin đơn vị gửi lại gói đã ký gốc.',
      en: 'Do not use this package; ask the sender for the original signed package.',
    },
  },
  package_extra_file: {
    severity: 'error',
    message: {
      vi: 'Tệp {file} có trong gói nhưng không được khai báo trong datapackage.json, nên không được chữ ký bảo vệ.',
      en: 'The file {file} is in the package but not listed in datapackage.json, so the signature does not cover it.',
    },
    hint: {
      vi: 'Tệp có thể đã bị thêm vào sau khi ký; xóa tệp hoặc xin gói gốc.',
      en: 'The file may have been added after signing; remove it or ask for the original package.',
    },
  },
  package_manifest_missing: {
    severity: 'error',
    message: {
      vi: 'Gói không có tệp datapackage.json nên không kiểm tra được chữ ký.',
      en: 'The package has no datapackage.json, so its signature cannot be checked.',
    },
    hint: {
      vi: 'Xin đơn vị gửi lại gói đầy đủ.',
      en: 'Ask the sender for the complete package.',
    },
  },
  package_manifest_tampered: {
    severity: 'error',
    message: {
      vi: 'Tệp datapackage.json đã bị thay đổi sau khi ký: mã băm của tệp khác với mã băm ghi trong chữ ký, nên chữ ký không bảo vệ nội dung hiện tại của gói.',
      en: 'datapackage.json changed after the package was signed: its hash differs from the one in the signature, so the signature does not cover the current content of the package.',
    },
    hint: {
      vi: 'Không dùng gói này; xin đơn vị gửi lại gói đã ký gốc.',
      en: 'Do not use this package; ask the sender for the original signed package.',
    },
  },
  package_resource_missing: {
    severity: 'error',
    message: {
      vi: 'Gói thiếu tệp {file} được khai báo trong datapackage.json.',
      en: 'The file {file} listed in datapackage.json is missing from the package.',
    },
    hint: {
      vi: 'Tệp đã bị xóa sau khi ký; xin đơn vị gửi lại gói đầy đủ.',
      en: 'The file was removed after signing; ask the sender for the complete package.',
    },
  },
  package_resource_signature_mismatch: {
    severity: 'error',
    message: {
      vi: 'Tệp {file} không phải tệp đã được ký: mã băm SHA-256 của tệp khác với mã băm ghi trong chữ ký, nên chữ ký không bảo vệ nội dung hiện tại của tệp.',
      en: 'The file {file} is not the file that was signed: its SHA-256 hash differs from the one in the signature, so the signature does not cover its current content.',
    },
    hint: {
      vi: 'Tệp đã bị sửa sau khi ký (có thể cả mã băm trong datapackage.json); không dùng gói này, xin đơn vị gửi lại gói đã ký gốc.',
      en: 'The file was changed after signing (perhaps with its hash in datapackage.json); do not use this package, ask the sender for the original signed package.',
    },
  },
  package_resource_tampered: {
    severity: 'error',
    message: {
      vi: 'Tệp {file} đã bị thay đổi: kích thước hoặc mã băm SHA-256 khác với datapackage.json.',
      en: 'The file {file} changed: its size or SHA-256 hash differs from datapackage.json.',
    },
    hint: {
      vi: 'Không dùng gói này; xin đơn vị gửi lại gói đã ký gốc.',
      en: 'Do not use this package; ask the sender for the original signed package.',
    },
  },
  package_unreadable: {
    severity: 'error',
    message: {
      vi: 'Không đọc được gói đã ký: {detail}.',
      en: 'The signed package cannot be read: {detail}.',
    },
    hint: {
      vi: 'Tệp có thể bị hỏng khi truyền; tải lại gói.',
      en: 'The file may have been damaged in transit; download the package again.',
    },
  },
  read_failed: {
    severity: 'error',
    message: {
      vi: 'Không đọc được tệp: {detail}.',
      en: 'The file could not be read: {detail}.',
    },
    hint: {
      vi: 'Kiểm tra tệp có mở được không; nếu lỗi lặp lại, hãy báo cho nhóm phát triển.',
      en: 'Check that the file opens; if this happens again, report it to the developers.',
    },
  },
  record_too_large: {
    severity: 'error',
    message: {
      vi: 'Bản ghi tại {field} dài hơn {limit} byte; bản ghi bị bỏ qua.',
      en: 'The record at {field} is longer than {limit} bytes; it was skipped.',
    },
    hint: {
      vi: 'Kiểm tra dòng được báo: có thể thiếu dấu xuống dòng giữa các bản ghi.',
      en: 'Check the reported line: a line break between records may be missing.',
    },
  },
  record_too_many_values: {
    severity: 'error',
    message: {
      vi: 'Bản ghi tại {field} có hơn {limit} giá trị (phần tử danh sách và trường); bản ghi bị bỏ qua.',
      en: 'The record at {field} holds more than {limit} values (list items and fields); it was skipped.',
    },
    hint: {
      vi: 'Một bản ghi thật không có nhiều giá trị như vậy: kiểm tra tệp được xuất đúng, hoặc chia bản ghi.',
      en: 'A real record holds nowhere near that many values: check the file was exported right, or split the record.',
    },
  },
  record_type_inferred: {
    severity: 'info',
    message: {
      vi: 'Đã đọc dữ liệu là loại bản ghi "{title}" ({recordType}), suy ra từ {from}.',
      en: 'The data was read as "{title}" ({recordType}) records, inferred from {from}.',
    },
    hint: {
      vi: 'Không cần làm gì nếu đúng. Nếu sai, chỉ rõ loại bản ghi (--record-type) hoặc đặt tên tệp theo loại bản ghi (ví dụ person.csv).',
      en: 'Nothing to do if this is right. If not, name the record type (--record-type) or name the file after it (e.g. person.csv).',
    },
  },
  required_column_missing: {
    severity: 'error',
    message: {
      vi: 'Bảng không có cột "{column}" ({field}), là thông tin bắt buộc: {rows} dòng thiếu thông tin này.',
      en: 'The table has no "{column}" column ({field}), which is required: {rows} row(s) lack it.',
    },
    hint: {
      vi: 'Thêm cột "{column}" vào dòng tên cột và điền giá trị cho từng dòng.',
      en: 'Add a "{column}" column to the header row and fill it in on every row.',
    },
  },
  required_field_missing: {
    severity: 'error',
    message: { vi: 'Thiếu trường bắt buộc {field}.', en: 'The required field {field} is missing.' },
    hint: { vi: 'Điền giá trị cho trường này.', en: 'Fill in this field.' },
  },
  resources_not_read: {
    severity: 'warning',
    message: {
      vi: 'Chỉ đọc tệp datapackage.json; {count} tệp dữ liệu của gói không được đọc.',
      en: "Only datapackage.json was read; the package's {count} data files were not.",
    },
    hint: {
      vi: 'Đọc cả thư mục gói hoặc tệp .zip của gói.',
      en: 'Read the whole package folder or its .zip file.',
    },
  },
  signature_deprecated_format: {
    severity: 'warning',
    message: {
      vi: 'Chữ ký theo định dạng cũ (phiên bản {version}, không có chuỗi ngữ cảnh và thời điểm ký); vẫn được chấp nhận nhưng sẽ bị bỏ.',
      en: 'The signature is in the old format (version {version}, without context string or signing time); it is still accepted but will be dropped.',
    },
    hint: {
      vi: 'Xin đơn vị gửi ký lại gói bằng vntip sign bản mới (chữ ký phiên bản 2).',
      en: 'Ask the sender to sign the package again with a current vntip sign (version 2 signature).',
    },
  },
  signature_duplicate_field: {
    severity: 'error',
    message: {
      vi: 'Tệp chữ ký datapackage.json.sig có trường {field} hai lần; chữ ký bị từ chối vì mỗi công cụ có thể đọc một giá trị khác nhau.',
      en: 'The signature file datapackage.json.sig holds the field {field} twice; the signature is refused, as each tool may read a different value.',
    },
    hint: {
      vi: 'Tệp chữ ký đã bị sửa tay; không dùng gói này, xin đơn vị gửi lại gói đã ký bằng vntip sign.',
      en: 'The signature file was edited by hand; do not use this package, ask the sender for a package signed with vntip sign.',
    },
  },
  signature_invalid: {
    severity: 'error',
    message: {
      vi: 'Chữ ký của gói không khớp với khóa {keyId}: gói hoặc chữ ký đã bị thay đổi.',
      en: 'The package signature does not match the key {keyId}: the package or its signature was changed.',
    },
    hint: {
      vi: 'Không dùng gói này; xin đơn vị gửi lại gói đã ký gốc.',
      en: 'Do not use this package; ask the sender for the original signed package.',
    },
  },
  signature_malformed: {
    severity: 'error',
    message: {
      vi: 'Tệp chữ ký datapackage.json.sig không đọc được: {detail}.',
      en: 'The signature file datapackage.json.sig cannot be read: {detail}.',
    },
    hint: {
      vi: 'Ký lại gói bằng công cụ VN-TIP.',
      en: 'Sign the package again with the VN-TIP tools.',
    },
  },
  signature_missing: {
    severity: 'error',
    message: {
      vi: 'Gói chưa được ký: không có tệp datapackage.json.sig.',
      en: 'The package is not signed: there is no datapackage.json.sig.',
    },
    hint: {
      vi: 'Xin đơn vị gửi gói đã ký, hoặc ký gói bằng khóa của đơn vị.',
      en: "Ask the sender for a signed package, or sign it with the agency's key.",
    },
  },
  signature_unknown_key: {
    severity: 'warning',
    message: {
      vi: 'Gói được ký bằng khóa {keyId}, không có trong các khóa tin cậy đã nêu, nên chữ ký chưa được kiểm tra.',
      en: 'The package is signed with key {keyId}, which is not among the trusted keys given, so the signature was not checked.',
    },
    hint: {
      vi: 'Nêu khóa công khai của đơn vị gửi bằng --public-key hoặc trustedKeys trong tệp cấu hình.',
      en: "Give the sender's public key with --public-key or trustedKeys in the config file.",
    },
  },
  signature_wrong_key: {
    severity: 'error',
    message: {
      vi: 'Gói được ký bằng khóa {signed}, không phải khóa {given} dùng để kiểm tra.',
      en: 'The package was signed with key {signed}, not with the key {given} used to verify it.',
    },
    hint: {
      vi: 'Kiểm tra bằng khóa công khai của đơn vị gửi; nếu đúng khóa mà vẫn lỗi, không dùng gói này.',
      en: "Verify with the sender's public key; if that key still fails, do not use this package.",
    },
  },
  submission_labels_export: {
    severity: 'error',
    message: {
      vi: 'Tệp {file} được xuất với nhãn câu hỏi làm tiêu đề cột (ví dụ "{header}"), không phải tên câu hỏi; không đọc được bản ghi.',
      en: 'The file {file} was exported with question labels as column headers (e.g. "{header}"), not question names; no record could be read.',
    },
    hint: {
      vi: 'Xuất lại dữ liệu: trong KoboToolbox chọn "XML values and headers" (giá trị và tiêu đề XML); ODK Central luôn xuất tên câu hỏi.',
      en: 'Export the data again: in KoboToolbox choose "XML values and headers"; ODK Central always exports question names.',
    },
  },
  submission_no_form_columns: {
    severity: 'error',
    message: {
      vi: 'Tệp {file} không có cột nào là câu hỏi của biểu mẫu VN-TIP; tệp không được đọc.',
      en: 'The file {file} has no column that is a question of a VN-TIP form; it was not read.',
    },
    hint: {
      vi: 'Chỉ đọc được dữ liệu nộp của biểu mẫu do "vntip xlsform" tạo, xuất từ ODK Central (CSV hoặc .zip) hoặc KoboToolbox (XLSX hoặc CSV).',
      en: 'Only submissions of a form made by "vntip xlsform" can be read, exported from ODK Central (CSV or .zip) or KoboToolbox (XLSX or CSV).',
    },
  },
  submission_unknown_column: {
    severity: 'warning',
    message: {
      vi: 'Cột {column} ("{header}") không phải câu hỏi của biểu mẫu VN-TIP; cột bị bỏ qua.',
      en: 'Column {column} ("{header}") is not a question of the VN-TIP form; it was ignored.',
    },
    hint: {
      vi: 'Câu hỏi được thêm vào biểu mẫu bằng tay không được đọc; tạo lại biểu mẫu bằng "vntip xlsform" nếu chuẩn đã có trường này.',
      en: 'Questions added to the form by hand are not read; generate the form again with "vntip xlsform" if the standard has the field.',
    },
  },
  title_rows_skipped: {
    severity: 'info',
    message: {
      vi: 'Đã bỏ qua {count} dòng tiêu đề phía trên dòng tên cột (dòng {rows}): {text}.',
      en: 'Skipped {count} title row(s) above the column headers (rows {rows}): {text}.',
    },
    hint: {
      vi: 'Không cần làm gì; dòng {header} được đọc là dòng tên cột. Kiểm tra đó đúng là dòng tên cột.',
      en: 'Nothing to do; row {header} was read as the header row. Check that it is the row of column headers.',
    },
  },
  too_many_records: {
    severity: 'error',
    message: {
      vi: 'Dữ liệu có hơn {limit} bản ghi nên không được đọc hết.',
      en: 'The data holds more than {limit} records and was not read to its end.',
    },
    hint: {
      vi: 'Tăng giới hạn bằng --max-records (hoặc maxRecords trong tệp cấu hình), hoặc chia nhỏ dữ liệu.',
      en: 'Raise the limit with --max-records (or maxRecords in the config file), or split the data.',
    },
  },
  unknown_admin_unit: {
    severity: 'error',
    message: {
      vi: 'Mã {level} "{code}" tại {field} không có trong danh mục {version} đã nạp ({source}).',
      en: 'The {level} code "{code}" at {field} is not in the loaded {version} list ({source}).',
    },
    hint: {
      vi: 'Kiểm tra mã và phiên bản danh mục: mã trước 1/7/2025 thuộc danh mục 124/2004.',
      en: 'Check the code and the list version: codes before 1/7/2025 belong to the 124/2004 list.',
    },
  },
  unknown_code: {
    severity: 'error',
    message: {
      vi: 'Mã "{received}" tại {field} không có trong danh mục.',
      en: 'The code "{received}" at {field} is not in the codelist.',
    },
    hint: {
      vi: 'Dùng một mã trong danh mục: {expected}.',
      en: 'Use a code from the codelist: {expected}.',
    },
  },
  unknown_code_did_you_mean: {
    severity: 'error',
    message: {
      vi: 'Mã "{received}" tại {field} không có trong danh mục; có phải là {suggestion}?',
      en: 'The code "{received}" at {field} is not in the codelist; did you mean {suggestion}?',
    },
    hint: {
      vi: 'Ghi {suggestion} nếu đúng ý; các mã của danh mục: {expected}.',
      en: 'Write {suggestion} if that is what you meant; the codes of the list: {expected}.',
    },
  },
  unknown_column: {
    severity: 'warning',
    message: {
      vi: 'Cột {column} ("{header}") không khớp trường nào của loại bản ghi; cột bị bỏ qua.',
      en: 'Column {column} ("{header}") matches no field of the record type; it was ignored.',
    },
    hint: {
      vi: 'Đặt tiêu đề cột là mã trường hoặc tên trường tiếng Việt/tiếng Anh; trường lồng nhau viết như location.code.',
      en: 'Head the column with the field id or its Vietnamese or English title; nested fields read like location.code.',
    },
  },
  unknown_column_did_you_mean: {
    severity: 'warning',
    message: {
      vi: 'Cột {column} ("{header}") không khớp trường nào của loại bản ghi; có phải là "{suggestion}" ({id})? Cột bị bỏ qua.',
      en: 'Column {column} ("{header}") matches no field of the record type; did you mean "{suggestion}" ({id})? It was ignored.',
    },
    hint: {
      vi: 'Sửa tiêu đề cột thành "{suggestion}" hoặc mã trường {id}.',
      en: 'Rename the column to "{suggestion}" or to the field id {id}.',
    },
  },
  unknown_field: {
    severity: 'error',
    message: {
      vi: 'Trường {field} không có trong chuẩn.',
      en: 'The field {field} is not part of the standard.',
    },
    hint: {
      vi: 'Xóa trường này hoặc kiểm tra lỗi chính tả.',
      en: 'Remove the field or check its spelling.',
    },
  },
  unknown_record_type: {
    severity: 'error',
    message: {
      vi: 'Loại bản ghi "{received}" không có trong chuẩn.',
      en: 'The record type "{received}" is not part of the standard.',
    },
    hint: { vi: 'Loại bản ghi hợp lệ: {expected}.', en: 'Valid record types: {expected}.' },
  },
  unknown_sheet: {
    severity: 'warning',
    message: {
      vi: 'Trang tính "{sheet}" không mang tên loại bản ghi nào; trang không được đọc.',
      en: 'The sheet "{sheet}" is not named after a record type; it was not read.',
    },
    hint: {
      vi: 'Đặt tên trang tính theo loại bản ghi, ví dụ person hoặc "Hoạt động phòng ngừa".',
      en: 'Name the sheet after its record type, e.g. person or "Prevention activity".',
    },
  },
  unlisted_file: {
    severity: 'warning',
    message: {
      vi: 'Tệp {file} có trong gói nhưng không được khai báo trong datapackage.json.',
      en: 'The file {file} is in the package but not listed in datapackage.json.',
    },
    hint: {
      vi: 'Khai báo tệp trong resources hoặc xóa tệp khỏi gói.',
      en: 'List the file in resources or remove it from the package.',
    },
  },
  unsupported_format: {
    severity: 'error',
    message: {
      vi: 'Định dạng {format} không được hỗ trợ.',
      en: 'The {format} format is not supported.',
    },
    hint: {
      vi: 'Dùng JSON, NDJSON, CSV, XLSX hoặc gói .zip; tệp .xls cần lưu lại dạng .xlsx.',
      en: 'Use JSON, NDJSON, CSV, XLSX or a .zip package; save .xls files as .xlsx.',
    },
  },
  unsupported_standard_version: {
    severity: 'error',
    message: {
      vi: 'Gói dữ liệu theo chuẩn VN-TIP {declared}; bộ công cụ này chỉ đọc được chuẩn {supported}.',
      en: 'The package follows VN-TIP {declared}; this toolkit reads only standard {supported}.',
    },
    hint: {
      vi: 'Dùng phiên bản bộ công cụ hỗ trợ chuẩn {declared}, hoặc sửa standardVersion nếu khai báo sai.',
      en: 'Use a toolkit version that supports standard {declared}, or correct standardVersion if it is wrong.',
    },
  },
  xls_not_supported: {
    severity: 'error',
    message: {
      vi: 'Tệp là bảng tính Excel kiểu cũ (.xls, Excel 97–2003) hoặc bảng tính có mật khẩu; định dạng này không đọc được.',
      en: 'The file is an old-style Excel workbook (.xls, Excel 97–2003) or a password-protected workbook; this format cannot be read.',
    },
    hint: {
      vi: 'Mở tệp bằng Excel hoặc LibreOffice, chọn Lưu thành (Save As), lưu dạng .xlsx hoặc .ods (bỏ mật khẩu nếu có) rồi kiểm tra lại tệp mới.',
      en: 'Open the file in Excel or LibreOffice, use Save As to save it as .xlsx or .ods (removing any password), then check the new file.',
    },
  },
} as const satisfies Record<string, IssueCodeDefinition>;

/** A stable issue code. */
export type IssueCode = keyof typeof ISSUE_CODES;
