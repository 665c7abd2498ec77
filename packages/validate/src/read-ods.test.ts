import { collectEvents, readFile, readOds, sniffFormat } from '@vntip/read';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { builtinRules } from './builtin-rules';
import { validate } from './validate';

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';

/** An .ods as LibreOffice lays it out: `mimetype` stored first, then `content.xml` with the given tables. */
function ods(tables: string, content?: string): Uint8Array {
  const xml =
    content ??
    `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS} office:version="1.3"><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`;
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
    'content.xml': strToU8(xml),
    'META-INF/manifest.xml': strToU8('<manifest:manifest/>'),
  });
}

const text = (value: string, attrs = '') =>
  `<table:table-cell office:value-type="string" ${attrs}><text:p>${value}</text:p></table:table-cell>`;
const number = (value: number, attrs = '') =>
  `<table:table-cell office:value-type="float" office:value="${value}" ${attrs}><text:p>${value}</text:p></table:table-cell>`;
const date = (value: string) =>
  `<table:table-cell office:value-type="date" office:date-value="${value}"><text:p>${value}</text:p></table:table-cell>`;
const covered = (n = 1) =>
  n > 1
    ? `<table:covered-table-cell table:number-columns-repeated="${n}"/>`
    : '<table:covered-table-cell/>';
const empty = (n = 1) =>
  n > 1 ? `<table:table-cell table:number-columns-repeated="${n}"/>` : '<table:table-cell/>';
const row = (cells: string, attrs = '') => `<table:table-row ${attrs}>${cells}</table:table-row>`;

/** The officer's report: a merged title, a two-level merged header, the area merged down, LibreOffice's padding. */
const REPORT = `<table:table table:name="Hoạt động phòng ngừa">
<table:table-column table:number-columns-repeated="1024"/>
${row(text('ỦY BAN NHÂN DÂN TỈNH BẮC GIANG', 'table:number-columns-spanned="6"') + covered(5) + empty(1018))}
${row(text('BÁO CÁO KẾT QUẢ <text:s text:c="2"/>TUYÊN TRUYỀN NĂM 2024', 'table:number-columns-spanned="6"') + covered(5) + empty(1018))}
${row(empty(1024))}
${row(
  text('Mã bản ghi', 'table:number-rows-spanned="2"') +
    text('Loại hoạt động', 'table:number-rows-spanned="2"') +
    text('Ngày bắt đầu', 'table:number-rows-spanned="2"') +
    text('Địa bàn', 'table:number-columns-spanned="3"') +
    covered(2) +
    text('Số hoạt động', 'table:number-rows-spanned="2"') +
    text('Cơ quan chủ trì › Loại cơ quan', 'table:number-rows-spanned="2"') +
    empty(1017),
)}
${row(covered(3) + text('Cấp') + text('Phiên bản danh mục') + text('Mã tỉnh') + covered(2) + empty(1017))}
${row(
  text('HD-01') +
    text('Buổi tuyên truyền') +
    date('2024-03-05') +
    text('province', 'table:number-rows-spanned="2"') +
    text('124/2004', 'table:number-rows-spanned="2"') +
    text('24', 'table:number-rows-spanned="2"') +
    number(3) +
    text('Công an cấp tỉnh') +
    empty(1016),
)}
${row(
  text('HD-02') +
    text('Tập huấn') +
    date('2024-04-10T00:00:00') +
    covered(3) +
    number(1) +
    text('Sở Lao động - Thương binh và Xã hội') +
    empty(1016),
)}
${row(empty(1024), 'table:number-rows-repeated="1048568"')}
</table:table>`;

describe('readOds', () => {
  it('reads an officer report as LibreOffice stores it: title, merged two-level header, area merged down', async () => {
    const result = await validate(
      readFile({ name: 'bao-cao.ods', bytes: ods(REPORT) }, { locale: 'en' }),
      { locale: 'en', rules: builtinRules, today: '2025-01-10' },
    );
    expect(result.issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
    expect(result.records.map((entry) => entry.record)).toEqual([
      {
        id: 'HD-01',
        activityType: 'COMMUNICATION_SESSION',
        startDate: '2024-03-05',
        location: { level: 'province', codeListVersion: '124/2004', code: '24' },
        organiser: { type: 'POLICE_PROVINCIAL' },
        activityCount: 3,
      },
      {
        id: 'HD-02',
        activityType: 'TRAINING',
        startDate: '2024-04-10',
        location: { level: 'province', codeListVersion: '124/2004', code: '24' },
        organiser: { type: 'DOLISA' },
        activityCount: 1,
      },
    ]);
    const codes = result.issues.map((issue) => issue.code);
    expect(codes.filter((code) => code === 'merged_cells_filled')).toHaveLength(3);
    const title = result.issues.find((issue) => issue.code === 'title_rows_skipped');
    expect(title?.location).toEqual({ file: 'bao-cao.ods', sheet: 'Hoạt động phòng ngừa', row: 1 });
    // <text:s text:c="2"/> is two spaces.
    expect(title?.params?.text).toContain('"BÁO CÁO KẾT QUẢ   TU…"');
    expect(result.records[1]?.location).toEqual({
      file: 'bao-cao.ods',
      sheet: 'Hoạt động phòng ngừa',
      row: 7,
    });
  });

  it('is recognised by its media type whatever the file is called', () => {
    expect(sniffFormat(ods(REPORT).subarray(0, 4096))).toBe('ods');
  });

  it('skips reference sheets and reports a sheet of values under no record-type name', async () => {
    const tables = `<table:table table:name="#sex">${row(text('FEMALE'))}</table:table><table:table table:name="Ghi chú">${row(text('x'))}</table:table><table:table table:name="person">${row(text('id') + text('category') + text('sex'))}${row(text('P-1') + text('VICTIM') + text('FEMALE'))}</table:table>`;
    const { records, issues } = await collectEvents(
      readOds({ name: 'nguoi.ods', bytes: ods(tables) }, { locale: 'en' }),
    );
    expect(issues.map((issue) => issue.code)).toEqual(['unknown_sheet']);
    expect(records).toMatchObject([
      { recordType: 'person', value: { id: 'P-1', category: 'VICTIM', sex: 'FEMALE' } },
    ]);
  });

  it('invalid_ods: damaged content, located by sheet and row, the records before it kept', async () => {
    const people = Array.from({ length: 25 }, (_, i) => row(text(`P-${i + 1}`) + text('VICTIM')));
    const tables = `<table:table table:name="person">${row(text('id') + text('category'))}${people.join('')}<table:table-row><table:table-cell office:value-type="string"><text:p>P-2</text:p></table:table-row></table:table>`;
    const { records, issues, incomplete } = await collectEvents(
      readOds({ name: 'nguoi.ods', bytes: ods(tables) }, { locale: 'en' }),
    );
    expect(incomplete).toBe(true);
    expect(issues.map((issue) => issue.code)).toEqual(['invalid_ods']);
    expect(issues[0]?.location).toEqual({ file: 'nguoi.ods', sheet: 'person', row: 27 });
    expect(records).toHaveLength(25);
  });

  it('invalid_ods: a zip without content.xml, and a repeat count out of range', async () => {
    const noContent = zipSync({
      mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
    });
    const bad = ods(`<table:table table:name="person">${row(empty(99999999))}</table:table>`);
    for (const bytes of [noContent, bad]) {
      const { issues } = await collectEvents(readOds({ name: 'x.ods', bytes }, { locale: 'en' }));
      expect(issues.map((issue) => issue.code)).toEqual(['invalid_ods']);
    }
  });
});
