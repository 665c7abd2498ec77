import type { StandardSchemaV1 } from '@standard-schema/spec';
import { defineIndicator, type IndicatorValue, type ResultScope } from '@vntip/core';
import { identificationDate } from '../internal/identification-date';

/** Options of the SDG 16.2.2 indicator. */
export interface Sdg1622Options {
  /**
   * Population in the period, from the statistics office: one number for a single scope, or one per scope keyed
   * `VN` (national) or `code@codeListVersion` (e.g. `24@19/2025`) when several scopes are computed; required.
   */
  readonly population: number | Readonly<Record<string, number>>;
}

const isPopulation = (n: unknown): n is number =>
  typeof n === 'number' && Number.isFinite(n) && n > 0;

const options: StandardSchemaV1<unknown, Sdg1622Options> = {
  '~standard': {
    version: 1,
    vendor: 'vntip',
    validate: (value) => {
      const population = (value as { population?: unknown } | undefined)?.population;
      if (isPopulation(population)) return { value: { population } };
      if (typeof population === 'object' && population !== null) {
        const bad = Object.entries(population).find(([, n]) => !isPopulation(n));
        if (!bad) return { value: { population: population as Record<string, number> } };
        return {
          issues: [
            {
              message: `population of ${bad[0]} must be a positive number`,
              path: ['population', bad[0]],
            },
          ],
        };
      }
      return {
        issues: [
          {
            message:
              'population must be a positive number, or an object of positive numbers keyed by scope (VN, code@codeListVersion)',
            path: ['population'],
          },
        ],
      };
    },
  },
};

/** The population of the scope, or undefined when the options give none for it. */
function populationOf(
  population: Sdg1622Options['population'],
  scope: ResultScope,
): number | undefined {
  if (typeof population === 'number') return population;
  return population[scope.level === 'national' ? 'VN' : `${scope.code}@${scope.codeListVersion}`];
}

/** SDG 16.2.2: victims detected (identified) in the period per 100,000 population, the population supplied as an option. */
export const sdg1622 = defineIndicator<Sdg1622Options>({
  meta: {
    id: 'sdg-16-2-2',
    version: '2',
    unit: 'rate_per_100000',
    requires: [
      'status_decision.personId',
      'status_decision.status',
      'status_decision.date',
      'status_decision.decidingAgency',
    ],
    title: {
      vi: 'SDG 16.2.2: nạn nhân được phát hiện trên 100.000 dân',
      en: 'SDG 16.2.2: detected victims per 100,000 population',
    },
    description: {
      vi: 'Tử số: số người khác nhau có quyết định xác định là nạn nhân (IDENTIFIED_VICTIM) ghi ngày trong kỳ. Mẫu số: dân số của địa bàn (tham số population: một số, hoặc một số cho mỗi địa bàn với khóa VN hoặc mã@codeListVersion). Giá trị = tử số / mẫu số × 100.000. Địa bàn không có dân số thì không có giá trị (ghi chú missing_population).',
      en: 'Numerator: distinct persons with an IDENTIFIED_VICTIM status decision dated in the period. Denominator: the population of the scope (the population option: one number, or one per scope keyed VN or code@codeListVersion). Value = numerator / denominator × 100,000. A scope without a population gives no value (note missing_population).',
    },
  },
  options,
  create(ctx) {
    const victims = new Set<string>();
    return {
      record(entry) {
        if (identificationDate(entry, ctx)) victims.add(String(entry.record.personId));
      },
      end(): IndicatorValue[] {
        const lineage = [...victims].sort();
        const population = populationOf(ctx.options.population, ctx.scope);
        const base = { period: ctx.period, scope: ctx.scope, disaggregation: {}, lineage };
        if (population === undefined)
          return [
            {
              ...base,
              numerator: victims.size,
              denominator: null,
              value: null,
              notes: [
                {
                  code: 'missing_population',
                  message: {
                    vi: 'Tham số population không có dân số của địa bàn này nên không tính được tỷ lệ.',
                    en: 'The population option has no population for this scope, so no rate can be computed.',
                  },
                },
              ],
            },
          ];
        return [
          {
            ...base,
            numerator: victims.size,
            denominator: population,
            value: (victims.size / population) * 100_000,
            notes: [],
          },
        ];
      },
    };
  },
});
