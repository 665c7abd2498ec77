import type { RecordEntry } from '@vntip/core';

/** The entry's record as its generated type; rules only ever see structurally valid records. */
export function typedRecord<RecordShape>(entry: RecordEntry): RecordShape {
  return entry.record as unknown as RecordShape;
}
