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
  duplicate_items: {
    severity: 'error',
    message: {
      vi: 'Danh sách tại {field} có phần tử lặp lại.',
      en: 'The list at {field} repeats an item.',
    },
    hint: { vi: 'Mỗi giá trị chỉ ghi một lần.', en: 'List each value once.' },
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
  invalid_format: {
    severity: 'error',
    message: {
      vi: 'Giá trị tại {field} sai định dạng {format}.',
      en: 'The value at {field} is not in the {format} format.',
    },
    hint: {
      vi: 'Ngày ghi theo dạng YYYY-MM-DD, ví dụ 2024-05-05.',
      en: 'Write dates as YYYY-MM-DD, e.g. 2024-05-05.',
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
  out_of_range: {
    severity: 'error',
    message: {
      vi: 'Giá trị tại {field} nằm ngoài giới hạn ({limit}).',
      en: 'The value at {field} is outside its limits ({limit}).',
    },
    hint: { vi: 'Kiểm tra lại số liệu.', en: 'Check the figure.' },
  },
  required_field_missing: {
    severity: 'error',
    message: { vi: 'Thiếu trường bắt buộc {field}.', en: 'The required field {field} is missing.' },
    hint: { vi: 'Điền giá trị cho trường này.', en: 'Fill in this field.' },
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
} as const satisfies Record<string, IssueCodeDefinition>;

/** A stable issue code. */
export type IssueCode = keyof typeof ISSUE_CODES;
