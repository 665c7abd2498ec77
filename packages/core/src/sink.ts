import { VntipError } from './vntip-error';

/** How a file is opened on a sink. */
export interface SinkOpenOptions {
  /** Media type of the file, e.g. `text/csv`; sinks may record it (an HTTP response, a zip entry). */
  readonly mediaType: string;
}

/** One file being written. A `write` may return a promise; awaiting it is how backpressure reaches the exporter. */
export interface SinkTarget {
  /** Appends bytes; a string is written as UTF-8. */
  write(chunk: string | Uint8Array): void | Promise<void>;
  /** Ends the file; the sink may make it visible only when the whole export commits. */
  close(): void | Promise<void>;
}

/** Where an exporter writes files; the host provides it (memory, a folder, a zip, an upload). */
export interface Sink {
  /** Opens a new file at a relative POSIX path such as `person.csv`. */
  open(path: string, options: SinkOpenOptions): SinkTarget | Promise<SinkTarget>;
  /** Called by the host once the whole export succeeded: make every file visible. */
  commit?(): void | Promise<void>;
  /** Called by the host when the export failed: discard every file, so nothing half-written remains. */
  abort?(): void | Promise<void>;
}

/** A file a memory sink holds. */
export interface MemoryFile {
  readonly mediaType: string;
  readonly bytes: Uint8Array;
}

/** A sink that keeps files in memory: for tests, browsers and small exports. */
export interface MemorySink extends Sink {
  /** Closed files by path, in the order they were closed; emptied by `abort`. */
  readonly files: ReadonlyMap<string, MemoryFile>;
}

/** True for a relative POSIX path with no empty, `.` or `..` segment and no backslash, drive or NUL. */
export function isSafeSinkPath(path: string): boolean {
  if (path === '' || path.startsWith('/') || /[\\\0:]/.test(path)) return false;
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/**
 * Creates a sink that collects each file as one `Uint8Array`.
 * @example
 * const sink = createMemorySink();
 * await exportRecords(records, { exporter: ndjsonExporter, sink, profile: 'internal' });
 * const bytes = sink.files.get('person.ndjson')?.bytes;
 */
export function createMemorySink(): MemorySink {
  const files = new Map<string, MemoryFile>();
  const encoder = new TextEncoder();
  return {
    files,
    open(path, { mediaType }) {
      if (!isSafeSinkPath(path)) {
        throw new VntipError('INVALID_ARGUMENT', `The path "${path}" is not a safe relative path.`);
      }
      const chunks: Uint8Array[] = [];
      let closed = false;
      return {
        write(chunk) {
          if (closed) throw new VntipError('INTERNAL', `The file ${path} was written after close.`);
          chunks.push(typeof chunk === 'string' ? encoder.encode(chunk) : chunk.slice());
        },
        close() {
          if (closed) return;
          closed = true;
          files.set(path, { mediaType, bytes: concatBytes(chunks) });
        },
      };
    },
    abort() {
      files.clear();
    },
  };
}

function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
