// Helpers shared by the JSON and NDJSON readers: bounded depth, NFC and cell-size normalisation, envelopes.
import type { SourceLocation } from '@vntip/core';
import type { RecordEvent } from '../read-event';
import type { ReadContext } from './read-context';
import { isRecordEnvelope } from './record-type-names';
import { isJsonObject, normalizeJsonValue, type OversizedValue } from './safe-object';

/** True when a parsed JSON value nests deeper than `max` containers; iterative, so any depth is safe to measure. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (typeof node !== 'object' || node === null) continue;
    if (depth + 1 > max) return true;
    const children = Array.isArray(node) ? node : Object.values(node);
    for (const child of children) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * Turns one parsed JSON element into a record event, reporting what stops it: no record type, too deep, or string
 * values over the cell limit (left out). Returns undefined when no record can be yielded.
 */
export function jsonRecordEvent(
  context: ReadContext,
  element: unknown,
  defaultType: string | undefined,
  basePath: readonly (string | number)[],
  location: Omit<SourceLocation, 'file'>,
): RecordEvent | undefined {
  const envelope = isRecordEnvelope(element);
  const recordType = envelope ? element.recordType : defaultType;
  const raw = envelope ? element.record : element;
  const recordPath = envelope ? [...basePath, 'record'] : [...basePath];
  if (recordType === undefined) {
    context.reportOnce('missing_record_type', { location, incomplete: true });
    return undefined;
  }
  if (nestsDeeperThan(raw, context.limits.maxDepth)) {
    context.report('nesting_too_deep', {
      location,
      path: recordPath,
      params: { limit: context.limits.maxDepth },
    });
    return undefined;
  }
  const oversized: OversizedValue[] = [];
  const value = normalizeJsonValue(raw, context.limits.maxCellBytes, oversized);
  for (const cell of oversized) {
    context.report('cell_too_large', {
      location,
      path: [...recordPath, ...cell.path],
      params: { bytes: cell.bytes, limit: context.limits.maxCellBytes },
    });
  }
  return {
    kind: 'record',
    recordType,
    value,
    basePath: recordPath,
    location: { file: context.file, ...location },
  };
}

/** True when a value is a `{ records: [...] }` container, optionally with its `recordType`. */
export function isRecordsContainer(
  value: unknown,
): value is { records: unknown[]; recordType?: unknown } {
  return isJsonObject(value) && Object.hasOwn(value, 'records') && Array.isArray(value.records);
}
