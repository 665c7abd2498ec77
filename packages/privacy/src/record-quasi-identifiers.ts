import { JSON_SCHEMAS, RECORD_TYPE_SCHEMA_FILES } from '@vntip/schema';
import type { QuasiIdentifier } from './k-anonymize';
import {
  ageLadder,
  agencyLadder,
  dateLadder,
  hideLadder,
  type PlainRecord,
  placeLadder,
} from './ladders';
import { recordFields } from './schema-fields';

/**
 * The quasi-identifiers of a record type, from the schema's sensitivity classes, each with its generalisation ladder:
 * birth year and age band together (age ladder), administrative units (place ladder), agencies (agency ladder), dates
 * (date ladder); any other quasi-identifier is hidden at its first level (removed, or UNKNOWN when required).
 */
export function recordQuasiIdentifiers(
  recordType: string,
  referenceYear: number,
): QuasiIdentifier<PlainRecord>[] {
  const fields = recordFields(recordType);
  const file = RECORD_TYPE_SCHEMA_FILES[recordType as keyof typeof RECORD_TYPE_SCHEMA_FILES];
  const required = new Set((file ? (JSON_SCHEMAS[file]?.required as string[]) : undefined) ?? []);
  const qis: QuasiIdentifier<PlainRecord>[] = [];
  for (const [name, node] of fields?.properties ?? []) {
    if (node.sensitivity !== 'quasi_identifier') continue;
    if (name === 'birthYear' || name === 'ageBand') {
      if (!qis.some((qi) => qi.name === 'age')) qis.push(ageLadder(referenceYear));
    } else if (node.kind === 'admin_unit') qis.push(placeLadder(name));
    else if (node.kind === 'agency') qis.push(agencyLadder(name));
    else if (node.kind === 'date') qis.push(dateLadder(name));
    else qis.push(hideLadder(name, required.has(name) ? 'UNKNOWN' : undefined));
  }
  return qis;
}
