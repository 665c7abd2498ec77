import type {
  AnyIndicatorDefinition,
  IndicatorHooks,
  IndicatorUnit,
  IndicatorValue,
  RecordEntry,
  ResultPeriod,
} from '@vntip/core';
import { type Configured, PluginError, resolvePluginOptions, splitConfigured } from '@vntip/core';
import type { Locale, Target } from '@vntip/schema';
import { applyTarget, type TargetStatus } from './apply-target';
import { type PeriodGrain, splitPeriod } from './split-period';

/** An indicator alone, or with the options the user chose for it. */
export type ConfiguredIndicator = Configured<AnyIndicatorDefinition>;

/** Options of `computeIndicators`. */
export interface ComputeOptions {
  readonly indicators: readonly ConfiguredIndicator[];
  /** The period results are asked for. */
  readonly period: ResultPeriod;
  /** Results per calendar year, half, quarter or month of `period`, all in the same pass. @default 'WHOLE' */
  readonly grain?: PeriodGrain;
  /** Targets to compare results with: national sets, provincial plans. @default [] */
  readonly targets?: readonly Target[];
  /** @default 'vi' */
  readonly locale?: Locale;
  /** Today (YYYY-MM-DD), to tell "not yet met" from "not met". @default the current UTC date */
  readonly today?: string;
}

/** One tidy result row: an indicator value with its indicator, unit, target and status. */
export interface IndicatorResult extends IndicatorValue {
  readonly indicator: string;
  readonly unit: IndicatorUnit;
  /** The target the value was compared with, when one applies. */
  readonly target?: Target;
  readonly status: TargetStatus;
}

/**
 * Computes indicators in one pass over structurally valid records, then attaches each value's target and status.
 * @example
 * const rows = await computeIndicators(result.records, { indicators: builtinIndicators, period, targets: NATIONAL_TARGETS });
 */
export async function computeIndicators(
  records: Iterable<RecordEntry> | AsyncIterable<RecordEntry>,
  options: ComputeOptions,
): Promise<IndicatorResult[]> {
  const locale = options.locale ?? 'vi';
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const running: { indicator: AnyIndicatorDefinition; hooks: IndicatorHooks }[] = [];
  const periods = splitPeriod(options.period, options.grain ?? 'WHOLE');
  for (const configured of options.indicators) {
    const [indicator, userOptions] = splitConfigured<AnyIndicatorDefinition>(configured);
    const resolved = await resolvePluginOptions(indicator, userOptions);
    for (const period of periods) {
      try {
        running.push({ indicator, hooks: indicator.create({ options: resolved, locale, period }) });
      } catch (error) {
        throw new PluginError(indicator.meta.id, 'create', error);
      }
    }
  }
  for await (const entry of records) {
    for (const { indicator, hooks } of running) {
      try {
        hooks.record?.(entry);
      } catch (error) {
        throw new PluginError(indicator.meta.id, 'record', error);
      }
    }
  }
  const rows: IndicatorResult[] = [];
  for (const { indicator, hooks } of running) {
    let values: readonly IndicatorValue[];
    try {
      values = hooks.end();
    } catch (error) {
      throw new PluginError(indicator.meta.id, 'end', error);
    }
    for (const value of values) {
      rows.push({
        indicator: indicator.meta.id,
        unit: indicator.meta.unit,
        ...value,
        ...applyTarget(indicator.meta.id, indicator.meta.unit, value, options.targets ?? [], today),
      });
    }
  }
  return rows;
}
