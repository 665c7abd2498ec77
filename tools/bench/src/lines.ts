import { createReadStream } from 'node:fs';

/** Splits a file into lines on byte boundaries, a batch per 1 MiB read: one await per batch, not per line. */
export async function* readLineBatches(
  path: string,
  limit = Number.POSITIVE_INFINITY,
): AsyncGenerator<string[]> {
  let rest: Buffer = Buffer.alloc(0);
  let count = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const buffer = rest.length > 0 ? Buffer.concat([rest, chunk as Buffer]) : (chunk as Buffer);
    const lines: string[] = [];
    let start = 0;
    for (let end = buffer.indexOf(10, start); end !== -1; end = buffer.indexOf(10, start)) {
      if (end > start) {
        lines.push(buffer.toString('utf8', start, end));
        if (++count >= limit) {
          yield lines;
          return;
        }
      }
      start = end + 1;
    }
    rest = buffer.subarray(start);
    if (lines.length > 0) yield lines;
  }
  if (rest.length > 0 && count < limit) yield [rest.toString('utf8')];
}

/** Splits a file into lines on byte boundaries, the way the floor measurement and the peers read it. */
export async function* readLines(
  path: string,
  limit = Number.POSITIVE_INFINITY,
): AsyncGenerator<string> {
  for await (const batch of readLineBatches(path, limit)) yield* batch;
}
