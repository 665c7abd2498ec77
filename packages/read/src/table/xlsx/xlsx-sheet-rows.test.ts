import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { collectEvents } from '../../collect-events';
import { readXlsx } from './read-xlsx';
import { serialToDate } from './xlsx-sheet-rows';
import { isDateFormat } from './xlsx-styles';

// The tables here hold only the columns each test is about: their missing required columns are not its subject.
const PARTIAL_TABLES = ['required_column_missing'];

const encoder = new TextEncoder();
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface HandBook {
  readonly sheets: Readonly<Record<string, string>>;
  readonly strings?: readonly string[];
  readonly styles?: string;
  readonly date1904?: boolean;
  readonly prefix?: string;
}

/** A workbook written by hand: sheet XML given as its `<sheetData>` content. */
function handWorkbook(book: HandBook): Uint8Array {
  const names = Object.keys(book.sheets);
  const p = book.prefix ? `${book.prefix}:` : '';
  const ns = book.prefix
    ? `xmlns:${book.prefix}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`
    : NS;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': encoder.encode('<Types/>'),
    'xl/workbook.xml': encoder.encode(
      `<?xml version="1.0"?><${p}workbook ${ns} xmlns:r="${REL}">` +
        (book.date1904 ? `<${p}workbookPr date1904="1"/>` : '') +
        `<${p}sheets>${names.map((name, i) => `<${p}sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</${p}sheets></${p}workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': encoder.encode(
      `<Relationships>${names
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${i === 0 ? '/xl/' : ''}worksheets/sheet${i + 1}.xml"/>`,
        )
        .join(
          '',
        )}<Relationship Id="rS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rT" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ),
  };
  names.forEach((name, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = encoder.encode(
      `<${p}worksheet ${ns}><${p}sheetData>${book.sheets[name]}</${p}sheetData></${p}worksheet>`,
    );
  });
  if (book.strings)
    files['xl/sharedStrings.xml'] = encoder.encode(
      `<sst ${NS}>${book.strings.map((s) => `<si>${s}</si>`).join('')}</sst>`,
    );
  if (book.styles)
    files['xl/styles.xml'] = encoder.encode(`<styleSheet ${NS}>${book.styles}</styleSheet>`);
  return zipSync(files);
}

const STYLES =
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0 &quot;ngày&quot;"/></numFmts>' +
  '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"><alignment/></xf><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs>';

const read = (bytes: Uint8Array, name = 'x.xlsx') =>
  collectEvents(
    readXlsx({ name, bytes }, { locale: 'en', limits: { maxArchiveBytes: 64 * 1024 * 1024 } }),
    { except: PARTIAL_TABLES },
  );

