import { createIssue, type Issue, quoteValue, type Result, type SourceLocation } from '@vntip/core';
import type { Locale } from '@vntip/schema';
import type { z } from 'zod';
import type { AdminUnitList } from './admin-unit-list';
import { checkAdminUnits } from './check-admin-units';
import { checkStandardVersion } from './check-standard-version';
import { fromZodIssues } from './from-zod-issues';
import { isExchangePackage, RECORD_GUARDS } from './generated/guards';
import { ExchangePackageSchema, RECORD_SCHEMAS } from './generated/zod';

/** A record type of the standard, e.g. `person` or `prevention_activity`. */
export type RecordType = keyof typeof RECORD_SCHEMAS;

/** Every record type, sorted. */
export const RECORD_TYPES = Object.keys(RECORD_SCHEMAS).sort() as RecordType[];

/** Options shared by the validate functions. */
export interface ValidateOptions {
  /** Language of messages and hints. @default 'vi' */
  readonly locale?: Locale;
  /** Source location added to every issue. */
  readonly location?: SourceLocation;
  /** Prefix of every issue path. @default [] */
  readonly basePath?: readonly (string | number)[];
  /** Official administrative-unit lists to check district and commune codes against. @default [] */
  readonly adminUnitLists?: readonly AdminUnitList[];
}

// Shared by every valid result: nothing ever adds to it.
const NO_ISSUES: readonly Issue[] = Object.freeze([]);

/** True when `value` names a record type of the standard. */
export function isRecordType(value: unknown): value is RecordType {
  return typeof value === 'string' && Object.hasOwn(RECORD_SCHEMAS, value);
}

/** Checks one record against the schema of its record type: a generated guard first, zod to explain failures. */
export function validateRecord(
  recordType: string,
  record: unknown,
  options: ValidateOptions = {},
): Result<unknown> {
  return checkRecord(
    recordType,
    record,
    {
      locale: options.locale ?? 'vi',
      ...(options.adminUnitLists ? { adminUnitLists: options.adminUnitLists } : {}),
    },
    options.basePath,
    options.location,
  );
}

/** The options of `checkRecord` that stay the same for every record of a run. */
export interface RecordCheckOptions {
  readonly locale: Locale;
  readonly adminUnitLists?: readonly AdminUnitList[];
}

/**
 * `validateRecord` with the per-record fields passed apart, so that a caller checking many records builds no options
 * object per record. Internal to the package.
 */
export function checkRecord(
  recordType: string,
  record: unknown,
  runOptions: RecordCheckOptions,
  basePath: readonly (string | number)[] | undefined,
  location: SourceLocation | undefined,
): Result<unknown> {
  const locale = runOptions.locale;
  if (!isRecordType(recordType)) {
    const issue: Issue = createIssue(
      {
        code: 'unknown_record_type',
        params: { received: quoteValue(recordType, locale), expected: RECORD_TYPES },
        ...(location ? { location } : {}),
      },
      locale,
    );
    return { ok: false, issues: [issue] };
  }
  const options: ValidateOptions | undefined = RECORD_GUARDS[recordType](record)
    ? undefined
    : {
        locale,
        ...(location ? { location } : {}),
        ...(basePath ? { basePath } : {}),
      };
  const result = options
    ? check(RECORD_SCHEMAS[recordType], record, options, recordType)
    : ({ ok: true, value: record, issues: NO_ISSUES } as const);
  if (!result.ok || !runOptions.adminUnitLists?.length) return result;
  const issues = checkAdminUnits(result.value, runOptions.adminUnitLists, {
    locale,
    basePath: basePath ?? [],
    ...(location ? { location } : {}),
  });
  return issues.length > 0 ? { ok: false, issues } : result;
}

/**
 * Checks an exchange-package descriptor (`datapackage.json`) against the exchange-package schema, and its declared
 * standard version: an earlier readable version gets a warning, one this toolkit cannot read an error.
 */
export function validateDescriptor(
  descriptor: unknown,
  options: ValidateOptions = {},
): Result<unknown> {
  const result = isExchangePackage(descriptor)
    ? ({ ok: true, value: descriptor, issues: [] } as const)
    : check(ExchangePackageSchema, descriptor, options);
  if (!result.ok) return result;
  const issues = checkStandardVersion(
    (result.value as { standardVersion: string }).standardVersion,
    options,
  );
  if (issues.length === 0) return result;
  return issues.some((issue) => issue.severity === 'error')
    ? { ok: false, issues }
    : { ok: true, value: result.value, issues };
}

function check(
  schema: z.ZodType,
  value: unknown,
  options: ValidateOptions,
  recordType?: string,
): Result<unknown> {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data, issues: [] };
  const issues = fromZodIssues(parsed.error.issues, {
    locale: options.locale ?? 'vi',
    ...(options.location ? { location: options.location } : {}),
    ...(options.basePath ? { basePath: options.basePath } : {}),
    ...(recordType ? { recordType } : {}),
  });
  return { ok: false, issues };
}
