import { qualifiedText } from '@vntip/core';
import type { IndicatorResult } from '@vntip/indicators';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_DIR, vntip } from './run-cli';

// A lower bound or an approximation is never printed as a count (issue 13, point 6): the Bắc Giang article gives
// "gần 5.000" contest participants, "trên 10.000" conference attendees, "trên 200" officials trained, and leaflets,
// banners and a training without saying how many were held. Every printer puts ≥ or ≈ before such a value.

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

let rows: IndicatorResult[] = [];
let table = '';
let html = '';

beforeAll(async () => {
  const [json, text, page] = await Promise.all([
    vntip(['report', EXAMPLE_DIR, '--format', 'json', '--lang', 'en']),
    vntip(['report', EXAMPLE_DIR, '--lang', 'en']),
    vntip(['report', EXAMPLE_DIR, '--format', 'html', '--lang', 'en']),
  ]);
  expect([json.code, text.code, page.code]).toEqual([0, 0, 0]);
  rows = (JSON.parse(json.stdout) as { rows: IndicatorResult[] }).rows;
  table = text.stdout;
  html = page.stdout;
}, 60_000);

/** The value cells of the terminal table, read at the column of its "Value" heading. */
function valueCells(text: string): string[] {
  const lines = text.split('\n');
  const header = lines.findIndex((line) => /^Indicator\s{2,}Breakdown/.test(line));
  const heading = lines[header] ?? '';
  const from = heading.indexOf('Value');
  const to = heading.indexOf('Target');
  return lines
    .slice(header + 2)
    .filter((line) => line.length > from && !line.includes('multi-way'))
    .map((line) => line.slice(from, to).trim());
}

describe('qualified values in the example report', () => {
  it('has the article’s figures, exact where the article counts and qualified where it does not', () => {
    const find = (indicator: string, disaggregation: Record<string, string>) =>
      rows.find(
        (r) =>
          r.indicator === indicator &&
          JSON.stringify(r.disaggregation) === JSON.stringify(disaggregation),
      );
    expect(find('activities-by-type', { activityType: 'CONTEST' })).toMatchObject({ value: 3 });
    expect(find('activities-by-type', { activityType: 'CONFERENCE' })).toMatchObject({
      value: 30,
    });
    expect(find('activities-by-type', { activityType: 'CONTEST' })?.qualifier).toBeUndefined();
    expect(find('activities-by-type', { activityType: 'LEAFLET' })).toMatchObject({
      value: 2,
      qualifier: 'AT_LEAST',
    });
    expect(find('items-distributed-by-unit', { unit: 'COPY' })).toMatchObject({ value: 32415 });
    expect(find('items-distributed-by-unit', { unit: 'PANEL' })).toMatchObject({ value: 111 });
    expect(find('items-distributed-by-unit', { unit: 'ITEM' })).toMatchObject({ value: 178 });
    expect(find('people-trained', { targetGroup: 'VICTIM_SUPPORT_OFFICIALS' })).toMatchObject({
      value: 200,
      qualifier: 'AT_LEAST',
    });
    expect(find('participants-by-sex', { sex: 'ALL' })).toMatchObject({
      value: 15200,
      qualifier: 'APPROXIMATE',
    });
  });

  it('prints every value of the terminal table with its sign, and no sign before an exact value', () => {
    const shown = rows.filter((r) => Object.keys(r.disaggregation).length <= 1);
    const expected = shown
      .filter((r) => r.value !== null)
      .map((r) =>
        qualifiedText(
          r.unit === 'ratio'
            ? `${number.format((r.value as number) * 100)}%`
            : number.format(r.value as number),
          r.qualifier,
        ),
      );
    const printed = valueCells(table).filter((cell) => /\d/.test(cell));
    expect(printed.sort()).toEqual(expected.sort());
    expect(printed).toEqual(expect.arrayContaining(['≥ 200', '≈ 15,200', '≥ 2', '32,415', '111']));
  });

  it('prints every value figure of the HTML report with its sign, and no sign before an exact value', () => {
    const figures = [
      ...html.matchAll(
        /<span class="figure" data-indicator="([^"]+)" data-period="[^"]+" data-scope="[^"]+" data-disaggregation="([^"]+)" data-field="value" data-value="[^"]+">(.*?)<\/span><\/span>/g,
      ),
    ];
    expect(figures.length).toBeGreaterThan(0);
    let qualified = 0;
    for (const [, indicator, disaggregation, text] of figures) {
      const keys = (disaggregation ?? '').replaceAll('&quot;', '"');
      const row = rows.find(
        (r) => r.indicator === indicator && JSON.stringify(r.disaggregation) === keys,
      );
      expect(row, `${indicator} ${keys}`).toBeDefined();
      if (row?.qualifier === 'AT_LEAST') expect(text).toMatch(/^<span lang="vi">≥ /);
      else if (row?.qualifier === 'APPROXIMATE') expect(text).toMatch(/^<span lang="vi">≈ /);
      else expect(text).not.toMatch(/[≥≈]/);
      if (row?.qualifier) qualified += 1;
    }
    expect(qualified).toBeGreaterThan(0);
  });
});
