import { activitiesByType } from './indicators/activities-by-type';
import { communesReachedRate } from './indicators/communes-reached-rate';
import { detectionRate } from './indicators/detection-rate';
import { interProvinceTransfers } from './indicators/inter-province-transfers';
import { itemsDistributedByUnit } from './indicators/items-distributed-by-unit';
import { mediaItemsPerOutletMonth } from './indicators/media-items-per-outlet-month';
import { medianDaysToFirstSupport } from './indicators/median-days-to-first-support';
import { monthlyMediaCompliance } from './indicators/monthly-media-compliance';
import { officialsTrainedRate } from './indicators/officials-trained-rate';
import { participantsBySex } from './indicators/participants-by-sex';
import { participantsByTargetGroup } from './indicators/participants-by-target-group';
import { peopleTrained } from './indicators/people-trained';
import { prosecutionRate } from './indicators/prosecution-rate';
import { reportsReceivedRate } from './indicators/reports-received-rate';
import { reportsSettledRate } from './indicators/reports-settled-rate';
import { sdg1622 } from './indicators/sdg-16-2-2';
import { supportByStatus } from './indicators/support-by-status';
import { supportFacilities } from './indicators/support-facilities';
import { supportRecipients } from './indicators/support-recipients';
import { trialRate } from './indicators/trial-rate';
import { victimSupportAccessRate } from './indicators/victim-support-access-rate';
import { victimsIdentified } from './indicators/victims-identified';
import { victimsReceived } from './indicators/victims-received';
import { victimsRescuedHandedOver } from './indicators/victims-rescued-handed-over';
import { victimsSupported } from './indicators/victims-supported';

/** The built-in indicators, keyed by id. */
export const BUILTIN_INDICATORS = {
  'activities-by-type': activitiesByType,
  'median-days-to-first-support': medianDaysToFirstSupport,
  'sdg-16-2-2': sdg1622,
  'reports-received-rate': reportsReceivedRate,
  'reports-settled-rate': reportsSettledRate,
  'detection-rate': detectionRate,
  'prosecution-rate': prosecutionRate,
  'trial-rate': trialRate,
  'victims-identified': victimsIdentified,
  'victims-rescued-handed-over': victimsRescuedHandedOver,
  'victims-received': victimsReceived,
  'victims-supported': victimsSupported,
  'support-by-status': supportByStatus,
  'support-recipients': supportRecipients,
  'support-facilities': supportFacilities,
  'victim-support-access-rate': victimSupportAccessRate,
  'inter-province-transfers': interProvinceTransfers,
  'items-distributed-by-unit': itemsDistributedByUnit,
  'participants-by-sex': participantsBySex,
  'participants-by-target-group': participantsByTargetGroup,
  'people-trained': peopleTrained,
  'media-items-per-outlet-month': mediaItemsPerOutletMonth,
  'monthly-media-compliance': monthlyMediaCompliance,
  'officials-trained-rate': officialsTrainedRate,
  'communes-reached-rate': communesReachedRate,
} as const;

/** Id of a built-in indicator. */
export type BuiltinIndicatorId = keyof typeof BUILTIN_INDICATORS;

/** The built-in indicators that need no options, ready for `computeIndicators`; add e.g. `[sdg1622, { population }]` yourself. */
export const builtinIndicators = Object.values(BUILTIN_INDICATORS).filter(
  (indicator) => !indicator.options,
);
