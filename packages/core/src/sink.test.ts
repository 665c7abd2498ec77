import { describe, expect, it } from 'vitest';
import { createMemorySink, isSafeSinkPath } from './sink';

describe('createMemorySink', () => {
  it('collects a file as UTF-8 bytes when it is closed, and forgets everything on abort', async () => {
    const sink = createMemorySink();
    const file = await sink.open('a/b.txt', { mediaType: 'text/plain' });
    file.write('Hòa ');
    file.write(new Uint8Array([0x31]));
    expect(sink.files.size).toBe(0);
    file.close();
    expect(new TextDecoder().decode(sink.files.get('a/b.txt')?.bytes)).toBe('Hòa 1');
    expect(sink.files.get('a/b.txt')?.mediaType).toBe('text/plain');
    sink.abort?.();
    expect(sink.files.size).toBe(0);
  });
});

describe('isSafeSinkPath', () => {
  it.each([
    ['person.csv', true],
    ['data/person.json', true],
    ['', false],
    ['/abs', false],
    ['../up', false],
    ['a/./b', false],
    ['a\\b', false],
    ['c:x', false],
  ])('%s → %s', (path, safe) => {
    expect(isSafeSinkPath(path)).toBe(safe);
  });
});
