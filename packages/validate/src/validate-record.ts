import { createIssue, type Issue, type Result, type SourceLocation } from '@vntip/core';
import type { Locale } from '@vntip/schema';
import type { z } from 'zod';
import type { AdminUnitList } from './admin-unit-list';
import { checkAdminUnits } from './check-admin-units';
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
  const locale = options.locale ?? 'vi';
  if (!isRecordType(recordType)) {
    const issue: Issue = createIssue(
      {
        code: 'unknown_record_type',
        params: { received: recordType, expected: RECORD_TYPES },
        ...(options.location ? { location: options.location } : {}),
      },
      locale,
    );
    return { ok: false, issues: [issue] };
  }
  const result = RECORD_GUARDS[recordType](record)
    ? ({ ok: true, value: record, issues: [] } as const)
    : check(RECORD_SCHEMAS[recordType], record, options);
  if (!result.ok || !options.adminUnitLists?.length) return result;
  const issues = checkAdminUnits(result.value, options.adminUnitLists, {
    locale,
    basePath: options.basePath ?? [],
    ...(options.location ? { location: options.location } : {}),
  });
  return issues.length > 0 ? { ok: false, issues } : result;
}

/** Checks an exchange-package descriptor (`datapackage.json`) against the exchange-package schema. */
export function validateDescriptor(
  descriptor: unknown,
  options: ValidateOptions = {},
): Result<unknown> {
  if (isExchangePackage(descriptor)) return { ok: true, value: descriptor, issues: [] };
  return check(ExchangePackageSchema, descriptor, options);
}

function check(schema: z.ZodType, value: unknown, options: ValidateOptions): Result<unknown> {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data, issues: [] };
  const issues = fromZodIssues(parsed.error.issues, {
    locale: options.locale ?? 'vi',
    ...(options.location ? { location: options.location } : {}),
    ...(options.basePath ? { basePath: options.basePath } : {}),
  });
  return { ok: false, issues };
}
