// The exporter conformance kit: named cases that throw a descriptive Error on failure. No test runner is imported,
// so any runner can drive it: `for (const c of cases) it(c.name, c.run, c.timeout)`.

import { type ExportRecord, type ExportResult, exportRecords } from '../export-records';
import type { AnyExporterDefinition } from '../exporter';
import { importRecords } from '../import-records';
import type { AnyImporterDefinition, ImportFile } from '../importer';
import type { Issue } from '../issue';
import { createMemorySink, type MemorySink, type Sink } from '../sink';
import { deepFreeze } from './deep-freeze';
import { SAMPLE_RECORDS } from './sample-records';

/** Options of `exporterConformance`. */
export interface ConformanceOptions {
  readonly exporter: AnyExporterDefinition;
  /** The importer of the same format; without one, the round-trip checks are skipped. */
  readonly importer?: AnyImporterDefinition;
  /** Options for the exporter. */
  readonly exporterOptions?: unknown;
  /** Options for the importer. */
  readonly importerOptions?: unknown;
  /** Records to export, structurally valid. @default SAMPLE_RECORDS, filtered by the exporter's record types */
  readonly sample?: readonly ExportRecord[];
  /** How many generated records the streaming case exports. @default 50000 */
  readonly largeCount?: number;
}

/** One conformance check: run it, and it throws when the exporter or importer does not conform. */
export interface ConformanceCase {
  readonly name: string;
  run(): Promise<void>;
  /** Milliseconds the case may need; pass it to the runner. */
  readonly timeout: number;
}

/** A record as a round trip compares it. */
interface TypedRecord {
  readonly recordType: string;
  readonly record: unknown;
}

const TEXT_MEDIA_TYPE = /^text\/|[/+](json|x-ndjson|csv)\b/;

/**
 * The checks every exporter (and its importer) passes: round trip to identical records, byte-identical output for the
 * same input, empty input, Unicode (NFD in, NFC out; emoji; combining marks), text that spreadsheets treat as a
 * formula, and streaming of large input. Input records are frozen, so an exporter that mutates them fails.
 * @example
 * for (const c of exporterConformance({ exporter: csvExporter, importer: csvImporter })) it(c.name, c.run, c.timeout);
 */
export function exporterConformance(options: ConformanceOptions): ConformanceCase[] {
  const handled = options.exporter.meta.recordTypes;
  const sample = (options.sample ?? SAMPLE_RECORDS).filter(
    (entry) => !handled || handled.includes(entry.recordType),
  );
  const largeCount = options.largeCount ?? 50_000;
  const id = options.exporter.meta.id;
  const cases: ConformanceCase[] = [
    {
      name: `${id}: exports the sample without issues and reads back identical records`,
      timeout: 10_000,
      run: async () => {
        if (sample.length === 0) throw new Error('The sample has no record the exporter handles.');
        const { result, sink } = await runExport(options, sample);
        expectNoIssues('export', result.issues);
        if (sink.files.size === 0) throw new Error('The export wrote no file.');
        await expectRoundTrip(options, sink, sample);
      },
    },
    {
      name: `${id}: writes the same bytes for the same input`,
      timeout: 10_000,
      run: async () => {
        const first = await runExport(options, sample);
        const second = await runExport(options, sample);
        expectSameFiles(first.sink, second.sink);
      },
    },
    {
      name: `${id}: handles empty input`,
      timeout: 10_000,
      run: async () => {
        const { result, sink } = await runExport(options, []);
        expectNoIssues('export', result.issues);
        if (result.records !== 0)
          throw new Error(`The export counted ${result.records} records, not 0.`);
        await expectRoundTrip(options, sink, []);
      },
    },
    {
      name: `${id}: writes Unicode as NFC and keeps emoji and combining marks`,
      timeout: 10_000,
      run: async () => {
        const input = unicodeRecords(sample);
        if (input.length === 0) return;
        const { result, sink } = await runExport(options, input);
        expectNoIssues('export', result.issues);
        for (const [path, file] of sink.files) {
          if (!TEXT_MEDIA_TYPE.test(file.mediaType)) continue;
          const text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
          if (text !== text.normalize('NFC')) throw new Error(`${path} is not in NFC.`);
          const bom = file.bytes[0] === 0xef && file.bytes[1] === 0xbb && file.bytes[2] === 0xbf;
          if (bom && !/csv/.test(file.mediaType)) {
            throw new Error(`${path} starts with a byte-order mark.`);
          }
        }
        await expectRoundTrip(options, sink, input);
      },
    },
    {
      name: `${id}: keeps text that spreadsheets read as formulas, and text starting with an apostrophe`,
      timeout: 10_000,
      run: async () => {
        const input = formulaRecords(sample);
        if (input.length === 0) return;
        const { result, sink } = await runExport(options, input);
        expectNoIssues('export', result.issues);
        await expectRoundTrip(options, sink, input);
      },
    },
    {
      name: `${id}: streams ${largeCount} records, writing before the input ends`,
      timeout: 120_000,
      run: async () => {
        const counting = countingSink();
        const state = { writtenAtInputEnd: -1 };
        const result = await exportRecords(generate(sample, largeCount, counting, state), {
          exporter: options.exporter,
          options: options.exporterOptions,
          sink: counting.sink,
          profile: 'internal',
        });
        expectNoIssues('export', result.issues);
        if (result.records !== largeCount) {
          throw new Error(`The export counted ${result.records} records, not ${largeCount}.`);
        }
        const total = counting.bytes();
        if (state.writtenAtInputEnd < total / 2) {
          throw new Error(
            `Only ${state.writtenAtInputEnd} of ${total} bytes were written before the input ended: the exporter buffers instead of streaming.`,
          );
        }
        await expectRoundTrip(options, counting.memory, [
          ...generate(sample, largeCount, undefined, state),
        ]);
      },
    },
  ];
  return cases;
}

