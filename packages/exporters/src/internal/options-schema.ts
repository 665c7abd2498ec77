import type { StandardSchemaV1 } from '@standard-schema/spec';

type Check = (value: unknown) => boolean;

/**
 * A Standard Schema for an options object of optional keys: each checked by a predicate with its expectation text.
 * Unknown keys are refused, so a typo is never ignored silently.
 */
export function optionsSchema<T>(
  fields: Readonly<Record<string, readonly [Check, string]>>,
): StandardSchemaV1<unknown, T> {
  return {
    '~standard': {
      version: 1,
      vendor: 'vntip',
      validate: (value) => {
        if (value === undefined) return { value: {} as T };
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
          return { issues: [{ message: 'options must be an object' }] };
        }
        const issues: StandardSchemaV1.Issue[] = [];
        for (const [key, child] of Object.entries(value)) {
          const field = Object.hasOwn(fields, key) ? fields[key] : undefined;
          if (!field) issues.push({ message: `unknown option "${key}"`, path: [key] });
          else if (child !== undefined && !field[0](child)) {
            issues.push({ message: `${key} must be ${field[1]}`, path: [key] });
          }
        }
        return issues.length > 0 ? { issues } : { value: value as T };
      },
    },
  };
}
