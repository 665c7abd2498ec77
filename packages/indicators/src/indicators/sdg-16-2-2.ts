import type { StandardSchemaV1 } from '@standard-schema/spec';
import { defineIndicator, type IndicatorValue } from '@vntip/core';
import { identificationDate } from '../internal/identification-date';

/** Options of the SDG 16.2.2 indicator. */
export interface Sdg1622Options {
  /** Population of the scope in the period, from the statistics office; required. */
  readonly population: number;
}

const options: StandardSchemaV1<unknown, Sdg1622Options> = {
  '~standard': {
    version: 1,
    vendor: 'vntip',
    validate: (value) => {
      const population = (value as { population?: unknown } | undefined)?.population;
      return typeof population === 'number' && Number.isFinite(population) && population > 0
        ? { value: { population } }
        : {
            issues: [
              {
                message: 'population must be a positive number (the population of the scope)',
                path: ['population'],
              },
            ],
          };
    },
  },
};

/** SDG 16.2.2: victims detected (identified) in the period per 100,000 population, the population supplied as an option. */
export const sdg1622 = defineIndicator<Sdg1622Options>({
  meta: {
    id: 'sdg-16-2-2',
    version: '1',
    unit: 'rate_per_100000',
    requires: ['status_decision.personId', 'status_decision.status', 'status_decision.date'],
    title: {
      vi: 'SDG 16.2.2: nạn nhân được phát hiện trên 100.000 dân',
      en: 'SDG 16.2.2: detected victims per 100,000 population',
    },
    description: {
      vi: 'Tử số: số người khác nhau có quyết định xác định là nạn nhân (IDENTIFIED_VICTIM) ghi ngày trong kỳ. Mẫu số: dân số của địa bàn (tham số population). Giá trị = tử số / mẫu số × 100.000.',
      en: 'Numerator: distinct persons with an IDENTIFIED_VICTIM status decision dated in the period. Denominator: the population of the scope (the population option). Value = numerator / denominator × 100,000.',
    },
  },
  options,
  create(ctx) {
    const victims = new Set<string>();
    return {
      record(entry) {
        if (identificationDate(entry, ctx.period)) victims.add(String(entry.record.personId));
      },
      end: (): IndicatorValue[] => [
        {
          period: ctx.period,
          scope: { level: 'national', code: 'VN' },
          disaggregation: {},
          numerator: victims.size,
          denominator: ctx.options.population,
          value: (victims.size / ctx.options.population) * 100_000,
          lineage: [...victims].sort(),
          notes: [],
        },
      ],
    };
  },
});
