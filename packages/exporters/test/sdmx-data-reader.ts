// Reads an SDMX-CSV 2.0 export back against the published structures (schemas/sdmx/), as a registry's data upload
// would: the header names the data structure's components in order, every row's STRUCTURE_ID is a published
// dataflow, every key is complete and unique, every coded value is in its codelist, mandatory attributes are there and
// the measure is a number or NaN.
import { parse } from 'csv-parse/sync';
import { type StructureMessage, urnOf } from './sdmx-structure-reader';

/** The rules of SDMX-ML 2.1's ObservationalTimePeriodType that our periods use. */
const TIME_PERIOD =
  /^(\d{4}|\d{4}-S[12]|\d{4}-Q[1-4]|\d{4}-(0[1-9]|1[0-2])|\d{4}-\d{2}-\d{2}|\d{4}-\d{2}-\d{2}\/P\d+D)$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

/** The rows of one exported file read back, with what is wrong with them. */
export interface ParsedData {
  readonly file: string;
  readonly dataflow: string | undefined;
  readonly rows: readonly Readonly<Record<string, string>>[];
  readonly problems: readonly string[];
}

/** Reads one SDMX-CSV file against the published structure messages. */
export function readDataAgainst(
  file: string,
  text: string,
  messages: readonly StructureMessage[],
): ParsedData {
  const problems: string[] = [];
  const records = parse(text, { relax_column_count: false }) as string[][];
  const [header = [], ...body] = records;
  const rows = body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
  if (header.slice(0, 3).join(',') !== 'STRUCTURE,STRUCTURE_ID,ACTION')
    problems.push(`${file}: the header does not start with STRUCTURE,STRUCTURE_ID,ACTION`);
  const ids = new Set(rows.map((row) => row.STRUCTURE_ID));
  const structureId = [...ids][0] ?? expectedFlow(file, messages);
  if (ids.size > 1) problems.push(`${file}: rows of several dataflows`);
  const message = messages.find((m) => m.dataflows.some((f) => urnOf(f) === structureId));
  const flow = message?.dataflows.find((f) => urnOf(f) === structureId);
  const dsd = message?.dataStructures.find(
    (d) => flow?.structure && urnOf(d) === urnOf(flow.structure),
  );
  if (!message || !dsd) {
    problems.push(`${file}: ${structureId} is no published dataflow`);
    return { file, dataflow: structureId, rows, problems };
  }
  const dims = dsd.components.filter((c) => c.kind === 'Dimension' || c.kind === 'TimeDimension');
  const measure = dsd.components.find((c) => c.kind === 'PrimaryMeasure');
  const attributes = dsd.components.filter((c) => c.kind === 'Attribute');
  const expected = [
    'STRUCTURE',
    'STRUCTURE_ID',
    'ACTION',
    ...dims.map((d) => d.id),
    measure?.id ?? '',
    ...attributes.map((a) => a.id),
  ];
  if (header.join(',') !== expected.join(','))
    problems.push(`${file}: header ${header.join(',')} is not ${expected.join(',')}`);
  const codes = (ref: Parameters<typeof urnOf>[0] | undefined) =>
    message.codelists.find((c) => ref && urnOf(c) === urnOf(ref))?.codes;
  const keys = new Set<string>();
  rows.forEach((row, i) => {
    const at = `${file} row ${i + 2}`;
    if (row.STRUCTURE !== 'dataflow') problems.push(`${at}: STRUCTURE is ${row.STRUCTURE}`);
    if (!['I', 'A', 'R', 'M', 'D'].includes(row.ACTION ?? ''))
      problems.push(`${at}: ACTION ${row.ACTION} is no SDMX-CSV action`);
    const key = dims.map((d) => row[d.id] ?? '');
    for (const [j, d] of dims.entries()) {
      const value = key[j] ?? '';
      if (value === '') problems.push(`${at}: the key has no ${d.id}`);
      else if (d.codelist && !codes(d.codelist)?.has(value))
        problems.push(`${at}: ${d.id} ${value} is not in ${urnOf(d.codelist)}`);
      else if (d.textType === 'ObservationalTimePeriod' && !TIME_PERIOD.test(value))
        problems.push(`${at}: ${d.id} ${value} is no SDMX time period`);
    }
    const joined = key.join('.');
    if (keys.has(joined)) problems.push(`${at}: key ${joined} written twice`);
    keys.add(joined);
    const value = row[measure?.id ?? ''] ?? '';
    if (value !== 'NaN' && !NUMBER.test(value))
      problems.push(`${at}: OBS_VALUE ${value} is no number`);
    for (const a of attributes) {
      const cell = row[a.id] ?? '';
      if (cell === '') {
        if (a.assignmentStatus === 'Mandatory') problems.push(`${at}: mandatory ${a.id} is empty`);
      } else if (a.codelist && !codes(a.codelist)?.has(cell))
        problems.push(`${at}: ${a.id} ${cell} is not in ${urnOf(a.codelist)}`);
      else if (a.textType === 'Double' && !NUMBER.test(cell) && cell !== 'NaN')
        problems.push(`${at}: ${a.id} ${cell} is no number`);
    }
  });
  return { file, dataflow: structureId, rows, problems };
}

function expectedFlow(file: string, messages: readonly StructureMessage[]): string | undefined {
  const id = file.replace(/\.csv$/, '');
  const flow = messages.flatMap((m) => m.dataflows).find((f) => f.id === id);
  return flow && urnOf(flow);
}
