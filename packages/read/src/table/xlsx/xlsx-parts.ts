// The parts of a workbook's zip package (XLSX, or OpenDocument's .ods), found by name and read as decoded XML text, inflated piece by piece.

import {
  InflateBudget,
  inflateEntry,
  openZipArchive,
  type ZipArchive,
  type ZipEntry,
  ZipError,
} from '../../package/zip-archive';
import type { ReadLimits } from '../../read-options';

/** Bytes decoded to text at a time. */
const TEXT_PIECE_BYTES = 16 * 1024;

/** An opened workbook package: its entries by name, and the inflate budget they share. */
export class XlsxParts {
  private readonly byName = new Map<string, ZipEntry>();
  private readonly budget: InflateBudget;

  private constructor(
    private readonly archive: ZipArchive,
    private readonly limits: ReadLimits,
  ) {
    for (const entry of archive.entries) {
      if (entry.isDirectory) continue;
      const name = entry.name.replace(/^\/+/, '');
      this.byName.set(name, entry);
      this.byName.set(name.toLowerCase(), this.byName.get(name.toLowerCase()) ?? entry);
    }
    this.budget = new InflateBudget(limits.maxArchiveBytes);
  }

  /**
   * Opens a package from its central directory, checked against the archive limits (file count, total size,
   * compression ratio) before anything is inflated; throws `ZipError`. Each part is checked (size, CRC-32) as it is
   * read.
   */
  static open(bytes: Uint8Array, limits: ReadLimits, format: 'xlsx' | 'ods' = 'xlsx'): XlsxParts {
    const archive = openZipArchive(bytes, limits);
    const required = format === 'xlsx' ? '[Content_Types].xml' : 'content.xml';
    if (!archive.entries.some((entry) => entry.name === required)) {
      throw new ZipError('invalid_archive', {
        detail:
          format === 'xlsx'
            ? 'not an Excel workbook ([Content_Types].xml is missing)'
            : 'not an OpenDocument spreadsheet (content.xml is missing)',
      });
    }
    return new XlsxParts(archive, limits);
  }

  /** True when the package holds a part of this name (case ignored). */
  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  /**
   * The decoded UTF-8 text of a part, piece by piece; nothing when the part is absent. A look-ahead read (a part read
   * twice, the first time only to find something at its end) has its own budget under the same limit, so reading a
   * part twice does not halve what a workbook may hold.
   */
  *text(name: string, lookAhead = false): Generator<string> {
    const entry = this.entry(name);
    if (!entry) return;
    const decoder = new TextDecoder('utf-8');
    const budget = lookAhead ? new InflateBudget(this.limits.maxArchiveBytes) : this.budget;
    for (const chunk of inflateEntry(this.archive, entry, budget)) {
      // Small pieces stay in V8's young generation; a string of several hundred KiB would go straight to the
      // large-object space and live until the next full collection.
      for (let start = 0; start < chunk.length; start += TEXT_PIECE_BYTES) {
        const piece = decoder.decode(chunk.subarray(start, start + TEXT_PIECE_BYTES), {
          stream: true,
        });
        if (piece.length > 0) yield piece;
      }
    }
    const last = decoder.decode();
    if (last.length > 0) yield last;
  }

  private entry(name: string): ZipEntry | undefined {
    return this.byName.get(name) ?? this.byName.get(name.toLowerCase());
  }
}

/** Resolves a relationship target against the folder of the part that holds the relationships (`xl/`). */
export function resolvePartPath(base: string, target: string): string {
  const trimmed = target.trim();
  const joined = trimmed.startsWith('/') ? trimmed.slice(1) : `${base}${trimmed}`;
  const out: string[] = [];
  for (const segment of joined.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}
