import type { StandardSchemaV1 } from '@standard-schema/spec';
import { VntipError } from './vntip-error';

/** A plugin definition alone, or with the options the user chose for it. */
export type Configured<Definition> = Definition | readonly [Definition, unknown];

/** A definition whose options the host validates: rules and indicators alike. */
export interface OptionsOwner {
  readonly meta: { readonly id: string };
  readonly options?: StandardSchemaV1<unknown, unknown>;
}

/** Splits `definition` or `[definition, options]` into the two. */
export function splitConfigured<Definition extends object>(
  configured: Configured<Definition>,
): [Definition, unknown] {
  return Array.isArray(configured)
    ? [configured[0], configured[1]]
    : [configured as Definition, undefined];
}

/** Validates user options with the definition's Standard Schema and returns the resolved options; throws when invalid. */
export async function resolvePluginOptions(
  definition: OptionsOwner,
  value: unknown,
): Promise<unknown> {
  if (!definition.options) return value;
  const result = await definition.options['~standard'].validate(value);
  if (result.issues) {
    const detail = result.issues.map((issue) => issue.message).join('; ');
    throw new VntipError(
      'INVALID_PLUGIN_OPTIONS',
      `Invalid options: ${detail}. Fix the options in the configuration.`,
      {
        scope: definition.meta.id,
      },
    );
  }
  return result.value;
}
