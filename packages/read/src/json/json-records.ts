// Helpers shared by the JSON and NDJSON readers: bounded depth, NFC and cell-size normalisation, envelopes.
import type { SourceLocation } from '@vntip/core';
import type { ReadContext } from '../read-context';
import type { RecordEvent } from '../read-event';
import {
  normalizeBoundedJsonValue,
  normalizeJsonValue,
  type OversizedValue,
  TOO_DEEP,
} from '../safe-object';
import { isRecordEnvelope } from '../table/record-type-names';

// Deepest nesting walked recursively; deeper limits are checked iteratively.
const MAX_RECURSIVE_DEPTH = 1000;

/** True when a parsed JSON value nests deeper than `max` containers; any depth is safe to measure. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  // Recursion is cheaper (no work list) and safe while `max` keeps it shallow; past that, walk iteratively.
  if (max <= MAX_RECURSIVE_DEPTH) return deeperThan(value, 0, max);
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

function deeperThan(node: unknown, depth: number, max: number): boolean {
  if (typeof node !== 'object' || node === null) return false;
  if (depth + 1 > max) return true;
  if (Array.isArray(node)) {
    for (const child of node) if (deeperThan(child, depth + 1, max)) return true;
    return false;
  }
  for (const child of Object.values(node)) if (deeperThan(child, depth + 1, max)) return true;
  return false;
}

/**
 * Turns one parsed JSON element into a record event, reporting what stops it: no record type, too deep, or string
 * values over the cell limit (left out). Returns undefined when no record can be yielded. `basePath` is taken over
 * (a fresh array per call) and `location` is the record's whole location, file included.
 */
export function jsonRecordEvent(
  context: ReadContext,
  element: unknown,
  defaultType: string | undefined,
  basePath: (string | number)[],
  location: SourceLocation,
): RecordEvent | undefined {
  const envelope = isRecordEnvelope(element);
  const recordType = envelope ? element.recordType : defaultType;
  const raw = envelope ? element.record : element;
  // `basePath` is the caller's own array: extended in place rather than copied.
  const recordPath = basePath;
  if (envelope) recordPath.push('record');
  if (recordType === undefined) {
    context.reportOnce('missing_record_type', { location, incomplete: true });
    return undefined;
  }
  const { maxDepth, maxCellBytes, maxRecordValues } = context.limits;
  const oversized: OversizedValue[] = [];
  // One walk checks the depth and normalises when recursion is safe; two walks otherwise.
  const value =
    maxDepth <= MAX_RECURSIVE_DEPTH
      ? normalizeBoundedJsonValue(raw, maxDepth, maxCellBytes, oversized)
      : nestsDeeperThan(raw, maxDepth)
        ? TOO_DEEP
        : normalizeJsonValue(raw, maxCellBytes, oversized);
  if (value === TOO_DEEP) {
    context.report('nesting_too_deep', {
      location,
      path: recordPath,
      params: { limit: maxDepth },
    });
    return undefined;
  }
  if (holdsMoreValuesThan(value, maxRecordValues)) {
    context.report('record_too_many_values', {
      location,
      path: recordPath,
      params: { limit: maxRecordValues },
    });
    return undefined;
  }
  for (const cell of oversized) {
    context.report('cell_too_large', {
      location,
      path: [...recordPath, ...cell.path],
      params: { bytes: cell.bytes, limit: maxCellBytes },
    });
  }
  return {
    kind: 'record',
    recordType,
    value,
    basePath: recordPath,
    location,
  };
}

/**
 * Whether a JSON value holds more than `max` values (array items and object members at any depth): each can raise an
 * issue of its own, so this bounds the issues, and the memory, one record can cost. Iterative, stops at the limit.
 */
export function holdsMoreValuesThan(value: unknown, max: number): boolean {
  const stack: unknown[] = [value];
  let count = 0;
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    const children = Array.isArray(node) ? node : Object.values(node);
    count += children.length;
    if (count > max) return true;
    for (const child of children)
      if (typeof child === 'object' && child !== null) stack.push(child);
  }
  return false;
}