// --- Internal helpers ---

async function runExport(
  options: ConformanceOptions,
  records: readonly ExportRecord[],
): Promise<{ result: ExportResult; sink: MemorySink }> {
  const sink = createMemorySink();
  const frozen = records.map((entry) => deepFreeze(structuredClone(entry)));
  const result = await exportRecords(frozen, {
    exporter: options.exporter,
    options: options.exporterOptions,
    sink,
    profile: 'internal',
  });
  return { result, sink };
}

async function expectRoundTrip(
  options: ConformanceOptions,
  sink: MemorySink,
  input: readonly ExportRecord[],
): Promise<void> {
  if (!options.importer) return;
  const files: ImportFile[] = [...sink.files].map(([name, file]) => ({ name, bytes: file.bytes }));
  const records: TypedRecord[] = [];
  const issues: Issue[] = [];
  for await (const chunk of importRecords(files, {
    importer: options.importer,
    options: options.importerOptions,
  })) {
    for (const event of Array.isArray(chunk) ? chunk : [chunk]) {
      if (event.kind === 'record')
        records.push({ recordType: event.recordType, record: event.value });
      else if (event.kind === 'issue') issues.push(event.issue);
    }
  }
  expectNoIssues('import', issues);
  const expected = groupByType(input.map((entry) => ({ ...entry, record: toNfc(entry.record) })));
  const actual = groupByType(records);
  const types = new Set([...expected.keys(), ...actual.keys()]);
  for (const type of [...types].sort()) {
    const want = expected.get(type) ?? [];
    const got = actual.get(type) ?? [];
    if (want.length !== got.length) {
      throw new Error(`Round trip: ${got.length} ${type} records came back, not ${want.length}.`);
    }
    for (let i = 0; i < want.length; i++) {
      const difference = firstDifference(want[i], got[i], '');
      if (difference) throw new Error(`Round trip: ${type} record ${i} differs at ${difference}.`);
    }
  }
}

function groupByType(records: readonly TypedRecord[]): Map<string, unknown[]> {
  const groups = new Map<string, unknown[]>();
  for (const { recordType, record } of records) {
    const group = groups.get(recordType) ?? [];
    group.push(record);
    groups.set(recordType, group);
  }
  return groups;
}