describe('readXlsx on hand-written SpreadsheetML', () => {
  it('reads shared, rich, inline and escaped strings, booleans, errors and formula results', async () => {
    const bytes = handWorkbook({
      strings: [
        '<t>id</t>',
        '<t>residence.name</t>',
        '<r><t>Bắc </t></r><r><rPr/><t>Giang</t></r><rPh><t>ignored</t></rPh>',
        '<t>line_x000D_</t>',
        '<t>disability</t>',
        '<t></t>',
      ],
      sheets: {
        person: [
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>4</v></c><c r="D1" t="inlineStr"><is><t>birthYear</t></is></c></row>',
          '<row r="2"><c r="A2" t="inlineStr"><is><t>P-1</t></is></c><c r="B2" t="s"><v>2</v></c><c r="C2" t="b"><v>1</v></c><c r="D2"><f>1990</f><v>1990</v></c></row>',
          '<row r="3"><c r="A3" t="str"><f>"P-"&amp;2</f><v>P-2</v></c><c r="B3" t="s"><v>3</v></c><c r="C3" t="b"><v>0</v></c><c r="D3" t="e"><v>#N/A</v></c></row>',
          '<row r="4"><c r="A4" t="inlineStr"><is><t>P-3</t></is></c><c r="B4" t="s"><v>5</v></c><c r="D4"><f>A1</f></c></row>',
        ].join(''),
      },
    });
    const { records, issues } = await read(bytes);
    expect(records.map((r) => r.value)).toEqual([
      { id: 'P-1', residence: { name: 'Bắc Giang' }, disability: true, birthYear: 1990 },
      { id: 'P-2', residence: { name: 'line' }, disability: false },
      { id: 'P-3' },
    ]);
    expect(issues).toMatchObject([
      {
        code: 'invalid_cell_value',
        params: { received: '#N/A' },
        location: { sheet: 'person', row: 3, cell: 'D3' },
      },
    ]);
  });

  it('turns numbers of date formats into dates, in the 1900 and 1904 systems', async () => {
    const rows = (serial: number) =>
      '<row r="1"><c t="inlineStr"><is><t>id</t></is></c><c t="inlineStr"><is><t>date</t></is></c><c t="inlineStr"><is><t>personId</t></is></c></row>' +
      `<row r="2"><c t="inlineStr"><is><t>E-1</t></is></c><c s="1"><v>${serial}</v></c><c s="2"><v>${serial}</v></c></row>` +
      `<row r="3"><c t="inlineStr"><is><t>E-2</t></is></c><c s="2"><v>${serial + 0.75}</v></c><c s="3"><v>${serial}</v></c></row>`;
    const dates = async (book: HandBook) =>
      (await read(handWorkbook(book))).records.map((r) => r.value);
    expect(await dates({ styles: STYLES, sheets: { process_event: rows(45420) } })).toEqual([
      { id: 'E-1', date: '2024-05-08', personId: '2024-05-08' },
      { id: 'E-2', date: '2024-05-08', personId: '45420' },
    ]);
    expect(
      await dates({ styles: STYLES, date1904: true, sheets: { process_event: rows(43958) } }),
    ).toEqual([
      { id: 'E-1', date: '2024-05-08', personId: '2024-05-08' },
      { id: 'E-2', date: '2024-05-08', personId: '43958' },
    ]);
  });

  it('reads prefixed elements, cells without references and rows out of a far column', async () => {
    const bytes = handWorkbook({
      prefix: 'x',
      sheets: {
        person:
          '<x:row><x:c t="inlineStr"><x:is><x:t>id</x:t></x:is></x:c></x:row><x:row><x:c t="inlineStr"><x:is><x:t>P-1</x:t></x:is></x:c><x:c r="C2" s="0"/></x:row>',
      },
    });
    const { records, issues } = await read(bytes);
    expect(records.map((r) => [r.location?.row, r.value])).toEqual([[2, { id: 'P-1' }]]);
    expect(issues).toEqual([]);
  });

  it('reports malformed sheet XML with its sheet and row, after the records before it', async () => {
    const bytes = handWorkbook({
      sheets: {
        person: `<row r="1"><c t="inlineStr"><is><t>id</t></is></c></row>${Array.from(
          { length: 20_000 },
          (_, i) => `<row r="${i + 2}"><c t="inlineStr"><is><t>P-${i}</t></is></c></row>`,
        ).join('')}<row r="20002"><c t="inlineStr"><is><t>P-x</t></is></c></rw>`,
      },
    });
    const { records, issues, incomplete } = await read(bytes);
    // Rows stream: the records before the damage are read (as many as the pieces inflated before it).
    expect(records.length).toBeGreaterThan(0);
    expect(records.length).toBeLessThan(20_000);
    expect(records[0]?.value).toEqual({ id: 'P-0' });
    expect(incomplete).toBe(true);
    expect(issues).toMatchObject([
      { code: 'invalid_xlsx', location: { sheet: 'person', row: 20_002 } },
    ]);
    expect(issues[0]?.message).toContain('xl/worksheets/sheet1.xml');
  });

  it('reports missing parts, missing shared strings and references past column XFD', async () => {
    const noWorkbook = zipSync({ '[Content_Types].xml': encoder.encode('<Types/>') });
    const cases: [Uint8Array, RegExp][] = [
      [noWorkbook, /xl\/workbook\.xml/],
      [
        handWorkbook({
          strings: ['<t>id</t>'],
          sheets: { person: '<row r="1"><c t="s"><v>7</v></c></row>' },
        }),
        /shared string/,
      ],
      [handWorkbook({ sheets: { person: '<row r="1"><c r="XFE1"><v>1</v></c></row>' } }), /XFE1/],
      [handWorkbook({ sheets: { person: '<row r="0"/>' } }), /row number/],
      [
        handWorkbook({
          sheets: {
            person: Array.from(
              { length: 5000 },
              (_, i) => `<row><c r="XFD${i + 1}"><v>1</v></c></row>`,
            ).join(''),
          },
        }),
        /too many cells/,
      ],
    ];
    for (const [bytes, detail] of cases) {
      const { issues, incomplete } = await read(bytes);
      expect(incomplete).toBe(true);
      const last = issues[issues.length - 1];
      expect(last?.code).toBe('invalid_xlsx');
      expect(String(last?.params?.detail)).toMatch(detail);
    }
  });

  it('refuses a sheet whose data was damaged, as it inflates', async () => {
    const bytes = handWorkbook({
      sheets: {
        person: `<row r="1"><c t="inlineStr"><is><t>id</t></is></c></row>${'<row><c t="inlineStr"><is><t>P-1</t></is></c></row>'.repeat(50)}`,
      },
    });
    const text = new TextDecoder('latin1').decode(bytes);
    const at = text.indexOf('xl/worksheets/sheet1.xml') + 'xl/worksheets/sheet1.xml'.length + 20;
    const damaged = bytes.slice();
    damaged[at] = (damaged[at] ?? 0) ^ 0xff;
    const { issues, incomplete } = await read(damaged);
    expect(incomplete).toBe(true);
    expect(issues.map((i) => i.code)).toEqual(['invalid_xlsx']);
  });
});

describe('date formats and serials', () => {
  it('recognises date format codes outside quotes, brackets and escapes', () => {
    for (const code of [
      'dd/mm/yyyy',
      'yyyy-mm-dd',
      'd-mmm-yy',
      'h:mm',
      '[$-42A]dd/mm/yyyy',
      'mm:ss',
    ])
      expect(isDateFormat(code), code).toBe(true);
    for (const code of ['General', '0.00', '#,##0 "ngày"', '[Red]0', '0\\d', '0%', '@'])
      expect(isDateFormat(code), code).toBe(false);
  });

  it('handles the 1900 leap-year bug and the 1904 system', () => {
    const iso = (value: Date | number) =>
      value instanceof Date ? value.toISOString().slice(0, 10) : value;
    expect(iso(serialToDate(1, false))).toBe('1900-01-01');
    expect(iso(serialToDate(59, false))).toBe('1900-02-28');
    expect(serialToDate(60, false)).toBe(60);
    expect(iso(serialToDate(61, false))).toBe('1900-03-01');
    expect(iso(serialToDate(45420, false))).toBe('2024-05-08');
    expect(iso(serialToDate(0, true))).toBe('1904-01-01');
    expect(serialToDate(1e20, false)).toBe(1e20);
  });
});
