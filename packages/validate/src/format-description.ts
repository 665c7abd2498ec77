import type { Locale } from '@vntip/schema';

type Words = Readonly<Record<Locale, string>>;

/** The forms the standard's schemas ask for, by zod format or regex source, said in words. */
const FORMS: Readonly<Record<string, Words>> = {
  date: {
    vi: 'ngày dạng YYYY-MM-DD (ví dụ 2024-05-05)',
    en: 'a date written YYYY-MM-DD (e.g. 2024-05-05)',
  },
  datetime: {
    vi: 'ngày giờ dạng YYYY-MM-DDThh:mm:ssZ (ví dụ 2024-05-05T08:30:00Z)',
    en: 'a date and time written YYYY-MM-DDThh:mm:ssZ (e.g. 2024-05-05T08:30:00Z)',
  },
  email: { vi: 'một địa chỉ thư điện tử', en: 'an e-mail address' },
  url: { vi: 'một địa chỉ web', en: 'a web address' },
  '^\\d{4}-\\d{2}-\\d{2}$': {
    vi: 'ngày dạng YYYY-MM-DD (ví dụ 2024-05-05)',
    en: 'a date written YYYY-MM-DD (e.g. 2024-05-05)',
  },
  '^(0[1-9]|[1-4]\\d|5[0-4])$': {
    vi: 'mã tỉnh gồm 2 chữ số, từ 01 đến 54 (danh mục 19/2025)',
    en: 'a two-digit province code from 01 to 54 (the 19/2025 list)',
  },
  '^\\d+\\.\\d+\\.\\d+$': { vi: 'số phiên bản dạng 1.1.0', en: 'a version number such as 1.1.0' },
  '^https?://\\S+$': {
    vi: 'một địa chỉ web bắt đầu bằng http:// hoặc https://',
    en: 'a web address starting with http:// or https://',
  },
  '^sha256:[0-9a-f]{64}$': {
    vi: '"sha256:" rồi 64 ký tự thập lục phân (0–9, a–f)',
    en: '"sha256:" followed by 64 hexadecimal characters (0–9, a–f)',
  },
  '^[0-9a-f]{16}$': {
    vi: '16 ký tự thập lục phân (0–9, a–f)',
    en: '16 hexadecimal characters (0–9, a–f)',
  },
  '^[A-Z][A-Z0-9_]{0,63}$': {
    vi: 'một mã viết hoa không dấu (chữ cái, chữ số, dấu gạch dưới), bắt đầu bằng chữ cái, tối đa 64 ký tự',
    en: 'a code in capitals (letters, digits, underscores) starting with a letter, at most 64 characters',
  },
  '^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$': {
    vi: 'một mã không dấu, không khoảng trắng (chữ cái, chữ số, . _ : -), bắt đầu bằng chữ cái hoặc chữ số, tối đa 64 ký tự',
    en: 'an id without spaces or accents (letters, digits, . _ : -) starting with a letter or digit, at most 64 characters',
  },
  '^[a-z0-9._-]+$': {
    vi: 'chữ thường không dấu, chữ số và . _ -, không khoảng trắng',
    en: 'lower-case letters, digits and . _ -, with no spaces',
  },
  '^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$': {
    vi: 'một mã chữ thường nối bằng dấu gạch ngang (ví dụ referential-integrity hoặc acme/no-empty-title)',
    en: 'a lower-case id joined by hyphens (e.g. referential-integrity or acme/no-empty-title)',
  },
  '^[a-z]+/[a-z0-9.+-]+$': {
    vi: 'một kiểu tệp dạng text/csv',
    en: 'a media type such as text/csv',
  },
  '^[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$': {
    vi: 'một đường dẫn tương đối trong gói (ví dụ data/person.csv), không dấu, không khoảng trắng',
    en: 'a relative path inside the package (e.g. data/person.csv), without spaces or accents',
  },
};

const DIGITS = /^\^\\d\{(\d+)\}\$$/;

/**
 * What a value in a zod format or regex must look like, in words: `five digits`, `a date written YYYY-MM-DD`. A
 * pattern not known here is "the form this field requires", never the pattern itself: messages show no regex.
 */
export function describeFormat(
  format: string,
  pattern: string | undefined,
  locale: Locale,
): string {
  const key = format === 'regex' ? (pattern ?? '') : format;
  const known = Object.hasOwn(FORMS, key) ? FORMS[key] : undefined;
  if (known) return known[locale];
  const digits = DIGITS.exec(key)?.[1];
  if (digits !== undefined) return locale === 'vi' ? `${digits} chữ số` : `${digits} digits`;
  return locale === 'vi' ? 'dạng mà trường này yêu cầu' : 'the form this field requires';
}
