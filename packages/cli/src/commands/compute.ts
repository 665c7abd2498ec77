import type { ConfiguredRule, RecordEntry, ResultPeriod, ResultScope } from '@vntip/core';
import {
  type ConfiguredIndicator,
  computeIndicators,
  type IndicatorResult,
  NATIONAL_SCOPE,
  type PeriodGrain,
  provinceScopes,
} from '@vntip/indicators';
import { getCodelistEntry, NATIONAL_TARGETS, type Target } from '@vntip/schema';
import type { ResolvedConfig } from '../config/load-config';
import { CliUsageError, suggest } from '../errors';
import { type InputOptions, type ValidatedInput, validateInputs } from '../input/validate-inputs';
import type { Output } from '../io/output';
import type { Translate } from '../messages';
import { oneOf } from './context';
import { formatInput } from './format-issues';

/** Grains `--grain` accepts. */
export const GRAINS = ['YEAR', 'HALF_YEAR', 'QUARTER', 'MONTH'] as const;

/** The flags of indicator computation, shared by `report` and the aggregate formats of `export`. */
export interface ComputeFlags {
  readonly period?: string;
  readonly grain?: string;
  readonly scope?: readonly string[];
  readonly targets?: readonly string[];
  readonly indicators?: string;
  readonly today?: string;
}

/** What was computed, and for what. */
export interface Computed {
  readonly rows: IndicatorResult[];
  readonly period: ResultPeriod;
  readonly scopes: readonly ResultScope[];
}

/** Parses `2024`, `2024..2025` or `2024-01-01..2024-12-31`. */
export function parsePeriod(t: Translate, value: string): ResultPeriod {
  const bad = () => new CliUsageError(t('errBadPeriod', { value }));
  const [from, to = from] = value.split('..');
  if (from === undefined || to === undefined) throw bad();
  const start = /^\d{4}$/.test(from) ? `${from}-01-01` : from;
  const end = /^\d{4}$/.test(to) ? `${to}-12-31` : to;
  for (const date of [start, end]) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
      throw bad();
    }
    if (new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) throw bad();
  }
  if (start > end) throw bad();
  return { start, end };
}

/** The province codelist of each administrative-unit version. */
const PROVINCE_LISTS = { '124/2004': 'province2004', '19/2025': 'province2025' } as const;

/** Parses the `--scope` values: `VN`, `<code>@<version>` (2 digits a province, 5 a commune), `provinces:<version>`. */
export function parseScopes(t: Translate, values: readonly string[]): ResultScope[] {
  if (values.length === 0) return [NATIONAL_SCOPE];
  const scopes: ResultScope[] = [];
  for (const value of values) {
    const bad = () => new CliUsageError(t('errBadScope', { value }));
    if (value.toUpperCase() === 'VN') {
      scopes.push(NATIONAL_SCOPE);
      continue;
    }
    const all = /^provinces:(124\/2004|19\/2025)$/.exec(value);
    if (all) {
      scopes.push(...provinceScopes(all[1] as '124/2004' | '19/2025'));
      continue;
    }
    const one = /^(\d{2}|\d{5})@(124\/2004|19\/2025)$/.exec(value);
    if (!one) throw bad();
    const code = one[1] as string;
    const version = one[2] as '124/2004' | '19/2025';
    // A province code must be in that version's list (deprecated codes included, for past periods). Commune codes are
    // checked for shape only: the standard ships no commune list.
    if (code.length === 2 && getCodelistEntry(PROVINCE_LISTS[version], code) === undefined) {
      throw new CliUsageError(t('errUnknownProvince', { value, code, version }), 'BAD_SCOPE');
    }
    scopes.push({
      level: code.length === 2 ? 'province' : 'commune',
      code,
      codeListVersion: one[2] as string,
    });
  }
  return scopes;
}

/** The period a package declares, when the first input with a descriptor declares one. */
export function declaredPeriod(inputs: readonly ValidatedInput[]): ResultPeriod | undefined {
  for (const { result } of inputs) {
    const period = (
      result.descriptor as { period?: { start?: unknown; end?: unknown } } | undefined
    )?.period;
    if (typeof period?.start === 'string' && typeof period.end === 'string') {
      return { start: period.start, end: period.end };
    }
  }
  return undefined;
}

