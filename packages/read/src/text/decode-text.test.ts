import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ReadContext } from '../read-context';
import { decodeText } from './decode-text';
import { detectEncoding } from './detect-encoding';
import { isVietnameseSyllable, scoreVietnamese } from './vietnamese-text';

const fixtures = new URL('../../test/fixtures/', import.meta.url);
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

  it('reports invalid UTF-8 found after the sample where it is, and in total', async () => {
    const head = new TextEncoder().encode(`${'Hà Nội '.repeat(20_000)}\n`);
    const { text, issues } = await decode([head, Uint8Array.from([0x41, 0xff, 0x42])]);
    expect(text.endsWith('A\ufffdB')).toBe(true);
    expect(issues).toMatchObject([
      {
        code: 'encoding_invalid_bytes',
        severity: 'error',
        location: { row: 2, column: 2 },
        params: { bytes: 'FF', count: 1 },
        message: 'The bytes FF here are not valid UTF-8; they were replaced by �.',
      },
      { code: 'invalid_encoding', params: { count: 1, runs: 1, listed: 1 } },
    ]);
  });
});

describe('UTF-8 text with a few bytes from Windows-1252', () => {
  const utf8 = (text: string) => [...new TextEncoder().encode(text)];
  // Word pastes curly quotes, an em dash and a no-break space as single Windows-1252 bytes.
  const bytes = Uint8Array.from([
    ...utf8('id,name\nM-1,Báo '),
    0x93,
    ...utf8('Tiền phong'),
    0x94,
    ...utf8(' '),
    0x97,
    ...utf8(' chi nhánh Bắc Giang\nM-2,Đài phát thanh'),
    0xa0,
    ...utf8('Lục Ngạn\n'),
  ]);

  it('stays UTF-8: the Vietnamese text is intact and each bad byte is reported where it is', async () => {
    expect(detectEncoding(bytes, true).encoding).toBe('utf-8');
    const { text, issues } = await decode(bytes);
    expect(text).toBe(
      'id,name\nM-1,Báo \ufffdTiền phong\ufffd \ufffd chi nhánh Bắc Giang\nM-2,Đài phát thanh\ufffdLục Ngạn\n',
    );
    expect(
      issues.map((i) => [i.code, i.location?.row, i.location?.column, i.params?.bytes]),
    ).toEqual([
      ['encoding_invalid_bytes', 2, 9, '93'],
      ['encoding_invalid_bytes', 2, 20, '94'],
      ['encoding_invalid_bytes', 2, 22, '97'],
      ['encoding_invalid_bytes', 3, 19, 'A0'],
      ['invalid_encoding', undefined, undefined, undefined],
    ]);
    expect(issues.some((i) => i.code === 'encoding_converted')).toBe(false);
  });

  it('gives the same text and locations whatever the chunk boundaries', async () => {
    const whole = await decode(bytes);
    for (let size = 1; size <= 5; size++) {
      const pieces: Uint8Array[] = [];
      for (let at = 0; at < bytes.length; at += size) pieces.push(bytes.slice(at, at + size));
      expect(await decode(pieces)).toEqual(whole);
    }
  });

  it('reads a lone surrogate written as UTF-8 bytes (CESU-8) as bad bytes, not as a legacy encoding', async () => {
    const cesu = Uint8Array.from([...utf8('Hà Nội '), 0xed, 0xa0, 0x80, ...utf8(' Bắc Giang')]);
    expect(detectEncoding(cesu, true).encoding).toBe('utf-8');
    const { text, issues } = await decode(cesu);
    expect(text).toBe('Hà Nội \ufffd\ufffd\ufffd Bắc Giang');
    expect(issues[0]).toMatchObject({
      code: 'encoding_invalid_bytes',
      params: { bytes: 'ED A0 80', count: 3 },
      location: { row: 1, column: 8 },
    });
  });

  it('still reads a whole Windows-1258 file as Windows-1258', async () => {
    // Windows-1258 writes ề as ê + a combining grave, ắ as ă + a combining acute.
    const legacy = iconv.encode(
      'Báo “Ti\u00ea\u0300n phong” — chi nhánh B\u0103\u0301c Giang',
      'windows1258',
    );
    const { text, issues } = await decode(legacy);
    expect(text).toBe('Báo “Tiền phong” — chi nhánh Bắc Giang');
    expect(issues.map((i) => i.code)).toEqual(['encoding_converted']);
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
