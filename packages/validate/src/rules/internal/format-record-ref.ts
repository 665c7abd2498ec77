import { formatPath, type RecordEntry } from '@vntip/core';

/** Says where a record is, for messages that point at another record: its file row, or its path. */
export function formatRecordRef(entry: RecordEntry): string {
  const { location } = entry;
  if (location?.row !== undefined) {
    return location.file ? `${location.file}:${location.row}` : `#${location.row}`;
  }
  return entry.basePath.length > 0 ? formatPath(entry.basePath) : `#${entry.index + 1}`;
}
