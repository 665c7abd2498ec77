import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { generatedHeader } from './naming.ts';

/**
 * Writes packages/schema/src/generated/communes.ts: the commune-level units of the 19/2025 list
 * (schemas/admin-units/commune-19-2025.csv), as the codes of each province, one line per province.
 */
export function generateCommunes(schemasDir: string): string {
  const file = 'admin-units/commune-19-2025.csv';
  const rows = parse(readFileSync(join(schemasDir, file), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  }) as { code: string; name: string; provinceCode: string }[];
  const byProvince = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const row of rows) {
    if (!/^\d{5}$/.test(row.code) || !/^\d{2}$/.test(row.provinceCode) || !row.name)
      throw new Error(`${file}: bad row ${JSON.stringify(row)}`);
    if (seen.has(row.code)) throw new Error(`${file}: commune ${row.code} appears twice`);
    seen.add(row.code);
    const codes = byProvince.get(row.provinceCode) ?? [];
    codes.push(row.code);
    byProvince.set(row.provinceCode, codes);
  }
  const lines = [...byProvince.keys()]
    .sort()
    .map((province) => `  '${province}': '${(byProvince.get(province) ?? []).sort().join(' ')}',`);
  return [
    generatedHeader('generate-communes.ts', `schemas/${file}`),
    '',
    '/**',
    ' * Commune-level units (xã, phường, đặc khu) of the 19/2025 list, keyed by province code: the codes, space-separated.',
    ' * Source: Annex I of Statistics Office letter 1027/CTK-CSCL (25/6/2025), the commune codes of Decision 19/2025/QĐ-TTg.',
    ' */',
    'export const COMMUNE_CODES_19_2025: Readonly<Record<string, string>> = {',
    ...lines,
    '};',
    '',
  ].join('\n');
}
