import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateRecord } from '../src/index';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../../../schemas/targets');

interface TargetLine {
  file: string;
  line: number;
  recordType: string;
  record: {
    id: string;
    programme: string;
    indicatorId: string;
    sourceInstrument?: { number?: string };
    clause?: string;
    period: { type: string; start: string; end: string };
    comparator?: string;
    value?: number;
    status: string;
  };
}

function loadTargets(): TargetLine[] {
  const lines: TargetLine[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.ndjson'))
    .sort()) {
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((text, index) => {
        if (text.trim() === '') return;
        const envelope = JSON.parse(text) as Omit<TargetLine, 'file' | 'line'>;
        lines.push({ file, line: index + 1, ...envelope });
      });
  }
  return lines;
}

const targets = loadTargets();

describe('national target sets (schemas/targets/*.ndjson)', () => {
  it('holds both programme target sets', () => {
    const files = new Set(targets.map((t) => t.file));
    expect([...files].sort()).toEqual(['programme-2021-2025.ndjson', 'programme-2026-2030.ndjson']);
  });

  it.each(targets.map((t) => [`${t.file}:${t.line}`, t] as const))(
    '%s is a valid target citing its instrument',
    (_name, target) => {
      expect(target.recordType).toBe('target');
      const result = validateRecord('target', target.record, { locale: 'en' });
      expect(result.issues).toEqual([]);
      expect(result.ok).toBe(true);
      expect(target.record.sourceInstrument?.number).toMatch(/\S/);
      if (target.record.value === undefined) {
        // No number: either the instrument gives none, or it is not even confirmed to name the indicator.
        expect(['NOT_QUANTIFIED', 'UNCONFIRMED']).toContain(target.record.status);
        expect(target.record.comparator).toBeUndefined();
      } else {
        expect(target.record.status).not.toBe('NOT_QUANTIFIED');
        expect(target.record.comparator).toBeDefined();
      }
    },
  );

  // Decision 193/QĐ-TTg states the detection, prosecution and trial targets per year ("hằng năm") and the media
  // target per month (domain.md, "Corrections found on review" 1): one record per year 2021–2025, each citing 193.
  it.each(['detection-rate', 'prosecution-rate', 'trial-rate', 'monthly-media-compliance'])(
    'states the Decision 193 target of %s once per year, 2021 to 2025',
    (indicatorId) => {
      const ofIndicator = targets.filter(
        (t) => t.record.programme === 'PROGRAMME_2021_2025' && t.record.indicatorId === indicatorId,
      );
      expect(
        ofIndicator.map((t) => [t.record.period.type, t.record.period.start, t.record.period.end]),
      ).toEqual([2021, 2022, 2023, 2024, 2025].map((y) => ['YEAR', `${y}-01-01`, `${y}-12-31`]));
      for (const t of ofIndicator) {
        expect(t.record.sourceInstrument?.number).toBe('193/QĐ-TTg');
        expect(t.record.clause).toMatch(/Mục tiêu cụ thể/);
        expect(t.record.status).toBe('CONFIRMED');
      }
    },
  );

  it('claims no confirmed target of Decision 33/QĐ-TTg, whose indicators are not known', () => {
    for (const t of targets.filter((t) => t.record.programme === 'PROGRAMME_2026_2030')) {
      expect(t.record.status).toBe('UNCONFIRMED');
      expect(t.record.value).toBeUndefined();
    }
  });

  it('uses unique ids', () => {
    const ids = targets.map((t) => t.record.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
