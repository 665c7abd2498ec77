import {
  type FieldNode,
  JSON_SCHEMAS,
  RECORD_TYPE_SCHEMA_FILES,
  recordFields,
} from '@vntip/schema';
import type { QuasiIdentifier } from './k-anonymize';
import {
  ageLadder,
  agencyLadder,
  dateLadder,
  hideLadder,
  type PlainRecord,
  placeLadder,
} from './ladders';

const LADDER_KINDS = new Set(['date', 'admin_unit', 'agency']);

/** Whether a field's value says when, where or by whom something happened to a person: a date, a place or an agency under a class other than public. */
function isPlaceOrTime(node: FieldNode): boolean {
  return (
    LADDER_KINDS.has(node.kind) &&
    (node.declared === 'quasi_identifier' || node.sensitivity !== 'public')
  );
}

function holdsPlaceOrTime(node: FieldNode): boolean {
  if (isPlaceOrTime(node)) return true;
  if (node.items) return holdsPlaceOrTime(node.items);
  return [...(node.properties?.values() ?? [])].some(holdsPlaceOrTime);
}

/**
 * The quasi-identifiers of a record type at any depth, from the schema's sensitivity classes, each with its
 * generalisation ladder: birth year and age band together (age ladder); administrative units (place ladder), agencies
 * and facilities (agency ladder) and dates (date ladder) classed quasi-identifier, or lying under a class stricter than
 * public (a date inside a victim's sensitive shelter record identifies as much as any other date); any other
 * quasi-identifier (a code, a number, an object with no date, place or agency inside) is hidden at its first level
 * (removed, or UNKNOWN when the record type requires it). A quasi-identifier object that holds dates, places or agencies
 * (a referral's agencies) is generalised field by field. Paths are dotted, `[]` marking the items of an array
 * (`confirmationDocuments[].date`).
 */
export function recordQuasiIdentifiers(
  recordType: string,
  referenceYear: number,
): QuasiIdentifier<PlainRecord>[] {
  const fields = recordFields(recordType);
  const file = RECORD_TYPE_SCHEMA_FILES[recordType as keyof typeof RECORD_TYPE_SCHEMA_FILES];
  const required = new Set((file ? (JSON_SCHEMAS[file]?.required as string[]) : undefined) ?? []);
  const qis: QuasiIdentifier<PlainRecord>[] = [];
  const walk = (node: FieldNode, path: string, top: boolean): void => {
    if (node.kind === 'identifier' || node.sensitivity === 'direct_identifier') return;
    if (isPlaceOrTime(node)) {
      if (node.kind === 'admin_unit') qis.push(placeLadder(path));
      else if (node.kind === 'agency') qis.push(agencyLadder(path));
      else qis.push(dateLadder(path));
      return;
    }
    if (node.declared === 'quasi_identifier' && !holdsPlaceOrTime(node)) {
      const name = path.split('.').at(-1) ?? path;
      if (top && (name === 'birthYear' || name === 'ageBand')) {
        if (!qis.some((qi) => qi.name === 'age')) qis.push(ageLadder(referenceYear));
      } else qis.push(hideLadder(path, top && required.has(path) ? 'UNKNOWN' : undefined));
      return;
    }
    if (node.items) walk(node.items, `${path}[]`, false);
    for (const [name, child] of node.properties ?? [])
      walk(child, path ? `${path}.${name}` : name, path === '');
  };
  if (fields) walk(fields, '', false);
  return qis;
}
