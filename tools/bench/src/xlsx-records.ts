// The records of the XLSX benchmark: inter-province transfers (29 columns, 19 filled, two dates), varied per row,
// and the same cells as exceljs gets them raw: values at the column paths, dates as Date.
import { xlsxColumns } from '../../../packages/exporters/src/internal/xlsx-columns.ts';

export const RECORD_TYPE = 'inter_province_transfer';

const PROVINCES = [
  ['08', 'Tuyên Quang'],
  ['24', 'Bắc Ninh'],
  ['01', 'Hà Nội'],
  ['79', 'Hồ Chí Minh'],
] as const;

/** A valid transfer record, different for each row. */
export function benchRecord(i: number): Record<string, unknown> {
  const [fromCode, fromName] = PROVINCES[i % PROVINCES.length] as readonly [string, string];
  const [toCode, toName] = PROVINCES[(i + 1) % PROVINCES.length] as readonly [string, string];
  const day = `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
  return {
    id: `IT-${i}`,
    personId: `P-${i % 50_000}`,
    from: { codeListVersion: '19/2025', level: 'province', code: fromCode, name: fromName },
    to: { codeListVersion: '19/2025', level: 'province', code: toCode, name: toName },
    date: day,
    escortingAgency: {
      type: 'PROVINCIAL_HEALTH_DEPT',
      unit: { codeListVersion: '19/2025', level: 'province', code: fromCode, name: fromName },
      name: `Sở Y tế tỉnh ${fromName}`,
    },
    handoverMinutes: { number: `${i}/BB-SYT`, date: day },
  };
}

const columns = xlsxColumns(RECORD_TYPE) ?? [];

/** The row exceljs writes for the baseline: each column's value, dates as Date, nothing escaped or checked. */
export function rawCells(
  record: Record<string, unknown>,
): (string | number | boolean | Date | null)[] {
  return columns.map((column) => {
    let value: unknown = record;
    for (const key of column.path) value = (value as Record<string, unknown> | undefined)?.[key];
    if (value === undefined || value === null) return null;
    if (column.date && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
    return typeof value === 'object' ? JSON.stringify(value) : (value as string | number | boolean);
  });
}
