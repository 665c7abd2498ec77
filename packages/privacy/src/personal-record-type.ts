import {
  type FieldNode,
  JSON_SCHEMAS,
  RECORD_TYPE_SCHEMA_FILES,
  recordFields,
} from '@vntip/schema';

/**
 * Whether a record type's records are about persons: any field, at any depth, classed other than public, or records
 * that count persons in groups (`personCounts`).
 */
export function isPersonalRecordType(recordType: string): boolean {
  let personal = personalCache.get(recordType);
  if (personal === undefined) {
    const fields = recordFields(recordType);
    const walk = (node: FieldNode): boolean =>
      node.sensitivity !== 'public' ||
      [...(node.properties?.values() ?? [])].some(walk) ||
      (node.items !== undefined && walk(node.items));
    personal = fields === undefined || isPersonCountRecordType(recordType) || walk(fields);
    personalCache.set(recordType, personal);
  }
  return personal;
}

const personalCache = new Map<string, boolean>();

/**
 * Whether a record type's schema says its records count persons in groups (`personCounts`, e.g.
 * victim_support_aggregate): such records leave a province only as protected statistics, never as rows.
 */
export function isPersonCountRecordType(recordType: string): boolean {
  if (!Object.hasOwn(RECORD_TYPE_SCHEMA_FILES, recordType)) return false;
  const file = RECORD_TYPE_SCHEMA_FILES[recordType as keyof typeof RECORD_TYPE_SCHEMA_FILES];
  return JSON_SCHEMAS[file]?.personCounts === true;
}
