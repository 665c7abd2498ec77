import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkJson, type JsonFinding } from './check-json';

const findings = (text: string): JsonFinding[] => [...checkJson(text)];
const accepts = (text: string) => !findings(text).some((f) => f.kind === 'syntax');
const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('checkJson', () => {
  it('accepts exactly what JSON.parse accepts (random JSON, cut and mutated, fixed seed)', () => {
    const mutated = fc
      .tuple(
        fc.json({ maxDepth: 4 }),
        fc.nat(),
        fc.constantFrom('', '"', ',', ':', '}', ']', '{', '[', '\\', 'x', ' ', '0', '-', '\u0001'),
        fc.boolean(),
      )
      .map(([json, at, insert, cut]) => {
        const position = json.length === 0 ? 0 : at % json.length;
        return cut
          ? json.slice(0, position)
          : json.slice(0, position) + insert + json.slice(position);
      });
    fc.assert(
      fc.property(mutated, (text) => accepts(text) === parses(text)),
      { seed: 20250112, numRuns: 3000 },
    );
    for (const text of [
      '',
      ' ',
      '01',
      '1.',
      '.5',
      '-',
      '1e',
      '"\\x"',
      '"\\u12"',
      'nul',
      '[1,]',
      '{"a":1,}',
      '{,}',
    ]) {
      expect([text, accepts(text)]).toEqual([text, parses(text)]);
    }
  });

  it('finds a repeated key, compared after NFC, with its offset and path', () => {
    const text = '[{"id":"P-1"},{"id":"P-2","sex":"FEMALE","sex":"MALE"}]';
    // JSON.parse keeps the later value silently.
    expect(JSON.parse(text)[1].sex).toBe('MALE');
    expect(findings(text)).toEqual([
      { kind: 'duplicate_key', offset: text.lastIndexOf('"sex"'), key: 'sex', path: [1, 'sex'] },
    ]);
    const nfd = 'Hòa'.normalize('NFD');
    expect(findings(`{"Hòa":1,"${nfd}":2}`)).toMatchObject([{ kind: 'duplicate_key', key: nfd }]);
    expect(findings('{"a":1,"\\u0061":2}')).toMatchObject([{ kind: 'duplicate_key', key: 'a' }]);
    // The same key in two objects, or at two depths, is no repetition.
    expect(findings('[{"a":1},{"a":{"a":2}}]')).toEqual([]);
  });

  it('finds lone surrogates, escaped or raw, and leaves pairs alone', () => {
    expect(findings('["\\ud83d\\ude00", "😀"]')).toEqual([]);
    const text = '{"name":"x\\ud800y","b":["\\udc00"]}';
    expect(findings(text)).toEqual([
      {
        kind: 'lone_surrogate',
        offset: text.indexOf('\\ud800'),
        length: 6,
        code: 'U+D800',
        path: ['name'],
      },
      {
        kind: 'lone_surrogate',
        offset: text.indexOf('\\udc00'),
        length: 6,
        code: 'U+DC00',
        path: ['b', 0],
      },
    ]);
    expect(findings('["a\ud800"]')).toEqual([
      { kind: 'lone_surrogate', offset: 3, length: 1, code: 'U+D800', path: [0] },
    ]);
  });

  it('says where a syntax error is, in words that never quote the text', () => {
    const canary = 'Nguyễn-Canary-0912345678';
    for (const [text, offset] of [
      [`{"name":"${canary}",}`, canary.length + 11],
      [`{"name":"${canary}"`, canary.length + 10],
      [`{"name":"${canary}" x}`, canary.length + 11],
      [`["${canary}"`, canary.length + 3],
    ] as const) {
      const found = findings(text);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ kind: 'syntax', offset });
      expect(JSON.stringify(found)).not.toContain('Canary');
    }
  });

  it('walks any nesting without recursion', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(findings(deep)).toEqual([]);
    expect(findings(`${deep}]`)).toMatchObject([{ kind: 'syntax', offset: 400_000 }]);
  });
});