/** Refuses data with errors (exit 1): prints where the errors are on stderr and returns false. */
export function acceptData(
  inputs: readonly ValidatedInput[],
  out: Output,
  action: 'actionExported' | 'actionReported' | 'actionConverted',
): boolean {
  const errors = inputs.reduce((sum, { result }) => sum + result.issueCounts.error, 0);
  const complete = inputs.every(({ result }) => result.complete);
  if (errors === 0 && complete) return true;
  for (const input of inputs) {
    if (!input.result.ok && !out.json && !out.quiet) {
      out.io.stderr.write(formatInput(input, { ...out, paint: out.paintErr }));
    }
  }
  out.error(
    out.t('errDataInvalid', {
      errors: Math.max(errors, 1),
      action: out.t(action),
      inputs: inputs.map((i) => i.input).join(' '),
    }),
    'DATA_INVALID',
  );
  return false;
}

/** The indicators to compute: `--indicators` from the registry, else the built-ins that need no options and every plugin indicator. */
export function pickIndicators(
  t: Translate,
  config: ResolvedConfig,
  ids: string | undefined,
): ConfiguredIndicator[] {
  if (ids !== undefined) {
    return ids
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean)
      .map((id) => {
        const configured = config.indicators.find(
          (c) => (Array.isArray(c) ? c[0] : c).meta.id === id,
        );
        if (configured) return configured;
        const found = config.registry.indicators.get(id);
        if (found) return found;
        const near = suggest(id, config.registry.indicators.keys());
        const hint = near.length > 0 ? ` ${t('didYouMean', { suggestions: near.join(', ') })}` : '';
        throw new CliUsageError(
          `${t('errUnknownIndicator', { id, known: [...config.registry.indicators.keys()].sort().join(', ') })}${hint}`,
          'UNKNOWN_INDICATOR',
        );
      });
  }
  return [...config.indicators];
}

/** Reads provincial target files: validated like any input, target records only. Returns undefined on data errors. */
export async function loadTargets(
  files: readonly string[],
  rules: readonly ConfiguredRule[],
  today: string | undefined,
  out: Output,
  settings: Pick<InputOptions, 'limits' | 'signatures'>,
): Promise<Target[] | undefined> {
  const targets: Target[] = [...NATIONAL_TARGETS];
  if (files.length === 0) return targets;
  // Target files are small and kept whole; signatures are checked, but not required of them.
  const inputs = await validateInputs(
    files,
    {
      rules,
      keepRecords: true,
      recordType: 'target',
      limits: settings.limits,
      ...(settings.signatures
        ? { signatures: { keys: settings.signatures.keys, require: false } }
        : {}),
      ...(today ? { today } : {}),
    },
    out,
  );
  for (const input of inputs) {
    if (!input.result.ok) {
      if (!out.json && !out.quiet) {
        out.io.stderr.write(formatInput(input, { ...out, paint: out.paintErr }));
      }
      out.error(out.t('errTargetsInvalid', { path: input.input }), 'TARGETS_INVALID');
      return undefined;
    }
    for (const entry of input.result.records) {
      if (entry.recordType !== 'target') {
        throw new CliUsageError(
          out.t('errTargetsNotTargets', { path: input.input, recordType: entry.recordType }),
        );
      }
      targets.push(entry.record as unknown as Target);
    }
  }
  return targets;
}

/** Validates the flags and computes the indicators over the validated records, streamed. */
export async function computeFromFlags(
  inputs: readonly ValidatedInput[],
  records: AsyncIterable<RecordEntry>,
  flags: ComputeFlags,
  config: ResolvedConfig,
  out: Output,
  targets: readonly Target[],
  extraIndicators: readonly ConfiguredIndicator[] = [],
): Promise<Computed> {
  const { t } = out;
  const grain = oneOf(t, '--grain', flags.grain?.toUpperCase(), GRAINS) as PeriodGrain | undefined;
  const period = flags.period ? parsePeriod(t, flags.period) : declaredPeriod(inputs);
  if (!period) throw new CliUsageError(t('errNoPeriod'), 'NO_PERIOD');
  const scopes = parseScopes(t, flags.scope ?? []);
  const picked = pickIndicators(t, config, flags.indicators);
  // Extra indicators (a report's own figures) join only when no list was asked for.
  const indicators = flags.indicators === undefined ? [...picked, ...extraIndicators] : picked;
  const rows = await computeIndicators(records, {
    indicators,
    period,
    scopes,
    targets,
    locale: out.locale,
    ...(grain ? { grain } : {}),
    ...(flags.today ? { today: flags.today } : {}),
  });
  return { rows, period, scopes };
}