/** Describes where two JSON values first differ (keys in any order), or undefined when they are equal. */
export function firstDifference(want: unknown, got: unknown, path: string): string | undefined {
  const at = path || '(root)';
  if (Object.is(want, got)) return undefined;
  if (Array.isArray(want) || Array.isArray(got)) {
    if (!Array.isArray(want) || !Array.isArray(got) || want.length !== got.length) {
      return `${at}: expected ${show(want)}, received ${show(got)}`;
    }
    for (let i = 0; i < want.length; i++) {
      const difference = firstDifference(want[i], got[i], `${path}[${i}]`);
      if (difference) return difference;
    }
    return undefined;
  }
  if (isObject(want) && isObject(got)) {
    const keys = new Set([...Object.keys(want), ...Object.keys(got)]);
    for (const key of [...keys].sort()) {
      const difference = firstDifference(want[key], got[key], path ? `${path}.${key}` : key);
      if (difference) return difference;
    }
    return undefined;
  }
  return `${at}: expected ${show(want)}, received ${show(got)}`;
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function expectNoIssues(stage: string, issues: readonly Issue[]): void {
  if (issues.length === 0) return;
  const shown = issues
    .slice(0, 5)
    .map((issue) => `${issue.code} at ${issue.path.join('.')}: ${issue.message}`)
    .join('; ');
  throw new Error(`The ${stage} reported ${issues.length} issue(s): ${shown}`);
}

function expectSameFiles(first: MemorySink, second: MemorySink): void {
  const names = [...first.files.keys()];
  const otherNames = [...second.files.keys()];
  if (names.join('\n') !== otherNames.join('\n')) {
    throw new Error(`The files differ: ${names.join(', ')} then ${otherNames.join(', ')}.`);
  }
  for (const name of names) {
    const a = first.files.get(name)?.bytes ?? new Uint8Array();
    const b = second.files.get(name)?.bytes ?? new Uint8Array();
    const at = a.findIndex((byte, i) => byte !== b[i]);
    if (a.length !== b.length || at !== -1) {
      throw new Error(
        `${name} differs between two runs (first at byte ${at === -1 ? a.length : at}).`,
      );
    }
  }
}

function toNfc(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(toNfc);
  if (isObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k.normalize('NFC'), toNfc(v)]),
    );
  }
  return value;
}

const UNICODE_TEXTS = [
  'Hiệp Hòa, Bắc Giang — Thừa Thiên Huế',
  'Người bị mua bán 🇻🇳 👩🏽‍⚕️ ✅',
  'Kỹ năng q\u0323 a\u0328\u0301 ở Điện Biên',
];

const FORMULA_TEXTS = [
  '=1+1',
  '+84 912',
  '-',
  '@SUM(A1)',
  "'quoted'",
  "''",
  '\tindented',
  '=HYPERLINK("x")',
];

/** Copies of sample records whose free-text fields (those named `name`) hold the given texts. */
function withTexts(sample: readonly ExportRecord[], texts: readonly string[]): ExportRecord[] {
  const out: ExportRecord[] = [];
  for (const text of texts) {
    for (const entry of sample) {
      const record = structuredClone(entry.record) as Record<string, unknown>;
      if (setNames(record, text)) out.push({ recordType: entry.recordType, record });
    }
  }
  return out;
}

function setNames(value: unknown, text: string): boolean {
  if (Array.isArray(value)) return value.map((item) => setNames(item, text)).some(Boolean);
  if (!isObject(value)) return false;
  let changed = false;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'name' && typeof child === 'string') {
      value[key] = text;
      changed = true;
    } else if (setNames(child, text)) changed = true;
  }
  return changed;
}

function unicodeRecords(sample: readonly ExportRecord[]): ExportRecord[] {
  return withTexts(
    sample,
    UNICODE_TEXTS.flatMap((text) => [text.normalize('NFD'), text.normalize('NFC')]),
  );
}

function formulaRecords(sample: readonly ExportRecord[]): ExportRecord[] {
  return withTexts(sample, FORMULA_TEXTS);
}

function* generate(
  sample: readonly ExportRecord[],
  count: number,
  counting: { bytes(): number } | undefined,
  state: { writtenAtInputEnd: number },
): Generator<ExportRecord> {
  for (let i = 0; i < count; i++) {
    const entry = sample[i % sample.length] as ExportRecord;
    const record = { ...entry.record };
    if (typeof record.id === 'string') record.id = `${record.id}-${i}`;
    yield { recordType: entry.recordType, record };
  }
  if (counting) state.writtenAtInputEnd = counting.bytes();
}

function countingSink(): { sink: Sink; memory: MemorySink; bytes(): number } {
  const memory = createMemorySink();
  const encoder = new TextEncoder();
  let written = 0;
  const sink: Sink = {
    async open(path, options) {
      const target = await memory.open(path, options);
      return {
        write(chunk) {
          written += typeof chunk === 'string' ? encoder.encode(chunk).length : chunk.length;
          return target.write(chunk);
        },
        close: () => target.close(),
      };
    },
    commit: () => memory.commit?.(),
    abort: () => memory.abort?.(),
  };
  return { sink, memory, bytes: () => written };
}
