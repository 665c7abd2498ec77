import { formatPath, type RecordRef } from '@vntip/core';

/** Says where a record is, for messages that point at another record: its file row, or its path. */
export function formatRecordRef(ref: RecordRef & { readonly index?: number }): string {
  const { location } = ref;
  if (location?.row !== undefined) return formatRow(location.file, location.row);
  if (ref.basePath.length > 0 || ref.index === undefined) return formatPath(ref.basePath);
  return `#${ref.index + 1}`;
}

/** A file row as `formatRecordRef` writes it. */
export function formatRow(file: string | undefined, row: number): string {
  return file ? `${file}:${row}` : `#${row}`;
}
