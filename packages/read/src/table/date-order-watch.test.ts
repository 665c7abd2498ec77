import { describe, expect, it } from 'vitest';
import { collectEvents } from '../collect-events';
import { readCsv } from './csv/read-csv';

// The tables here hold only the columns each test is about: their missing required columns are not its subject.
const PARTIAL_TABLES = ['required_column_missing'];

const encoder = new TextEncoder();

/** Prevention activities with the given start and end dates, as an officer's CSV holds them. */
async function readDates(pairs: readonly [string, string][]) {
  const lines = [
    'id,activityType,startDate,endDate',
    ...pairs.map(([start, end], i) => `A-${i + 1},CONFERENCE,${start},${end}`),
  ];
  return collectEvents(
    readCsv(
      { name: 'prevention_activity.csv', bytes: encoder.encode(`${lines.join('\n')}\n`) },
      {
        locale: 'en',
      },
    ),
    { except: PARTIAL_TABLES },
  );
}

const codes = (issues: readonly { code: string }[]) => issues.map((issue) => issue.code);

describe('date order', () => {
  it('reads a Vietnamese file day first, with no warning, d/m/yy included', async () => {
    const { records, issues } = await readDates([
      ['05/03/2024', '25/03/2024'],
      ['5/3/24', '6/3/24'],
    ]);
    expect(issues).toEqual([]);
    expect(records.map((record) => (record.value as { startDate: string }).startDate)).toEqual([
      '2024-03-05',
      '2024-03-05',
    ]);
  });

  it('warns once about a LibreOffice English (US) file, whose MM/DD/YY dates all read either way', async () => {
    const { records, issues } = await readDates([
      ['03/05/24', '03/06/24'],
      ['04/01/24', '04/02/24'],
    ]);
    expect(codes(issues)).toEqual(['date_order_ambiguous']);
    expect(issues[0]).toMatchObject({
      severity: 'warning',
      location: { file: 'prevention_activity.csv', row: 2, column: 'startDate', cell: 'C2' },
      params: { example: '03/05/24', ambiguous: 4 },
    });
    // Read as written day first, never swapped silently.
    expect(records[0]?.value).toMatchObject({ startDate: '2024-05-03' });
  });

  it('warns when one date can only be month first, besides that cell error', async () => {
    const { issues } = await readDates([
      ['03/05/2024', '03/25/2024'],
      ['04/01/2024', '04/02/2024'],
    ]);
    expect(codes(issues).sort()).toEqual(['date_order_ambiguous', 'invalid_cell_value']);
    const warning = issues.find((issue) => issue.code === 'date_order_ambiguous');
    expect(warning?.message).toContain('"03/25/2024" in cell D2');
    expect(warning?.params).toMatchObject({ ambiguous: 3 });
  });

  it('says nothing when one date proves the file day first', async () => {
    const { issues } = await readDates([
      ['03/05/24', '13/05/24'],
      ['04/01/24', '04/02/24'],
    ]);
    expect(issues).toEqual([]);
  });
});
