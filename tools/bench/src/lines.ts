import { createReadStream } from 'node:fs';

/** Splits a file into lines on byte boundaries, the way the floor measurement and the peers read it. */
export async function* readLines(
  path: string,
  limit = Number.POSITIVE_INFINITY,
): AsyncGenerator<string> {
  let rest: Buffer = Buffer.alloc(0);
  let count = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const buffer = rest.length > 0 ? Buffer.concat([rest, chunk as Buffer]) : (chunk as Buffer);
    let start = 0;
    for (let end = buffer.indexOf(10, start); end !== -1; end = buffer.indexOf(10, start)) {
      if (end > start) {
        yield buffer.toString('utf8', start, end);
        if (++count >= limit) return;
      }
      start = end + 1;
    }
    rest = buffer.subarray(start);
  }
  if (rest.length > 0 && count < limit) yield rest.toString('utf8');
}
