import type { StandardSchemaV1 } from '@standard-schema/spec';
import type { ConfiguredRule, Issue } from '@vntip/core';
import type { Locale } from '@vntip/schema';
import { validate } from './validate';
import type { RecordType } from './validate-record';

/** Options of `createRecordValidator`. */
export interface RecordValidatorOptions {
  /** @default 'vi' */
  readonly locale?: Locale;
  /** Rules whose per-record checks also run. @default [] */
  readonly rules?: readonly ConfiguredRule[];
  /** @default the current UTC date */
  readonly today?: string;
}

/** A Standard Schema validator of one record type; its issues are full VN-TIP issues. */
export interface RecordValidator<Output> extends StandardSchemaV1<unknown, Output> {
  readonly recordType: RecordType;
}

/**
 * Returns a Standard Schema (`~standard`) validator for one record type, so any Standard-Schema-aware tool
 * accepts VN-TIP records. Only errors fail; warnings and info are not reported through this interface.
 */
export function createRecordValidator<Output = unknown>(
  recordType: RecordType,
  options: RecordValidatorOptions = {},
): RecordValidator<Output> {
  return {
    recordType,
    '~standard': {
      version: 1,
      vendor: 'vntip',
      validate: async (value) => {
        const result = await validate(
          [{ kind: 'record', recordType, value, basePath: [] }],
          options,
        );
        const errors: Issue[] = result.issues.filter((issue) => issue.severity === 'error');
        return errors.length > 0
          ? { issues: errors }
          : { value: result.records[0]?.record as Output };
      },
    },
  };
}
