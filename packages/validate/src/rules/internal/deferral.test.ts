import { describe, expect, it } from 'vitest';
import { InOrderQueue } from './in-order-queue';
import { PendingByKey } from './pending-by-key';

describe('InOrderQueue', () => {
  it('reports decided items at once only while nothing waits before them', () => {
    const decided = new Set<string>(['a', 'c', 'd']);
    const out: string[] = [];
    const queue = new InOrderQueue<string>(
      (item) => decided.has(item),
      (item) => out.push(item),
    );
    queue.push('a');
    expect(out).toEqual(['a']);
    queue.push('b');
    queue.push('c');
    expect(out).toEqual(['a']);
    expect(queue.front).toBe('b');
    decided.add('b');
    queue.flush();
    expect(out).toEqual(['a', 'b', 'c']);
    queue.push('d');
    queue.push('e');
    queue.push('f');
    decided.add('f');
    queue.finish();
    expect(out).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(queue.front).toBeUndefined();
  });

  it('keeps order across many flushes', () => {
    const decided = new Set<number>();
    const out: number[] = [];
    const queue = new InOrderQueue<number>(
      (item) => decided.has(item),
      (item) => out.push(item),
    );
    for (let i = 0; i < 5000; i++) queue.push(i);
    for (let i = 0; i < 4000; i++) {
      decided.add(i);
      queue.flush();
    }
    expect(out).toHaveLength(4000);
    queue.finish();
    expect(out).toEqual(Array.from({ length: 5000 }, (_, i) => i));
  });
});

describe('PendingByKey', () => {
  it('drops settled items and returns the rest in input order', () => {
    const pending = new PendingByKey<{ seq: number; date: string }>();
    pending.add('P1', { seq: 0, date: '2024-01-10' });
    pending.add('P2', { seq: 1, date: '2024-01-01' });
    pending.add('P1', { seq: 2, date: '2024-02-10' });
    pending.add('P3', { seq: 3, date: '2024-03-01' });
    pending.settle('P1', (item) => item.date < '2024-02-01');
    pending.settle('P3');
    pending.settle('P9');
    expect(pending.remaining().map((item) => item.seq)).toEqual([1, 2]);
  });
});
