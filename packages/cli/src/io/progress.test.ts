import { describe, expect, it } from 'vitest';
import { createProgress } from './progress';

function stream() {
  const written: string[] = [];
  return { written, stream: { write: (chunk: string) => written.push(chunk), isTTY: true } };
}

describe('createProgress', () => {
  it('draws a bar in place and clears it when done', () => {
    const { written, stream: out } = stream();
    const progress = createProgress(out, 'person.csv', 200, true);
    progress.update(100);
    progress.update(150); // within 100 ms of the last draw: skipped
    progress.finish();
    expect(written).toEqual([
      `\rperson.csv [${'█'.repeat(12)}${'░'.repeat(12)}] 50%`,
      '\r\u001b[2K',
    ]);
  });

  it('counts without a total, and writes nothing at all when disabled (piped, CI, --quiet, --json)', () => {
    const counted = stream();
    createProgress(counted.stream, 'records', undefined, true).update(42);
    expect(counted.written).toEqual(['\rrecords … 42']);
    const off = stream();
    const progress = createProgress(off.stream, 'records', 10, false);
    progress.update(5);
    progress.finish();
    expect(off.written).toEqual([]);
  });
});
