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
    sourceInstrument?: { number?: string };
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
        expect(target.record.status).toBe('NOT_QUANTIFIED');
        expect(target.record.comparator).toBeUndefined();
      } else {
        expect(target.record.status).not.toBe('NOT_QUANTIFIED');
        expect(target.record.comparator).toBeDefined();
      }
    },
  );

  it('uses unique ids', () => {
    const ids = targets.map((t) => t.record.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
