import type { Locale } from '@vntip/schema';
import type { AnyImporterDefinition, ImportChunk, ImportFile } from './importer';
import { resolvePluginOptions } from './resolve-plugin-options';
import { RISK_REPORT_FILE } from './risk-report';
import { PluginError } from './vntip-error';

/** Options of `importRecords`. */
export interface ImportOptions {
  readonly importer: AnyImporterDefinition;
  /** The user's options for the importer, validated with its options schema. */
  readonly options?: unknown;
  /** @default 'vi' */
  readonly locale?: Locale;
}

/**
 * Runs an importer over files and streams its events (records, issues, a descriptor), ready for `validate()`.
 * The risk report an export writes beside its data (`risk-report.json`) is not data and is skipped.
 * Options are validated before the first event; anything the importer throws becomes a `PluginError`.
 * @example
 * const result = await validate(importRecords([{ name: 'person.csv', bytes }], { importer: csvImporter }));
 */
export async function* importRecords(
  files: readonly ImportFile[],
  options: ImportOptions,
): AsyncGenerator<ImportChunk> {
  const { importer } = options;
  const resolved = await resolvePluginOptions(importer, options.options);
  const locale = options.locale ?? 'vi';
  let events: AsyncIterator<ImportChunk>;
  try {
    const data = files.filter((file) => file.name.split('/').pop() !== RISK_REPORT_FILE);
    events = importer.read(data, { options: resolved, locale })[Symbol.asyncIterator]();
  } catch (error) {
    throw new PluginError(importer.meta.id, 'read', error);
  }
  for (;;) {
    let next: IteratorResult<ImportChunk>;
    try {
      next = await events.next();
    } catch (error) {
      throw new PluginError(importer.meta.id, 'read', error);
    }
    if (next.done) return;
    yield next.value;
  }
}
