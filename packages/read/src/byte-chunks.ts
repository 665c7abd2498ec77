/** Largest slice handed to a stage at once, so that a whole-file `Uint8Array` is still processed piece by piece. */
export const CHUNK_BYTES = 64 * 1024;

/** Yields the bytes of an input as chunks of at most `CHUNK_BYTES`, whether it is one array or a stream. */
export async function* byteChunks(
  bytes: Uint8Array | AsyncIterable<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  if (bytes instanceof Uint8Array) {
    for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
      yield bytes.subarray(start, start + CHUNK_BYTES);
    }
    return;
  }
  for await (const chunk of bytes) {
    if (!(chunk instanceof Uint8Array))
      throw new TypeError('the input stream yielded a non-byte chunk');
    for (let start = 0; start < chunk.length; start += CHUNK_BYTES) {
      yield chunk.subarray(start, start + CHUNK_BYTES);
    }
  }
}

/** The whole input in one array, or its size so far when it grew past `maxBytes`. */
export type CollectedBytes =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly size: number };

/** Reads a whole input into memory, stopping as soon as it exceeds `maxBytes`. */
export async function collectBytes(
  bytes: Uint8Array | AsyncIterable<Uint8Array>,
  maxBytes: number,
): Promise<CollectedBytes> {
  if (bytes instanceof Uint8Array) {
    return bytes.length > maxBytes ? { ok: false, size: bytes.length } : { ok: true, bytes };
  }
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of byteChunks(bytes)) {
    size += chunk.length;
    if (size > maxBytes) return { ok: false, size };
    parts.push(chunk);
  }
  return { ok: true, bytes: concatBytes(parts, size) };
}

/** Joins byte arrays into one. */
export function concatBytes(parts: readonly Uint8Array[], size?: number): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = new Uint8Array(size ?? parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** The first bytes of an input (up to `count`) and the whole input again, for sniffing a format without losing bytes. */
export async function peekBytes(
  bytes: Uint8Array | AsyncIterable<Uint8Array>,
  count: number,
): Promise<{ head: Uint8Array; bytes: Uint8Array | AsyncIterable<Uint8Array> }> {
  if (bytes instanceof Uint8Array) return { head: bytes.subarray(0, count), bytes };
  const iterator = byteChunks(bytes);
  const seen: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < count) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    seen.push(next.value);
    size += next.value.length;
  }
  const head = concatBytes(seen, size).subarray(0, count);
  async function* replay(): AsyncGenerator<Uint8Array> {
    yield* seen;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next())
      yield next.value;
  }
  return { head, bytes: replay() };
}
