import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { type Codelist, type CodelistRow, REQUIRED_COLUMNS } from './load-standard.ts';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
countries.registerLocale(require('i18n-iso-countries/langs/vi.json'));

const ORIGIN = 'i18n-iso-countries (ISO 3166-1 alpha-2)';

function row(
  code: string,
  labelVi: string,
  labelEn: string,
  descriptionVi: string,
  descriptionEn: string,
): CodelistRow {
  return {
    code,
    labelVi,
    labelEn,
    descriptionVi,
    descriptionEn,
    deprecated: '',
    status: 'confirmed',
  };
}

/** Builds the `country` and `nationality` codelists from the ISO 3166 library, never by hand. */
export function countryCodelists(): Codelist[] {
  const columns = [...REQUIRED_COLUMNS];
  const country = Object.keys(countries.getAlpha2Codes())
    .sort()
    .map((code) => {
      const vi = countries.getName(code, 'vi') ?? countries.getName(code, 'en') ?? code;
      const en = countries.getName(code, 'en') ?? code;
      return row(
        code,
        vi,
        en,
        `Quốc gia, vùng lãnh thổ có mã ISO 3166-1 ${code}.`,
        `Country or territory with ISO 3166-1 code ${code}.`,
      );
    });
  const nationality = [
    ...country.map((c) => ({
      ...c,
      descriptionVi: `Công dân của ${c.labelVi}.`,
      descriptionEn: `National of ${c.labelEn}.`,
    })),
    row(
      'STATELESS',
      'Không quốc tịch',
      'Stateless',
      'Người không có quốc tịch của bất kỳ quốc gia nào.',
      'A person who is not a national of any state.',
    ),
    row(
      'UNKNOWN',
      'Không rõ',
      'Unknown',
      'Chưa xác định được quốc tịch.',
      'Nationality not known.',
    ),
  ];
  return [
    { name: 'country', origin: ORIGIN, columns, rows: country },
    { name: 'nationality', origin: ORIGIN, columns, rows: nationality },
  ];
}
