// The indicator conformance kit: named cases that throw a descriptive Error on failure, like the exporter kit.
// It drives the indicator's hooks itself, so it needs no host package.

import type {
  AnyIndicatorDefinition,
  IndicatorContext,
  IndicatorValue,
  ResultPeriod,
  ResultScope,
} from '../indicator';
import { resolvePluginOptions } from '../resolve-plugin-options';
import type { RecordEntry } from '../rule';
import type { ConformanceCase } from './conformance';
import { deepFreeze } from './deep-freeze';

/** Options of `indicatorConformance`. */
export interface IndicatorConformanceOptions {
  readonly indicator: AnyIndicatorDefinition;
  /** Options for the indicator, validated by its options schema as a host would. */
  readonly options?: unknown;
  /** Structurally valid records the indicator counts something from in `period`. */
  readonly sample: readonly Pick<RecordEntry, 'recordType' | 'record'>[];
  /** A period in which the sample counts. */
  readonly period: ResultPeriod;
}

const ID = /^([a-z0-9]+(-[a-z0-9]+)*\/)?[a-z0-9]+(-[a-z0-9]+)*$/;
const REQUIRES = /^[a-z][a-z_]*\.[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/;
const NOTE_CODE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
const UNITS = new Set(['ratio', 'count', 'amount', 'days', 'rate_per_100000']);
const NATIONAL: ResultScope = { level: 'national', code: 'VN' };
/** A province no sample record is in: the kit's `inScope` answers false for every place. */
const NOWHERE: ResultScope = { level: 'province', code: '99', codeListVersion: '124/2004' };

/**
 * The checks every indicator passes: well-formed meta; no throw and nothing counted on empty input; values that carry
 * the period and scope asked for, with numerator, denominator and value that agree with the unit; string lineage and
 * coded bilingual notes; nothing counted out of scope or out of period; the same values twice; input left untouched
 * (records are frozen).
 * @example
 * for (const c of indicatorConformance({ indicator: victimsIdentified, sample, period })) it(c.name, c.run, c.timeout);
 */
export function indicatorConformance(options: IndicatorConformanceOptions): ConformanceCase[] {
  const { indicator, period } = options;
  const id = indicator.meta.id;
  const sample = options.sample.map((entry, index) =>
    deepFreeze({ ...structuredClone(entry), index, basePath: [index] }),
  );
  const run = (records: readonly RecordEntry[], scope: ResultScope, at: ResultPeriod = period) =>
    compute(options, records, scope, at);
  const cases: ConformanceCase[] = [
    {
      name: `${id}: has well-formed meta`,
      timeout: 5_000,
      run: async () => checkMeta(indicator),
    },
    {
      name: `${id}: counts nothing on empty input`,
      timeout: 5_000,
      run: async () => {
        const values = await run([], NATIONAL);
        checkValues(values, NATIONAL, period);
        expectNothingCounted('empty input', values);
      },
    },
    {
      name: `${id}: counts the sample with consistent values, without changing it`,
      timeout: 10_000,
      run: async () => {
        const values = await run(sample, NATIONAL);
        checkValues(values, NATIONAL, period);
        if (!values.some((v) => v.lineage.length > 0))
          throw new Error('The sample counted nothing; give a sample the indicator counts from.');
      },
    },
    {
      name: `${id}: gives the same values twice`,
      timeout: 10_000,
      run: async () => {
        const first = JSON.stringify(await run(sample, NATIONAL));
        const second = JSON.stringify(await run(sample, NATIONAL));
        if (first !== second) throw new Error('Two computations over the same input differ.');
      },
    },
    {
      name: `${id}: counts nothing out of scope`,
      timeout: 10_000,
      run: async () => {
        const values = await run(sample, NOWHERE);
        checkValues(values, NOWHERE, period);
        expectNothingCounted('a scope holding no record', values);
      },
    },
    {
      name: `${id}: counts nothing out of period`,
      timeout: 10_000,
      run: async () => {
        const long_ago = { start: '1900-01-01', end: '1900-12-31' };
        const values = await run(sample, NATIONAL, long_ago);
        checkValues(values, NATIONAL, long_ago);
        expectNothingCounted('a period holding no record', values);
      },
    },
  ];
  return cases;
}

/** A minimal host: options resolved, one computation, every place out of scope unless the scope is national. */
async function compute(
  options: IndicatorConformanceOptions,
  records: readonly RecordEntry[],
  scope: ResultScope,
  period: ResultPeriod,
): Promise<readonly IndicatorValue[]> {
  const resolved = await resolvePluginOptions(options.indicator, options.options);
  const context: IndicatorContext<unknown> = {
    options: resolved,
    locale: 'vi',
    period,
    scope,
    inScope: () => scope.level === 'national',
  };
  const hooks = options.indicator.create(context);
  for (const entry of records) hooks.record?.(entry);
  return hooks.end();
}

function checkMeta(indicator: AnyIndicatorDefinition): void {
  const { meta } = indicator;
  const problems: string[] = [];
  if (!ID.test(meta.id)) problems.push(`id "${meta.id}" is not kebab-case (optionally namespaced)`);
  for (const field of ['title', 'description'] as const)
    for (const locale of ['vi', 'en'] as const)
      if (!meta[field]?.[locale]?.trim()) problems.push(`${field}.${locale} is empty`);
  if (!meta.version.trim()) problems.push('version is empty');
  if (!UNITS.has(meta.unit))
    problems.push(`unit "${meta.unit}" is not one of ${[...UNITS].join(', ')}`);
  for (const path of meta.requires)
    if (!REQUIRES.test(path)) problems.push(`requires "${path}" is not recordType.field`);
  if (problems.length > 0) throw new Error(`Meta: ${problems.join('; ')}.`);
}

function checkValues(
  values: readonly IndicatorValue[],
  scope: ResultScope,
  period: ResultPeriod,
): void {
  values.forEach((value, i) => {
    const where = `value ${i} ${JSON.stringify(value.disaggregation)}`;
    if (value.period.start !== period.start || value.period.end !== period.end)
      throw new Error(`${where}: period ${JSON.stringify(value.period)} is not the one asked for.`);
    if (JSON.stringify(value.scope) !== JSON.stringify(scope))
      throw new Error(`${where}: scope ${JSON.stringify(value.scope)} is not the one asked for.`);
    for (const [key, v] of Object.entries(value.disaggregation))
      if (typeof v !== 'string')
        throw new Error(`${where}: disaggregation ${key} is not a string.`);
    if (!value.lineage.every((item) => typeof item === 'string'))
      throw new Error(`${where}: lineage holds something other than record ids.`);
    for (const note of value.notes) {
      if (!NOTE_CODE.test(note.code))
        throw new Error(`${where}: note code "${note.code}" is not snake_case.`);
      if (!note.message.vi.trim() || !note.message.en.trim())
        throw new Error(`${where}: note ${note.code} lacks a vi or en message.`);
    }
    checkArithmetic(where, value);
  });
}

function checkArithmetic(where: string, { numerator, denominator, value }: IndicatorValue): void {
  if (value !== null && !Number.isFinite(value))
    throw new Error(`${where}: value ${value} is not finite.`);
  if (numerator === null || denominator === null || denominator === 0 || value === null) return;
  const ratio = numerator / denominator;
  const expected = [ratio, ratio * 100_000];
  if (!expected.some((e) => Math.abs(e - value) <= 1e-9 * Math.max(1, Math.abs(e))))
    throw new Error(
      `${where}: value ${value} is not ${numerator} / ${denominator} (or per 100,000).`,
    );
}

function expectNothingCounted(situation: string, values: readonly IndicatorValue[]): void {
  const counted = values.filter((v) => v.lineage.length > 0 || (v.numerator ?? 0) > 0);
  if (counted.length > 0)
    throw new Error(
      `With ${situation}, ${counted.length} value(s) still count records, e.g. ${JSON.stringify(counted[0]?.disaggregation)}.`,
    );
}
