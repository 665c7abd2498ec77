import { describe, expect, it } from 'vitest';
import * as api from './index';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "BUILTIN_INDICATORS",
        "NATIONAL_SCOPE",
        "activitiesByType",
        "applyTarget",
        "builtinIndicators",
        "communesReachedRate",
        "computeIndicators",
        "detectionRate",
        "findTarget",
        "interProvinceTransfers",
        "itemsDistributedByUnit",
        "mediaItemsPerOutletMonth",
        "medianDaysToFirstSupport",
        "monthlyMediaCompliance",
        "officialsTrainedRate",
        "participantsBySex",
        "participantsByTargetGroup",
        "peopleTrained",
        "prosecutionRate",
        "provinceScopes",
        "reportsReceivedRate",
        "reportsSettledRate",
        "rollUpProvinces",
        "sdg1622",
        "splitPeriod",
        "supportByStatus",
        "supportFacilities",
        "supportRecipients",
        "trialRate",
        "victimSupportAccessRate",
        "victimsIdentified",
        "victimsReceived",
        "victimsRescuedHandedOver",
        "victimsSupported",
      ]
    `);
  });
});
