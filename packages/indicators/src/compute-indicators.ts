import type {
  AnyIndicatorDefinition,
  DataQualityNote,
  IndicatorHooks,
  IndicatorUnit,
  IndicatorValue,
  RecordEntry,
  ResultPeriod,
  ResultScope,
} from '@vntip/core';
import { type Configured, PluginError, resolvePluginOptions, splitConfigured } from '@vntip/core';
import type { Locale, Target } from '@vntip/schema';
import { applyTarget, type TargetStatus } from './apply-target';
import { splitAtReform } from './internal/reform';
import { createScopeMatcher, type ScopeMatcher } from './internal/scope-matcher';
import { type PeriodGrain, splitPeriod } from './split-period';

/** The whole country: the default scope. */
export const NATIONAL_SCOPE: ResultScope = { level: 'national', code: 'VN' };

/** An indicator alone, or with the options the user chose for it. */
export type ConfiguredIndicator = Configured<AnyIndicatorDefinition>;

/** Options of `computeIndicators`. */
export interface ComputeOptions {
  readonly indicators: readonly ConfiguredIndicator[];
  /** The period results are asked for. */
  readonly period: ResultPeriod;
  /** Results per calendar year, half, quarter or month of `period`, all in the same pass. @default 'WHOLE' */
  readonly grain?: PeriodGrain;
  /**
   * Scopes to compute, each in the same pass: the country, provinces or communes, with their code-list version.
   * For a province or commune, a period that straddles 1 July 2025 is split at that date, never mixed.
   * @default [NATIONAL_SCOPE]
   */
  readonly scopes?: readonly ResultScope[];
  /** Targets to compare results with: national sets, provincial plans. @default [] */
  readonly targets?: readonly Target[];
  /** @default 'vi' */
  readonly locale?: Locale;
  /** Today (YYYY-MM-DD), to tell "not yet met" from "not met". @default the current UTC date */
  readonly today?: string;
}

/** Notes the host adds to every value of one computation: places it could not read, a period split at the reform. */
function hostNotes(unplaced: number, splitAtReform: boolean): DataQualityNote[] {
  const notes: DataQualityNote[] = [];
  if (unplaced > 0)
    notes.push({
      code: 'place_missing',
      count: unplaced,
      message: {
        vi: 'Bản ghi không có đơn vị hành chính (hoặc cơ quan không ghi địa bàn) nên không xác định được có thuộc địa bàn này không; không được tính.',
        en: 'Records without an administrative unit (or whose agency has no area) could not be placed in this scope; they were not counted.',
      },
    });
  if (splitAtReform)
    notes.push({
      code: 'period_split_at_reform',
      message: {
        vi: 'Kỳ báo cáo bao gồm ngày 1/7/2025 nên được tách thành hai phần trước và từ ngày đó; đơn vị theo danh mục 124/2004 được quy về tỉnh mới qua bảng chuyển đổi khi địa bàn theo danh mục 19/2025.',
        en: 'The period spans 1 July 2025, so it was split into the parts before and from that date; 124/2004 units are rolled into the new provinces through the crosswalk when the scope is in the 19/2025 list.',
      },
    });
  return notes;
}

/**
 * One tidy result row: an indicator value with its indicator, unit, target and status. A plain record: rows go to
 * `exportRecords` as they are, `{ recordType: 'indicator_result', record: row }`.
 */
export type IndicatorResult = IndicatorValue & {
  readonly indicator: string;
  readonly unit: IndicatorUnit;
  /** The target the value was compared with, when one applies. */
  readonly target?: Target;
  readonly status: TargetStatus;
};

/**
 * Computes indicators in one pass over structurally valid records (one by one or in batches), then attaches each
 * value's target and status.
 * @example
 * const rows = await computeIndicators(result.records, { indicators: builtinIndicators, period, targets: NATIONAL_TARGETS });
 */
export async function computeIndicators(
  records:
    | Iterable<RecordEntry | readonly RecordEntry[]>
    | AsyncIterable<RecordEntry | readonly RecordEntry[]>,
  options: ComputeOptions,
): Promise<IndicatorResult[]> {
  const locale = options.locale ?? 'vi';
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const running: {
    indicator: AnyIndicatorDefinition;
    hooks: IndicatorHooks;
    matcher: ScopeMatcher;
    splitAtReform: boolean;
  }[] = [];
  const periods = splitPeriod(options.period, options.grain ?? 'WHOLE');
  for (const configured of options.indicators) {
    const [indicator, userOptions] = splitConfigured<AnyIndicatorDefinition>(configured);
    const resolved = await resolvePluginOptions(indicator, userOptions);
    for (const scope of options.scopes ?? [NATIONAL_SCOPE]) {
      for (const whole of periods) {
        const parts = scope.level === 'national' ? [whole] : splitAtReform(whole);
        for (const period of parts) {
          const matcher = createScopeMatcher(scope);
          const context = { options: resolved, locale, period, scope, inScope: matcher.inScope };
          try {
            const hooks = indicator.create(context);
            running.push({ indicator, hooks, matcher, splitAtReform: parts.length > 1 });
          } catch (error) {
            throw new PluginError(indicator.meta.id, 'create', error);
          }
        }
      }
    }
  }
  // Route each record only to the computations that read its type (`meta.requires`), found once per type.
  const routes = new Map<string, typeof running>();
  const route = (recordType: string) => {
    let list = routes.get(recordType);
    if (!list) {
      list = running.filter(({ indicator, hooks }) => {
        const { requires } = indicator.meta;
        return (
          hooks.record !== undefined &&
          (requires.length === 0 || requires.some((path) => path.startsWith(`${recordType}.`)))
        );
      });
      routes.set(recordType, list);
    }
    return list;
  };
  const feed = (entry: RecordEntry) => {
    for (const { indicator, hooks } of route(entry.recordType)) {
      try {
        hooks.record?.(entry);
      } catch (error) {
        throw new PluginError(indicator.meta.id, 'record', error);
      }
    }
  };
  // Records may come one by one or in batches (as readers yield them): batches save an await per record.
  for await (const chunk of records) {
    if (Array.isArray(chunk)) for (const entry of chunk as readonly RecordEntry[]) feed(entry);
    else feed(chunk as RecordEntry);
  }
  const rows: IndicatorResult[] = [];
  for (const { indicator, hooks, matcher, splitAtReform } of running) {
    let values: readonly IndicatorValue[];
    try {
      values = hooks.end();
    } catch (error) {
      throw new PluginError(indicator.meta.id, 'end', error);
    }
    const notes = hostNotes(matcher.unplaced, splitAtReform);
    for (const value of values) {
      rows.push({
        indicator: indicator.meta.id,
        unit: indicator.meta.unit,
        ...value,
        notes: notes.length > 0 ? [...value.notes, ...notes] : value.notes,
        ...applyTarget(indicator.meta.id, indicator.meta.unit, value, options.targets ?? [], today),
      });
    }
  }
  return rows;
}
