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
  /**
   * Results per calendar year, half, quarter or month of `period`, all in the same pass. A record spanning several
   * such periods is never put in the first: it is counted in the smallest coarser period containing it, whose rows are
   * added (note `period_coarser_than_grain`). @default 'WHOLE'
   */
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

/**
 * Notes the host adds to every value of one computation: places it could not read, a period split at the reform, a
 * period longer than the grain asked for.
 */
function hostNotes(
  unplaced: number,
  splitAtReform: boolean,
  coarserThan: PeriodGrain | undefined,
): DataQualityNote[] {
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
  if (coarserThan)
    notes.push({
      code: 'period_coarser_than_grain',
      message: {
        vi: `Kỳ này dài hơn kỳ ${GRAIN_NAMES[coarserThan].vi} đã yêu cầu: nó là kỳ nhỏ nhất chứa trọn các bản ghi kéo dài qua nhiều kỳ ${GRAIN_NAMES[coarserThan].vi} (ghi chú period_not_resolvable ở các kỳ ngắn hơn). Giá trị tính mọi bản ghi nằm trọn trong kỳ này.`,
        en: `This period is longer than the ${GRAIN_NAMES[coarserThan].en} asked for: it is the smallest period containing records that span several ${GRAIN_NAMES[coarserThan].en}s (note period_not_resolvable in the shorter periods). The value counts every record lying wholly in this period.`,
      },
    });
  return notes;
}

/** Whether some target of the indicator covers a shorter period inside `period` (e.g. one year of several). */
function hasShorterTarget(
  indicatorId: string,
  period: ResultPeriod,
  targets: readonly Target[],
): boolean {
  return targets.some(
    (target) =>
      target.indicatorId === indicatorId &&
      target.value !== undefined &&
      within(target.period, period) &&
      (target.period.start !== period.start || target.period.end !== period.end),
  );
}

const SHORTER_TARGET_NOTE: DataQualityNote = {
  code: 'target_shorter_than_period',
  message: {
    vi: 'Chỉ tiêu của chỉ số này đặt cho từng kỳ ngắn hơn (ví dụ từng năm) nằm trong kỳ này, nên giá trị không được so với chỉ tiêu nào; hãy tính theo từng năm (grain YEAR, --grain YEAR) để mỗi năm có một trạng thái.',
    en: 'The targets of this indicator are set for shorter periods (e.g. each year) inside this one, so the value is compared with none of them; compute per year (grain YEAR, --grain YEAR) to get one status per year.',
  },
};

const GRAIN_NAMES: Readonly<Record<PeriodGrain, { vi: string; en: string }>> = {
  MONTH: { vi: 'tháng', en: 'month' },
  QUARTER: { vi: 'quý', en: 'quarter' },
  HALF_YEAR: { vi: '6 tháng', en: 'half-year' },
  YEAR: { vi: 'năm', en: 'year' },
  WHOLE: { vi: 'cả kỳ', en: 'whole period' },
};

/** Grains from the finest to the whole period. */
const COARSER_GRAINS: readonly PeriodGrain[] = ['MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR', 'WHOLE'];

/** One computation: an indicator, for one scope and one period of one grain (level 0 is the grain asked for). */
interface Computation {
  readonly indicator: AnyIndicatorDefinition;
  readonly hooks: IndicatorHooks;
  readonly matcher: ScopeMatcher;
  readonly splitAtReform: boolean;
  /** Computations of the same indicator and scope share a group. */
  readonly group: string;
  readonly level: number;
  readonly period: ResultPeriod;
}

interface Finished extends Computation {
  readonly values: readonly IndicatorValue[];
}

const within = (inner: ResultPeriod, outer: ResultPeriod): boolean =>
  inner.start >= outer.start && inner.end <= outer.end;

/**
 * The computations whose rows are reported: every one of the grain asked for, and a coarser one only where a shorter
 * period inside it noted records it could not place (`period_not_resolvable`) and the coarser period counts a record
 * that none of the reported shorter periods inside it counted. So a year-long activity asked for by quarter is
 * reported once, in its year, never in its first quarter, and a half-year that adds nothing is left out.
 */
