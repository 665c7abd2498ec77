// Every user-facing string of the CLI, in Vietnamese and English. `{name}` is replaced by a parameter.
import type { Locale } from '@vntip/schema';
import { terminalText } from './io/terminal-text';

/** A message in both languages. */
export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

export const MESSAGES = {
  // Program and global options
  programDescription: {
    vi: 'vntip: kiểm tra, báo cáo, xuất, ký và xác minh dữ liệu phòng, chống mua bán người theo chuẩn VN-TIP.',
    en: 'vntip: validate, report, export, sign and verify anti-trafficking data in the VN-TIP standard.',
  },
  optLang: {
    vi: 'ngôn ngữ thông báo và trợ giúp: vi hoặc en (mặc định: vi)',
    en: 'language of messages and help: vi or en (default: vi)',
  },
  optJson: {
    vi: 'in kết quả và lỗi dạng JSON (cho máy đọc)',
    en: 'print results and errors as JSON (for machines)',
  },
  optQuiet: {
    vi: 'không in tiến trình và thông báo phụ',
    en: 'print no progress or side messages',
  },
  optConfig: {
    vi: 'tệp cấu hình (mặc định: vntip.config.json, .mjs hoặc .ts gần nhất từ thư mục hiện tại trở lên, trừ khi nằm trong dữ liệu đầu vào)',
    en: 'config file (default: the nearest vntip.config.json, .mjs or .ts from the current folder up, unless it lies inside an input)',
  },
  optDebug: {
    vi: 'in chi tiết kỹ thuật (stack) khi có lỗi chương trình',
    en: 'print technical details (stack) on program errors',
  },
  optVersion: { vi: 'in số phiên bản', en: 'print the version number' },
  optHelp: { vi: 'hiển thị trợ giúp', en: 'display help' },
  helpCommandDescription: {
    vi: 'hiển thị trợ giúp của một lệnh',
    en: 'display help for a command',
  },
  helpFooter: {
    vi: 'Mã thoát: 0 hợp lệ, 1 dữ liệu có lỗi, 2 lỗi cách dùng hoặc hệ thống.\nXem trợ giúp tiếng Anh: vntip --lang en --help',
    en: 'Exit codes: 0 clean, 1 data errors, 2 usage or system errors.\nVietnamese help: vntip --help',
  },
  titleUsage: { vi: 'Cách dùng:', en: 'Usage:' },
  titleOptions: { vi: 'Tùy chọn:', en: 'Options:' },
  titleCommands: { vi: 'Lệnh:', en: 'Commands:' },
  titleArguments: { vi: 'Tham số:', en: 'Arguments:' },
  titleGlobalOptions: { vi: 'Tùy chọn chung:', en: 'Global Options:' },

  // Command descriptions
  cmdValidate: {
    vi: 'kiểm tra tệp hoặc gói dữ liệu; báo cáo lỗi theo tệp, trang tính và dòng',
    en: 'validate files or packages; report issues by file, sheet and row',
  },
  cmdReport: {
    vi: 'tính các chỉ số so với chỉ tiêu cho một kỳ và địa bàn (bảng, JSON hoặc báo cáo HTML)',
    en: 'compute indicators against targets for a period and scope (table, JSON or HTML report)',
  },
  cmdExport: {
    vi: 'xuất dữ liệu đã kiểm tra sang một định dạng theo hồ sơ bảo mật',
    en: 'export validated data to a format under a privacy profile',
  },
  cmdConvert: {
    vi: 'chuyển định dạng cho chính cơ quan mình (hồ sơ internal, không khử định danh)',
    en: "convert between formats for the agency's own use (internal profile, not de-identified)",
  },
  cmdInit: {
    vi: 'tạo mẫu nhập liệu XLSX trống',
    en: 'write the blank XLSX data-entry template',
  },
  cmdKeygen: {
    vi: 'tạo cặp khóa ký Ed25519, hoặc khóa bí danh hóa (--pseudonym)',
    en: 'make an Ed25519 signing key pair, or a pseudonymisation key (--pseudonym)',
  },
  cmdSign: {
    vi: 'ký một gói dữ liệu (.zip hoặc thư mục)',
    en: 'sign a package (.zip or folder)',
  },
  cmdVerify: {
    vi: 'xác minh chữ ký của một gói dữ liệu (.zip hoặc thư mục)',
    en: 'verify the signature of a package (.zip or folder)',
  },
  cmdExplain: {
    vi: 'giải thích một mã lỗi: ý nghĩa, mức độ và cách sửa',
    en: 'explain an issue code: meaning, severity and fix',
  },
  cmdCodes: {
    vi: 'liệt kê mã của một danh mục kèm nhãn tiếng Việt và tiếng Anh',
    en: 'list the codes of a codelist with Vietnamese and English labels',
  },

  // Arguments and options of commands
  argFiles: {
    vi: 'tệp (JSON, NDJSON, CSV, XLSX, .zip) hoặc thư mục gói dữ liệu',
    en: 'files (JSON, NDJSON, CSV, XLSX, .zip) or package folders',
  },
  argInput: {
    vi: 'tệp hoặc thư mục gói dữ liệu đầu vào',
    en: 'input file or package folder',
  },
  optFormatValidate: {
    vi: 'định dạng kết quả: pretty hoặc json (mặc định: pretty)',
    en: 'output format: pretty or json (default: pretty)',
  },
  optFailOn: {
    vi: 'mức gây mã thoát 1: error hoặc warning (mặc định: error)',
    en: 'severity that exits 1: error or warning (default: error)',
  },
  optSchemaOnly: {
    vi: 'chỉ kiểm tra cấu trúc theo lược đồ, không chạy các quy tắc (tham chiếu chéo, ngày, …)',
    en: 'check structure against the schemas only; run no rules (cross-references, dates, …)',
  },
  optRecordType: {
    vi: 'loại bản ghi của tệp một loại không tự ghi loại (ví dụ person)',
    en: 'record type of a single-type file that does not name it (e.g. person)',
  },
  optEncoding: {
    vi: 'bảng mã của tệp văn bản: auto, utf-8, utf-16le, utf-16be, windows-1258, tcvn3, viscii, vni (mặc định: auto)',
    en: 'text encoding: auto, utf-8, utf-16le, utf-16be, windows-1258, tcvn3, viscii, vni (default: auto)',
  },
  optIssueReport: {
    vi: 'ghi danh sách mọi vấn đề (không giới hạn) ra tệp .xlsx, .csv hoặc .html',
    en: 'write every issue (no cap) to a .xlsx, .csv or .html file',
  },
  optAnnotate: {
    vi: 'ghi lại sổ tính của bạn ra tệp .xlsx, ô có lỗi tô đỏ, cảnh báo tô vàng, kèm ghi chú và trang "Lỗi ∕ Issues" (một tệp .xlsx hoặc .csv đầu vào)',
    en: 'write your workbook back as .xlsx with error cells red, warnings yellow, comments and a first "Lỗi ∕ Issues" sheet (one .xlsx or .csv input)',
  },
  errAnnotateInput: {
    vi: '--annotate cần đúng một tệp đầu vào .xlsx hoặc .csv.',
    en: '--annotate needs exactly one .xlsx or .csv input file.',
  },
  errReportFormat: {
    vi: 'Không ghi được báo cáo lỗi ra {path}: chỉ hỗ trợ đuôi .xlsx, .csv hoặc .html.',
    en: 'Cannot write the issue report to {path}: only .xlsx, .csv or .html are supported.',
  },
  optToday: {
    vi: 'ngày hôm nay (YYYY-MM-DD) cho các quy tắc ngày, để kết quả lặp lại được',
    en: "today's date (YYYY-MM-DD) for date rules, for reproducible runs",
  },
  optPeriod: {
    vi: 'kỳ báo cáo: 2024 hoặc 2024-01-01..2024-12-31 (mặc định: kỳ của gói dữ liệu)',
    en: "period: 2024 or 2024-01-01..2024-12-31 (default: the package's period)",
  },
  optGrain: {
    vi: 'chia kỳ theo YEAR, HALF_YEAR, QUARTER hoặc MONTH (mặc định: cả kỳ)',
    en: 'split the period by YEAR, HALF_YEAR, QUARTER or MONTH (default: whole period)',
  },
  optScope: {
    vi: 'địa bàn, lặp lại được: VN, <mã>@<phiên bản danh mục> (24@124/2004) hoặc provinces:19/2025 (mặc định: VN)',
    en: 'scope, repeatable: VN, <code>@<code-list version> (24@124/2004) or provinces:19/2025 (default: VN)',
  },
  optTargets: {
    vi: 'tệp chỉ tiêu của tỉnh (.ndjson), lặp lại được; cộng thêm vào chỉ tiêu quốc gia',
    en: 'provincial targets file (.ndjson), repeatable; added to the national targets',
  },
  optFormatReport: {
    vi: 'định dạng: table, json, html hoặc pdf (A4, cần Chromium và --out; mặc định: table)',
    en: 'format: table, json, html or pdf (A4, needs Chromium and --out; default: table)',
  },
  optOutFile: {
    vi: 'ghi vào tệp này thay vì ra màn hình',
    en: 'write to this file instead of standard output',
  },
  optIndicators: {
    vi: 'chỉ tính các chỉ số này (mã, phân cách bằng dấu phẩy)',
    en: 'compute only these indicators (ids, comma-separated)',
  },
  optTitle: { vi: 'tiêu đề báo cáo', en: 'report title' },
  optAllowInvalid: {
    vi: 'vẫn tính trên các bản ghi hợp lệ khi dữ liệu có lỗi',
    en: 'compute on the valid records even when the data has errors',
  },
  optTo: {
    vi: 'định dạng xuất (csv, json, ndjson, xlsx, package, sdmx-csv, htcds hoặc của phần mở rộng)',
    en: 'output format (csv, json, ndjson, xlsx, package, sdmx-csv, htcds or a plugin format)',
  },
  optProfile: {
    vi: 'hồ sơ bảo mật: internal, referral, statistical, public (mặc định: mặc định của định dạng)',
    en: "privacy profile: internal, referral, statistical, public (default: the format's default)",
  },
  optReportProfile: {
    vi: 'hồ sơ bảo mật của báo cáo: statistical (mặc định: ẩn số nhỏ, không có mã bản ghi) hoặc internal (giữ nguyên, chỉ dùng trong cơ quan)',
    en: 'privacy profile of the report: statistical (default: small counts withheld, no record ids) or internal (as computed, for the agency only)',
  },
  optRelease: {
    vi: 'mã lần công bố (hồ sơ public): mã bí danh chỉ dùng cho lần công bố này; mặc định là một mã ngẫu nhiên mới',
    en: 'release id (public profile): pseudonyms are made for this release alone; default: a fresh random id',
  },
  optOutDir: { vi: 'thư mục ghi kết quả (bắt buộc)', en: 'folder to write to (required)' },
  optKeyFile: {
    vi: 'tệp khóa bí danh hóa (hoặc biến môi trường VNTIP_PSEUDONYM_KEY)',
    en: 'pseudonymisation key file (or the VNTIP_PSEUDONYM_KEY environment variable)',
  },
  optOptions: {
    vi: 'tùy chọn của định dạng: JSON hoặc đường dẫn tệp JSON',
    en: 'format options: JSON text or the path of a JSON file',
  },
  optOverwrite: {
    vi: 'cho phép ghi đè tệp đã có',
    en: 'allow replacing files that exist',
  },
  optFrom: {
    vi: 'đọc đầu vào bằng bộ nhập này (mặc định: tự nhận theo đuôi tệp)',
    en: 'read the input with this importer (default: detected from the file extension)',
  },
  optTemplateOut: {
    vi: 'tệp mẫu cần ghi (mặc định: mau-nhap-lieu-vntip.xlsx hoặc vntip-template.xlsx)',
    en: 'template file to write (default: mau-nhap-lieu-vntip.xlsx or vntip-template.xlsx)',
  },
  optTemplateLang: {
    vi: 'ngôn ngữ của mẫu: vi hoặc en (mặc định: như --lang)',
    en: 'language of the template: vi or en (default: as --lang)',
  },
  optPseudonym: {
    vi: 'tạo khóa bí danh hóa 32 byte thay vì cặp khóa ký',
    en: 'make a 32-byte pseudonymisation key instead of a signing key pair',
  },
  optKeyOut: {
    vi: 'tiền tố tệp khóa (mặc định: vntip-signing → .key và .pub; với --pseudonym: vntip-pseudonym.key)',
    en: 'key file prefix (default: vntip-signing → .key and .pub; with --pseudonym: vntip-pseudonym.key)',
  },
  optSignKey: { vi: 'tệp khóa riêng (PEM)', en: 'private key file (PEM)' },
  optSignOut: {
    vi: 'ghi gói đã ký vào tệp này (mặc định: thay tệp gốc)',
    en: 'write the signed package here (default: replace the input)',
  },
  optPublicKey: {
    vi: 'tệp khóa công khai (PEM) tin cậy; nêu nhiều lần được; cộng với trustedKeys của tệp cấu hình',
    en: 'trusted public key file (PEM); may be repeated; added to the config’s trustedKeys',
  },
  optMaxIssues: {
    vi: 'giữ tối đa chừng này vấn đề mỗi đầu vào; mọi vấn đề vẫn được đếm (mặc định: 1000)',
    en: 'keep at most this many issues per input; all are still counted (default: 1000)',
  },
  optMaxBytes: {
    vi: 'kích thước tối đa của một tệp đầu vào, và của tài liệu JSON hoặc nội dung tệp nén, tính bằng byte (mặc định: 536870912)',
    en: 'largest input file, and largest JSON document or archive content, in bytes (default: 536870912)',
  },
  optMaxRecords: {
    vi: 'số bản ghi tối đa đọc từ một đầu vào (mặc định: 10000000)',
    en: 'most records read from one input (default: 10000000)',
  },
  optTrustKey: {
    vi: 'khóa công khai (PEM) tin cậy để kiểm tra chữ ký gói; nêu nhiều lần được; cộng với trustedKeys của tệp cấu hình',
    en: 'trusted public key (PEM) to check package signatures with; may be repeated; added to the config’s trustedKeys',
  },
  optRequireSignature: {
    vi: 'coi đầu vào không có chữ ký hợp lệ là lỗi',
    en: 'treat an input without a valid signature as an error',
  },
  optSignOverwrite: {
    vi: 'ký lại gói đã ký (thay chữ ký cũ), hoặc ghi đè tệp --out đã có (không bao giờ ghi đè khóa)',
    en: 'sign a signed package again (replacing its signature), or replace an existing --out file (never the key)',
  },
  optOverwriteFile: {
    vi: 'ghi đè tệp đã có (không bao giờ ghi đè dữ liệu đầu vào)',
    en: 'replace a file that exists (never one of the inputs)',
  },
  argIssueCode: { vi: 'mã lỗi, ví dụ unknown_code', en: 'issue code, e.g. unknown_code' },
  argCodelist: {
    vi: 'tên danh mục, ví dụ sex; bỏ trống để liệt kê các danh mục',
    en: 'codelist name, e.g. sex; leave out to list the codelists',
  },

  // Commander's own errors
  errUnknownOption: {
    vi: 'Tùy chọn không hợp lệ: {detail}. Xem vntip --help.',
    en: 'Unknown option: {detail}. See vntip --help --lang en.',
  },
  errUnknownCommand: {
    vi: 'Không có lệnh {detail}. Xem vntip --help.',
    en: 'There is no command {detail}. See vntip --help --lang en.',
  },
  errMissingArgument: {
    vi: 'Thiếu tham số bắt buộc: {detail}.',
    en: 'A required argument is missing: {detail}.',
  },
  errOptionMissingArgument: {
    vi: 'Tùy chọn {detail} cần một giá trị.',
    en: 'The option {detail} needs a value.',
  },
  errExcessArguments: {
    vi: 'Quá nhiều tham số: {detail}.',
    en: 'Too many arguments: {detail}.',
  },
  errUsageGeneric: { vi: 'Cách dùng không đúng: {detail}', en: 'Wrong usage: {detail}' },
  // Said in both languages: the one asked for is the one not known.
  errUnknownLang: {
    vi: 'Ngôn ngữ "{lang}" không có: dùng --lang vi hoặc --lang en. (Unknown language "{lang}": use --lang vi or --lang en.)',
    en: 'Unknown language "{lang}": use --lang vi or --lang en. (Ngôn ngữ "{lang}" không có: dùng --lang vi hoặc --lang en.)',
  },
  didYouMean: { vi: 'Có phải ý bạn là: {suggestions}?', en: 'Did you mean: {suggestions}?' },

  // Usage errors of the CLI
  errBadChoice: {
    vi: '{option} phải là một trong: {choices} (nhận được "{value}").',
    en: '{option} must be one of: {choices} (got "{value}").',
  },
  errNoInput: { vi: 'Hãy nêu ít nhất một tệp.', en: 'Name at least one file.' },
  errNotRegularFile: {
    vi: '{path} không phải tệp hay thư mục (thiết bị, FIFO hoặc socket), nên không được đọc. Lưu dữ liệu thành tệp rồi kiểm tra tệp đó.',
    en: '{path} is not a file or a folder (a device, FIFO or socket), so it is not read. Save the data to a file and check that.',
  },
  errFileNotFound: {
    vi: 'Không tìm thấy {path}. Kiểm tra lại đường dẫn.',
    en: '{path} was not found. Check the path.',
  },
  errFileUnreadable: {
    vi: 'Không đọc được {path}: {reason}',
    en: '{path} could not be read: {reason}',
  },
  errFileExists: {
    vi: '{path} đã có. Chọn tên khác hoặc xóa tệp cũ.',
    en: '{path} already exists. Choose another name or remove it.',
  },
  errFileExistsOverwrite: {
    vi: '{path} đã có. Chọn tên khác, hoặc thêm --overwrite để ghi đè.',
    en: '{path} already exists. Choose another name, or add --overwrite to replace it.',
  },
  errOutExists: {
    vi: 'Thư mục {path} đã có tệp {file}. Chọn thư mục trống hoặc thêm --overwrite.',
    en: 'The folder {path} already holds {file}. Choose an empty folder or add --overwrite.',
  },
  errWriteFailed: {
    vi: 'Không ghi được {path}: {reason}',
    en: '{path} could not be written: {reason}',
  },
  errBadPeriod: {
    vi: 'Kỳ "{value}" không hợp lệ. Dùng 2024 hoặc 2024-01-01..2024-12-31.',
    en: 'The period "{value}" is not valid. Use 2024 or 2024-01-01..2024-12-31.',
  },
  errNoPeriod: {
    vi: 'Dữ liệu không khai báo kỳ báo cáo; hãy thêm --period, ví dụ --period 2024.',
    en: 'The data declares no period; add --period, e.g. --period 2024.',
  },
  errBadScope: {
    vi: 'Địa bàn "{value}" không hợp lệ. Dùng VN, 24@124/2004, 01001@19/2025 hoặc provinces:19/2025.',
    en: 'The scope "{value}" is not valid. Use VN, 24@124/2004, 01001@19/2025 or provinces:19/2025.',
  },
  errBadToday: {
    vi: '--today phải có dạng YYYY-MM-DD (nhận được "{value}").',
    en: '--today must look like YYYY-MM-DD (got "{value}").',
  },
  errBadLimit: {
    vi: '{option} phải là số nguyên dương (nhận được "{value}").',
    en: '{option} must be a positive whole number (got "{value}").',
  },
  errOutputIsInput: {
    vi: 'Không ghi vào {output}: đó là, hoặc nằm trong, hoặc chứa dữ liệu đầu vào {input}. Chọn chỗ ghi khác (--overwrite không thay đổi điều này).',
    en: 'Not writing to {output}: it is, or lies inside, or holds the input {input}. Choose another place (--overwrite does not change this).',
  },
  errNoSuchDay: {
    vi: '--today "{value}" không phải ngày có thật trên lịch (kiểm tra ngày và tháng).',
    en: '--today "{value}" is not a real calendar day (check the day and the month).',
  },
  errTodayOutOfRange: {
    vi: '--today "{value}" nằm ngoài khoảng cho phép, từ {from} đến {to}; dùng ngày hôm nay hoặc ngày cần tính, dạng YYYY-MM-DD.',
    en: '--today "{value}" is outside the days allowed, {from} to {to}; use today\'s date or the day to compute for, as YYYY-MM-DD.',
  },
  errUnknownProvince: {
    vi: 'Địa bàn "{value}": không có tỉnh mã {code} trong danh mục đơn vị hành chính {version}. Xem mã bằng: vntip codes province2004 (hoặc province2025).',
    en: 'Scope "{value}": there is no province {code} in the {version} list of administrative units. List the codes with: vntip codes province2004 (or province2025).',
  },
  errOutRequired: {
    vi: 'Hãy nêu thư mục ghi kết quả bằng --out <thư mục>.',
    en: 'Name the output folder with --out <folder>.',
  },
  errHtmlNeedsNothing: {
    vi: 'Báo cáo HTML chưa có trong bản vntip này. Dùng --format table hoặc json.',
    en: 'The HTML report is not available in this build of vntip. Use --format table or json.',
  },
  errUnknownExporter: {
    vi: 'Không có định dạng xuất "{id}". Các định dạng có: {known}.',
    en: 'There is no output format "{id}". Known formats: {known}.',
  },
  errUnknownImporter: {
    vi: 'Không có bộ nhập "{id}". Các bộ nhập có: {known}.',
    en: 'There is no importer "{id}". Known importers: {known}.',
  },
  errUnknownIndicator: {
    vi: 'Không có chỉ số "{id}". Các chỉ số có: {known}.',
    en: 'There is no indicator "{id}". Known indicators: {known}.',
  },
  errProfileUnsupported: {
    vi: 'Định dạng {format} không mang được hồ sơ "{profile}"; chỉ có: {profiles}.',
    en: 'The {format} format cannot carry the "{profile}" profile; it supports: {profiles}.',
  },
  errKeyMissing: {
    vi: 'Hồ sơ {profile} cần khóa bí danh hóa của tỉnh: thêm --key-file <tệp> hoặc đặt biến môi trường VNTIP_PSEUDONYM_KEY. Không có khóa mặc định. Tạo khóa bằng: vntip keygen --pseudonym',
    en: "The {profile} profile needs the province's pseudonymisation key: add --key-file <file> or set VNTIP_PSEUDONYM_KEY. There is no default key. Make one with: vntip keygen --pseudonym",
  },
  errKeyInvalid: {
    vi: 'Khóa bí danh hóa không hợp lệ: cần ít nhất 32 byte ngẫu nhiên, viết thành 64 chữ số hex như vntip keygen --pseudonym tạo ra. Tạo khóa bằng: vntip keygen --pseudonym',
    en: 'The pseudonymisation key is not valid: it needs at least 32 random bytes, written as 64 hex digits as vntip keygen --pseudonym writes them. Make one with: vntip keygen --pseudonym',
  },
  errKeyWeak: {
    vi: 'Khóa bí danh hóa yếu nên bị từ chối: {reason} Chỉ dùng khóa tạo bằng: vntip keygen --pseudonym',
    en: 'The pseudonymisation key is weak, so it is refused: {reason} Use only a key made with: vntip keygen --pseudonym',
  },
  errBadOptions: {
    vi: 'Tùy chọn của {what} không hợp lệ: {detail}',
    en: 'The options of {what} are not valid: {detail}',
  },
  errOptionsJson: {
    vi: '--options phải là JSON hoặc đường dẫn tệp JSON: {reason}',
    en: '--options must be JSON or the path of a JSON file: {reason}',
  },
  errSigningKey: {
    vi: 'Không đọc được khóa trong {path}: tệp phải là khóa PEM do vntip keygen tạo.',
    en: 'The key in {path} could not be read: it must be a PEM key made by vntip keygen.',
  },
  errSignFolderOut: {
    vi: 'Ký một thư mục gói thì chữ ký được ghi vào thư mục đó (datapackage.json.sig); bỏ --out.',
    en: 'Signing a package folder writes its signature into it (datapackage.json.sig); leave out --out.',
  },
  errNoTrustedKey: {
    vi: 'Hãy nêu khóa công khai của bên ký bằng --public-key <tệp>, hoặc trustedKeys trong tệp cấu hình.',
    en: "Give the signer's public key with --public-key <file>, or trustedKeys in the config file.",
  },
  errSignatureExists: {
    vi: '{path} đã có chữ ký datapackage.json.sig. Thêm --overwrite để ký lại và thay chữ ký cũ, hoặc ghi gói đã ký ra tệp khác bằng --out.',
    en: '{path} already carries a signature (datapackage.json.sig). Add --overwrite to sign it again and replace the old signature, or write the signed package elsewhere with --out.',
  },
  errSignatureExistsFolder: {
    vi: '{path} đã có chữ ký datapackage.json.sig. Thêm --overwrite để ký lại và thay chữ ký cũ.',
    en: '{path} already carries a signature (datapackage.json.sig). Add --overwrite to sign it again and replace the old signature.',
  },
  errSignFailed: {
    vi: 'Không ký được {path}: tệp không phải gói dữ liệu đọc được hoặc các tệp không khớp datapackage.json. ({reason})',
    en: '{path} could not be signed: it is not a readable package or its files do not match datapackage.json. ({reason})',
  },
  errUnknownIssueCode: {
    vi: 'Không có mã lỗi "{code}".',
    en: 'There is no issue code "{code}".',
  },
  errUnknownCodelist: {
    vi: 'Không có danh mục "{name}". Xem danh sách: vntip codes.',
    en: 'There is no codelist "{name}". List them with: vntip codes.',
  },
  errTargetsNotTargets: {
    vi: 'Tệp chỉ tiêu {path} có bản ghi loại {recordType}; chỉ nhận bản ghi target.',
    en: 'The targets file {path} holds {recordType} records; only target records are accepted.',
  },
  errTargetsInvalid: {
    vi: 'Tệp chỉ tiêu {path} có lỗi; sửa rồi chạy lại (xem: vntip validate {path}).',
    en: 'The targets file {path} has errors; fix them and run again (see: vntip validate {path}).',
  },
  errDataInvalid: {
    vi: 'Dữ liệu có {errors} lỗi nên không {action}. Xem chi tiết: vntip validate {inputs}',
    en: 'The data has {errors} error(s), so nothing was {action}. Details: vntip validate {inputs}',
  },
  actionExported: { vi: 'xuất', en: 'exported' },
  actionReported: { vi: 'tính chỉ số', en: 'computed' },
  actionConverted: { vi: 'chuyển đổi', en: 'converted' },
  configLoaded: { vi: 'Tệp cấu hình: {path}', en: 'Config file: {path}' },
  configIgnored: {
    vi: 'Bỏ qua tệp cấu hình {path} vì nó nằm trong hoặc cạnh dữ liệu đầu vào {input}: cấu hình và phần mở rộng không bao giờ được nạp từ dữ liệu nhận được. Nếu đây là cấu hình của bạn, nêu nó bằng --config.',
    en: 'Ignored the config file {path}, as it lies inside or beside the input {input}: config and plugins are never loaded from received data. If it is yours, name it with --config.',
  },
  errConfigRead: {
    vi: 'Không đọc được tệp cấu hình {path}: {reason}',
    en: 'The config file {path} could not be read: {reason}',
  },
  errConfigNeedsTsx: {
    vi: 'Tệp cấu hình {path} viết bằng TypeScript; Node 20 chỉ đọc được nó khi có gói tsx. Cài tsx cùng dự án (npm i -D tsx) hoặc đổi cấu hình sang vntip.config.mjs hay vntip.config.json.',
    en: 'The config file {path} is TypeScript, which Node 20 reads only with the tsx package. Install tsx in the project (npm i -D tsx), or write the config as vntip.config.mjs or vntip.config.json.',
  },
  errConfigShape: {
    vi: 'Tệp cấu hình {path} không đúng dạng: {reason}',
    en: 'The config file {path} is malformed: {reason}',
  },

  errPluginLoad: {
    vi: 'Không nạp được phần mở rộng "{specifier}" (khai báo trong {config}): {reason}',
    en: 'The plugin "{specifier}" (named in {config}) could not be loaded: {reason}',
  },
  errPluginShape: {
    vi: 'Phần mở rộng "{specifier}" không xuất definePlugin(...) hợp lệ (cần meta.name, meta.namespace).',
    en: 'The plugin "{specifier}" does not export a valid definePlugin(...) (needs meta.name and meta.namespace).',
  },
  errVntip: {
    vi: 'Lỗi ({code}): {message}',
    en: 'Error ({code}): {message}',
  },
  errPluginFailed: {
    vi: 'Phần mở rộng {plugin} gặp lỗi ở bước {hook}. Báo cho tác giả của phần mở rộng. ({detail})',
    en: "The plugin {plugin} failed in its {hook} hook. Report it to the plugin's authors. ({detail})",
  },
  errDuplicatePlugin: {
    vi: 'Hai phần mở rộng cùng định nghĩa một mã. Bỏ bớt một phần mở rộng. ({detail})',
    en: 'Two plugins define the same id. Remove one of them. ({detail})',
  },
  errSinkFailed: {
    vi: 'Ghi tệp kết quả thất bại; không tệp dở dang nào được giữ lại. Kiểm tra thư mục đích. ({detail})',
    en: 'Writing the output failed; no partial file was kept. Check the destination. ({detail})',
  },
  errProfileNotHonoured: {
    vi: 'Hồ sơ statistical chỉ xuất số liệu tổng hợp (kết quả chỉ số), không xuất bản ghi từng người. Dùng --to sdmx-csv để xuất chỉ số, hoặc chọn hồ sơ public cho dữ liệu vi mô ẩn danh.',
    en: 'The statistical profile exports aggregates only (indicator results), never person-level records. Use --to sdmx-csv to export indicators, or choose the public profile for anonymised microdata.',
  },
  errInternal: {
    vi: 'vntip: lỗi nội bộ {code} — vui lòng báo cho nhóm VN-TIP (kèm mã này; chạy lại với --debug để xem chi tiết).',
    en: 'vntip: internal error {code} — please report it to the VN-TIP team (with this code; run again with --debug for details).',
  },
  errSystem: {
    vi: 'Lỗi hệ thống {code} ({call} {path}): {reason}. Kiểm tra quyền, chỗ trống trên đĩa và đường dẫn.',
    en: 'System error {code} ({call} {path}): {reason}. Check permissions, free disk space and the path.',
  },
  errorPrefix: { vi: 'Lỗi', en: 'Error' },
  warningPrefix: { vi: 'Cảnh báo', en: 'Warning' },

  // Validate output
  severityError: { vi: 'lỗi', en: 'error' },
  severityWarning: { vi: 'cảnh báo', en: 'warning' },
  severityInfo: { vi: 'thông tin', en: 'info' },
  locRow: { vi: 'dòng {row}', en: 'row {row}' },
  locColumn: { vi: 'cột {column}', en: 'column {column}' },
  locCell: { vi: 'ô {cell}', en: 'cell {cell}' },
  locCellHeader: { vi: 'ô {cell} ("{header}")', en: 'cell {cell} ("{header}")' },
  locSheet: { vi: 'trang tính {sheet}', en: 'sheet {sheet}' },
  locNone: { vi: '(toàn tệp)', en: '(whole file)' },
  hintLabel: { vi: 'Cách sửa', en: 'Fix' },
  fileValid: {
    vi: '✓ {file}: hợp lệ ({records} bản ghi{warnings})',
    en: '✓ {file}: valid ({records} records{warnings})',
  },
  fileInvalid: {
    vi: '✗ {file}: {errors} lỗi, {warnings} cảnh báo ({records} bản ghi đọc được{incomplete})',
    en: '✗ {file}: {errors} error(s), {warnings} warning(s) ({records} records read{incomplete})',
  },
  issuesNotKept: {
    vi: '  {count} vấn đề không được giữ lại (chỉ giữ {kept}); tất cả đều được đếm ở trên. Tăng giới hạn bằng --max-issues.',
    en: '  {count} issue(s) were not kept (only {kept} are); all are counted above. Raise the limit with --max-issues.',
  },
  warningsSuffix: { vi: ', {count} cảnh báo', en: ', {count} warning(s)' },
  incompleteSuffix: { vi: '; tệp không đọc được hết', en: '; the file was not read to its end' },
  moreIssues: {
    vi: '  … và {count} vấn đề nữa (dùng --format json để xem hết)',
    en: '  … and {count} more (use --format json to see them all)',
  },
  totalValid: {
    vi: 'Tất cả {files} tệp hợp lệ.',
    en: 'All {files} file(s) are valid.',
  },
  totalInvalid: {
    vi: '{bad}/{files} tệp có lỗi: tổng {errors} lỗi, {warnings} cảnh báo.',
    en: '{bad} of {files} file(s) have errors: {errors} error(s), {warnings} warning(s) in all.',
  },
  reading: { vi: 'Đang đọc {file}', en: 'Reading {file}' },

  // Report output
  reportHeading: {
    vi: 'Chỉ số {period}, địa bàn {scopes}',
    en: 'Indicators {period}, scope {scopes}',
  },
  colIndicator: { vi: 'Chỉ số', en: 'Indicator' },
  colScope: { vi: 'Địa bàn', en: 'Scope' },
  colBreakdown: { vi: 'Phân tổ', en: 'Breakdown' },
  total: { vi: 'tổng', en: 'total' },
  colPeriod: { vi: 'Kỳ', en: 'Period' },
  colValue: { vi: 'Giá trị', en: 'Value' },
  colTarget: { vi: 'Chỉ tiêu', en: 'Target' },
  colStatus: { vi: 'Tình trạng', en: 'Status' },
  statusMet: { vi: 'đạt', en: 'met' },
  statusNotMet: { vi: 'chưa đạt', en: 'not met' },
  statusOnTrack: { vi: 'đúng tiến độ', en: 'on track' },
  statusNoData: { vi: 'không có số liệu', en: 'no data' },
  statusNotQuantified: { vi: 'chưa lượng hóa', en: 'not quantified' },
  breakdownsOmitted: {
    vi: '{count} dòng phân tổ nhiều chiều không hiện trong bảng; xem đủ bằng --all, --format json hoặc html.',
    en: '{count} multi-way breakdown rows are not shown in the table; see them all with --all, --format json or html.',
  },
  optAll: {
    vi: 'bảng hiện mọi dòng, kể cả phân tổ nhiều chiều',
    en: 'show every row in the table, multi-way breakdowns included',
  },
  reportWritten: { vi: 'Đã ghi báo cáo {path}.', en: 'Wrote the report {path}.' },
  errPdfNeedsOut: {
    vi: 'Báo cáo PDF phải được ghi ra tệp: thêm --out <tệp.pdf>.',
    en: 'A PDF report must be written to a file: add --out <file.pdf>.',
  },
  errPdfNeedsChromium: {
    vi: 'Không tìm thấy Chromium ở {path}, nên không in được báo cáo PDF. Cài Chromium (Debian, Ubuntu: sudo apt-get install --no-install-recommends chromium), hoặc nêu đường dẫn tới trình duyệt bằng biến môi trường VNTIP_CHROMIUM. Báo cáo HTML (--format html) không cần Chromium và in được từ mọi trình duyệt.',
    en: 'Chromium was not found at {path}, so the PDF report cannot be printed. Install Chromium (Debian, Ubuntu: sudo apt-get install --no-install-recommends chromium), or name the browser with the VNTIP_CHROMIUM environment variable. The HTML report (--format html) needs no Chromium and prints from any browser.',
  },
  errPdfNeedsPlaywright: {
    vi: 'In báo cáo PDF cần gói playwright-core: cài nó cùng vntip (npm i playwright-core). Báo cáo HTML (--format html) không cần gói này.',
    en: 'Printing the PDF report needs the playwright-core package: install it beside vntip (npm i playwright-core). The HTML report (--format html) does not need it.',
  },
  errPdfChromiumFailed: {
    vi: 'Không chạy được Chromium ({path}) để in báo cáo PDF: {reason}',
    en: 'Chromium ({path}) could not be started to print the PDF report: {reason}',
  },
  reportInternalWarning: {
    vi: 'Báo cáo hồ sơ internal giữ nguyên mọi số liệu, kể cả số nhỏ và mã bản ghi của người: chỉ dùng trong cơ quan, không gửi ra ngoài. Mỗi trang được đánh dấu NỘI BỘ / INTERNAL.',
    en: 'An internal report keeps every figure, small counts and persons’ record ids included: for the agency only, never send it out. Every page is marked NỘI BỘ / INTERNAL.',
  },
  reportProtected: {
    vi: 'Báo cáo hồ sơ statistical: {withheld} ô số nhỏ (dưới {threshold}) hoặc có thể suy ra số nhỏ bị ẩn.',
    en: 'Statistical report: {withheld} cells withheld as small (under {threshold}) or as able to reveal a small count.',
  },
  withheld: { vi: 'ẩn', en: 'withheld' },
  invalidButComputed: {
    vi: 'Dữ liệu có {errors} lỗi; chỉ số chỉ tính trên các bản ghi hợp lệ.',
    en: 'The data has {errors} error(s); indicators count the valid records only.',
  },

  // Export output
  exported: {
    vi: 'Đã xuất {records} bản ghi sang {format} (hồ sơ {profile}) vào {out}: {files}.',
    en: 'Exported {records} records as {format} (profile {profile}) into {out}: {files}.',
  },
  riskSummary: { vi: 'Báo cáo rủi ro: {summary}', en: 'Risk report: {summary}' },
  riskKey: { vi: 'Khóa bí danh hóa: {keyId}', en: 'Pseudonymisation key: {keyId}' },
  exportIssues: {
    vi: 'Bộ xuất có {count} ghi chú:',
    en: 'The exporter had {count} note(s):',
  },

  // Init, keygen, sign, verify
  templateWritten: {
    vi: 'Đã ghi mẫu nhập liệu {path}. Điền dữ liệu rồi kiểm tra bằng: vntip validate {path}',
    en: 'Wrote the data-entry template {path}. Fill it in, then check it with: vntip validate {path}',
  },
  keysWritten: {
    vi: 'Đã tạo cặp khóa ký (mã khóa {keyId}): khóa riêng {privatePath} (giữ bí mật, quyền 0600), khóa công khai {publicPath} (gửi cho bên xác minh).',
    en: 'Made a signing key pair (key id {keyId}): private key {privatePath} (keep it secret, mode 0600), public key {publicPath} (give it to verifiers).',
  },
  pseudonymKeyWritten: {
    vi: 'Đã tạo khóa bí danh hóa {path} (mã khóa {keyId}, quyền 0600). Giữ bí mật; không đưa vào kho mã nguồn.',
    en: 'Made the pseudonymisation key {path} (key id {keyId}, mode 0600). Keep it secret; never commit it.',
  },
  signed: {
    vi: 'Đã ký {path} (mã khóa {keyId}).',
    en: 'Signed {path} (key id {keyId}).',
  },
  verified: {
    vi: '✓ {path}: chữ ký hợp lệ (mã khóa {keyId}, ký lúc {signedAt}); mọi tệp đúng như khi ký.',
    en: '✓ {path}: the signature is valid (key id {keyId}, signed {signedAt}); every file is as signed.',
  },
  notVerified: {
    vi: '✗ {path}: không xác minh được ({count} vấn đề):',
    en: '✗ {path}: does not verify ({count} problem(s)):',
  },

  // Explain, codes
  explainSeverity: { vi: 'Mức độ', en: 'Severity' },
  explainMessage: { vi: 'Nội dung', en: 'Message' },
  explainHint: { vi: 'Gợi ý', en: 'Hint' },
  explainExample: { vi: 'Ví dụ gây ra', en: 'Example that raises it' },
  explainFix: { vi: 'Cách sửa', en: 'Fix' },
  explainKindNote: { vi: 'ghi chú của chỉ số', en: 'indicator note' },
  explainOrigin: { vi: 'Nguồn', en: 'Source' },
  codelistsHeading: {
    vi: 'Các danh mục ({count}); xem mã bằng: vntip codes <tên>',
    en: 'Codelists ({count}); list codes with: vntip codes <name>',
  },
  colCode: { vi: 'Mã', en: 'Code' },
  colLabelVi: { vi: 'Nhãn (vi)', en: 'Label (vi)' },
  colLabelEn: { vi: 'Nhãn (en)', en: 'Label (en)' },
  colNote: { vi: 'Ghi chú', en: 'Note' },
  deprecatedSince: { vi: 'ngừng dùng từ {version}', en: 'deprecated since {version}' },
  unconfirmed: { vi: 'chưa xác nhận', en: 'unconfirmed' },
} as const satisfies Record<string, Bilingual>;

/** A message key. */
export type MessageKey = keyof typeof MESSAGES;

/** Renders a message in a locale, replacing `{name}` with its parameter. */
export type Translate = (key: MessageKey, params?: Readonly<Record<string, unknown>>) => string;

/**
 * The translator of a locale. Every parameter is passed through `terminalText`: parameters are where data-derived
 * text (file names, values, plugin strings) enters a message, so none of it can reach the terminal as a control
 * character.
 */
export function createTranslator(locale: Locale): Translate {
  return (key, params = {}) => fill(MESSAGES[key][locale], params, terminalText);
}

/** Replaces `{name}` in a template with its own parameter (through `format`); unknown names stay as they are. */
export function fill(
  template: string,
  params: Readonly<Record<string, unknown>>,
  format: (text: string) => string = (text) => text,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? format(String(params[name])) : whole,
  );
}
