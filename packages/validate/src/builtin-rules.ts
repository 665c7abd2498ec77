import type { AnyRuleDefinition } from '@vntip/core';
import { accompanyingChildAge } from './rules/accompanying-child-age';
import { adminUnitVersion } from './rules/admin-unit-version';
import { codelistStatus } from './rules/codelist-status';
import { countsConsistent } from './rules/counts-consistent';
import { dateInPeriod } from './rules/date-in-period';
import { dateNotInFuture } from './rules/date-not-in-future';
import { dateOrder } from './rules/date-order';
import { deprecatedFields } from './rules/deprecated-fields';
import { duplicateRecords } from './rules/duplicate-records';
import { initialVerificationDeadline } from './rules/initial-verification-deadline';
import { referentialIntegrity } from './rules/referential-integrity';
import { shelterStayLimit } from './rules/shelter-stay-limit';
import { supportConditions } from './rules/support-conditions';
import { supportEligibility } from './rules/support-eligibility';

/** The built-in validation rules, keyed by rule id. */
export const BUILTIN_RULES = {
  'referential-integrity': referentialIntegrity,
  'date-order': dateOrder,
  'date-not-in-future': dateNotInFuture,
  'date-in-period': dateInPeriod,
  'admin-unit-version': adminUnitVersion,
  'support-eligibility': supportEligibility,
  'support-conditions': supportConditions,
  'shelter-stay-limit': shelterStayLimit,
  'initial-verification-deadline': initialVerificationDeadline,
  'accompanying-child-age': accompanyingChildAge,
  'counts-consistent': countsConsistent,
  'duplicate-records': duplicateRecords,
  'codelist-status': codelistStatus,
  'deprecated-fields': deprecatedFields,
} as const;

/** The id of a built-in rule. */
export type BuiltinRuleId = keyof typeof BUILTIN_RULES;

/** Every built-in rule, ready to pass as `rules` to `validate`. */
export const builtinRules: readonly AnyRuleDefinition[] = Object.values(BUILTIN_RULES);