function emitted(finished: readonly Finished[]): Finished[] {
  const out: Finished[] = [];
  const byGroup = new Map<Finished['indicator'], Map<string, Finished[]>>();
  for (const computation of finished) {
    let groups = byGroup.get(computation.indicator);
    if (!groups) {
      groups = new Map();
      byGroup.set(computation.indicator, groups);
    }
    const group = groups.get(computation.group) ?? [];
    group.push(computation);
    groups.set(computation.group, group);
  }
  for (const groups of byGroup.values()) {
    for (const group of groups.values()) {
      const reported: Finished[] = [];
      for (const computation of group) {
        if (computation.level === 0) {
          reported.push(computation);
          continue;
        }
        const inside = reported.filter(
          (finer) => finer.level < computation.level && within(finer.period, computation.period),
        );
        const unresolved = inside.some((finer) =>
          finer.values.some((value) => value.notes.some((n) => n.code === 'period_not_resolvable')),
        );
        if (!unresolved) continue;
        const counted = new Set(inside.flatMap((finer) => finer.values.flatMap((v) => v.lineage)));
        const adds = computation.values.some((value) =>
          value.lineage.some((id) => !counted.has(id)),
        );
        if (adds) reported.push(computation);
      }
      out.push(...reported);
    }
  }
  return out;
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
  const running: Computation[] = [];
  // The requested grain first, then every coarser one: a record spanning several periods of a grain is counted in the
  // smallest period containing it whole, which may be coarser than the grain asked for (see `coarserRowsNeeded`).
  const grains = COARSER_GRAINS.slice(COARSER_GRAINS.indexOf(options.grain ?? 'WHOLE'));
  for (const configured of options.indicators) {
    const [indicator, userOptions] = splitConfigured<AnyIndicatorDefinition>(configured);
    const resolved = await resolvePluginOptions(indicator, userOptions);
    for (const [scopeIndex, scope] of (options.scopes ?? [NATIONAL_SCOPE]).entries()) {
      const seen = new Set<string>();
      for (const [level, grain] of grains.entries()) {
        for (const whole of splitPeriod(options.period, grain)) {
          const parts = scope.level === 'national' ? [whole] : splitAtReform(whole);
          for (const period of parts) {
            const key = `${period.start}..${period.end}`;
            if (seen.has(key)) continue;
            seen.add(key);
            const matcher = createScopeMatcher(scope);
            const context = { options: resolved, locale, period, scope, inScope: matcher.inScope };
            try {
              const hooks = indicator.create(context);
              running.push({
                indicator,
                hooks,
                matcher,
                splitAtReform: parts.length > 1,
                group: `${scopeIndex}`,
                level,
                period,
              });
            } catch (error) {
              throw new PluginError(indicator.meta.id, 'create', error);
            }
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
  const finished: Finished[] = [];
  for (const computation of running) {
    let values: readonly IndicatorValue[];
    try {
      values = computation.hooks.end();
    } catch (error) {
      throw new PluginError(computation.indicator.meta.id, 'end', error);
    }
    finished.push({ ...computation, values });
  }
  const rows: IndicatorResult[] = [];
  for (const computation of emitted(finished)) {
    const { indicator, values, matcher, splitAtReform, level } = computation;
    const notes = hostNotes(matcher.unplaced, splitAtReform, level > 0 ? grains[0] : undefined);
    for (const value of values) {
      const applied = applyTarget(
        indicator.meta.id,
        indicator.meta.unit,
        value,
        options.targets ?? [],
        today,
      );
      const shorter =
        applied.target === undefined &&
        hasShorterTarget(indicator.meta.id, value.period, options.targets ?? []);
      const extra = shorter ? [...notes, SHORTER_TARGET_NOTE] : notes;
      rows.push({
        indicator: indicator.meta.id,
        unit: indicator.meta.unit,
        ...value,
        notes: extra.length > 0 ? [...value.notes, ...extra] : value.notes,
        ...applied,
      });
    }
  }
  return rows;
}
