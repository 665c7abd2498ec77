import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';
import { detectEncoding } from './detect-encoding';
import { ReadContext } from './read-context';
import { isVietnameseSyllable, scoreVietnamese } from './vietnamese-text';

const fixtures = new URL('../../test/fixtures/readers/', import.meta.url);
const source = readFileSync(new URL('person-utf8.csv', fixtures), 'utf8');

async function decode(bytes: Uint8Array | Uint8Array[], options = {}) {
  const context = new ReadContext('f.csv', { locale: 'en', ...options });
  async function* chunks(): AsyncGenerator<Uint8Array> {
    yield* Array.isArray(bytes) ? bytes : [bytes];
  }
  let text = '';
  for await (const piece of decodeText(chunks(), context)) text += piece;
  return { text, issues: context.drain().map((event) => event.issue) };
}

describe('detectEncoding', () => {
  it.each([
    ['windows-1258', 'windows-1258'],
    ['tcvn3', 'tcvn3'],
    ['viscii', 'viscii'],
    ['vni', 'vni'],
    ['utf16le', 'utf-16le'],
    ['utf16be-no-bom', 'utf-16be'],
  ])('recognises %s', (fixture, encoding) => {
    const detected = detectEncoding(readFileSync(new URL(`person-${fixture}.csv`, fixtures)), true);
    expect(detected).toMatchObject({ encoding, confident: true });
  });

  it('prefers UTF-8 when the bytes are valid UTF-8, with or without a BOM', () => {
    const bytes = new TextEncoder().encode(source);
    expect(detectEncoding(bytes, true)).toEqual({
      encoding: 'utf-8',
      bomLength: 0,
      confident: true,
    });
    expect(detectEncoding(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]), true).bomLength).toBe(3);
    // A UTF-8 sequence cut at the end of a sample is not an error while more bytes may come.
    expect(detectEncoding(bytes.subarray(0, bytes.indexOf(0xe1) + 1), false).encoding).toBe(
      'utf-8',
    );
  });

  it('is not confident about bytes that decode to nothing Vietnamese', () => {
    expect(
      detectEncoding(Uint8Array.from([0x80, 0x81, 0x9f, 0xff, 0x90, 0x8d]), true).confident,
    ).toBe(false);
  });
});

describe('decodeText', () => {
  it('converts and says from what, NFC-normalised', async () => {
    const { text, issues } = await decode(
      readFileSync(new URL('person-windows-1258.csv', fixtures)),
    );
    expect(text).toBe(source);
    expect(text).toBe(text.normalize('NFC'));
    expect(issues).toMatchObject([
      { code: 'encoding_converted', params: { encoding: 'Windows-1258' } },
    ]);
  });

  it('composes tone marks split from their letter across chunks', async () => {
    // Windows-1258 writes ệ as ê + a combining dot below; the sample is large so later chunks stream.
    const head = iconv.encode('Vi\u00ea\u0323t Nam '.repeat(10_000), 'windows1258');
    const bytes = iconv.encode('Vi\u00ea\u0323t', 'windows1258');
    const { text } = await decode([
      head,
      bytes.subarray(0, 3),
      bytes.subarray(3, 4),
      bytes.subarray(4),
    ]);
    expect(text).toBe(`${'Việt Nam '.repeat(10_000)}Việt`);
  });

  it('honours a forced encoding', async () => {
    const { text, issues } = await decode(iconv.encode('Hà Nội', 'tcvn'), { encoding: 'tcvn3' });
    expect(text).toBe('Hà Nội');
    expect(issues.map((i) => i.code)).toEqual(['encoding_converted']);
  });

  it('reports invalid UTF-8 found after the sample once', async () => {
    const head = new TextEncoder().encode(`${'Hà Nội '.repeat(20_000)}\n`);
    const { text, issues } = await decode([head, Uint8Array.from([0x41, 0xff, 0x42])]);
    expect(text.endsWith('A\ufffdB')).toBe(true);
    expect(issues.map((i) => i.code)).toEqual(['invalid_encoding']);
  });
});

describe('Vietnamese plausibility', () => {
  it('accepts well-formed syllables and refuses the rest', () => {
    for (const word of [
      'Việt',
      'Nam',
      'người',
      'nghiêng',
      'khuyết',
      'Quảng',
      'giữa',
      'uống',
      'ĐƯỜNG',
    ]) {
      expect(isVietnameseSyllable(word)).toBe(true);
    }
    for (const word of ['Viờũt', 'Néi', 'ąb', 'xyz', 'nguyễnn'])
      expect(isVietnameseSyllable(word)).toBe(false);
  });

  it('scores real text above its mis-decodings', () => {
    expect(scoreVietnamese('Phường Trần Phú').score).toBeGreaterThan(
      scoreVietnamese('Ph­êng TrÇn Phó').score,
    );
  });
});
