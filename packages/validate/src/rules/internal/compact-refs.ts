import { formatPath, type RecordEntry, type RecordRef, type SourceLocation } from '@vntip/core';
import { formatRow } from './format-record-ref';

/**
 * What names a record in a later message, as `formatRecordRef` would: most often a small integer
 * (its row and file), else its location or path, or minus its position in the run.
 */
export type RecordMark = number | SourceLocation | RecordRef['basePath'];

/**
 * A RecordRef as a rule keeps it in its compact items, to report on the record at the end. The
 * usual `basePath` of one index and `location` of a file and row are packed into integers.
 */
export interface HeldRef {
  readonly path: number | RecordRef['basePath'];
  readonly where: number | SourceLocation | undefined;
  /** The record's type, which names its fields in messages (one shared string). */
  readonly type: string | undefined;
}

// A packed row is `row * FILE_SLOTS + file slot`; records of any further file keep their location.
const FILE_SLOTS = 256;
// Packed numbers stay small integers, which V8 stores in place rather than as separate objects.
const MAX_SMALL = 2 ** 30 - 1;

/**
 * Compact stand-ins for records, for rules that keep something per record until the end: marks
 * to name a record in a message, and held refs to report on it. Holds the file names of one run:
 * create one per rule instance.
 */
export class CompactRefs {
  readonly #files: (string | undefined)[] = [];

  /** What `format` needs later to name this record. */
  mark(entry: RecordEntry): RecordMark {
    const { location } = entry;
    if (location?.row !== undefined) return this.#packRow(location.file, location.row) ?? location;
    if (entry.basePath.length > 0) return entry.basePath;
    return -(entry.index + 1);
  }

  /** Says where a marked record is, as `formatRecordRef` says it of the record itself. */
  format(mark: RecordMark): string {
    if (typeof mark === 'number') {
      if (mark < 0) return `#${-mark}`;
      const slot = mark % FILE_SLOTS;
      return formatRow(this.#files[slot], (mark - slot) / FILE_SLOTS);
    }
    if (isPath(mark)) return formatPath(mark);
    return formatRow(mark.file, mark.row as number);
  }

  /** The entry's RecordRef, packed to keep. */
  hold(entry: RecordRef): HeldRef {
    const { basePath, location } = entry;
    const index = basePath[0];
    const path =
      basePath.length === 1 && typeof index === 'number' && isSmall(index) ? index : basePath;
    return { path, where: location && this.#packLocation(location), type: entry.recordType };
  }

  /** The RecordRef a held ref stands for, equal to the entry's own. */
  ref(held: HeldRef): RecordRef {
    const basePath = typeof held.path === 'number' ? [held.path] : held.path;
    const { where, type } = held;
    const ref = type === undefined ? { basePath } : { basePath, recordType: type };
    if (where === undefined) return ref;
    if (typeof where !== 'number') return { ...ref, location: where };
    const slot = where % FILE_SLOTS;
    const row = (where - slot) / FILE_SLOTS;
    const file = this.#files[slot];
    return { ...ref, location: file === undefined ? { row } : { file, row } };
  }

  /** A location of just a file name and a row, or of just a row, as a number; else the location. */
  #packLocation(location: SourceLocation): number | SourceLocation {
    const keys = Object.keys(location);
    const plain =
      location.row !== undefined &&
      (keys.length === 1 ||
        (keys.length === 2 && keys[0] === 'file' && typeof location.file === 'string'));
    if (!plain || keys[keys.length - 1] !== 'row') return location;
    return this.#packRow(location.file, location.row as number) ?? location;
  }

  #packRow(file: string | undefined, row: number): number | undefined {
    if (!isSmall(row) || row > MAX_SMALL / FILE_SLOTS) return undefined;
    const slot = this.#files.lastIndexOf(file);
    if (slot !== -1) return row * FILE_SLOTS + slot;
    if (this.#files.length === FILE_SLOTS) return undefined;
    return row * FILE_SLOTS + this.#files.push(file) - 1;
  }
}

function isSmall(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= MAX_SMALL;
}

function isPath(mark: RecordMark): mark is RecordRef['basePath'] {
  return Array.isArray(mark);
}
