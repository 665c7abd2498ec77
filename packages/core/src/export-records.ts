import type { Locale } from '@vntip/schema';
import { createIssue, type IssueCatalog } from './create-issue';
import type {
  AnyExporterDefinition,
  ExporterHooks,
  ExporterReport,
  PrivacyProfile,
} from './exporter';
import type { Issue } from './issue';
import { ISSUE_CODES } from './issue-codes';
import { resolvePluginOptions } from './resolve-plugin-options';
import {
  type Deidentifier,
  internalRiskReport,
  RISK_REPORT_FILE,
  type RiskReport,
  type RowAnonymity,
} from './risk-report';
import type { RecordEntry } from './rule';
import { isSafeSinkPath, type Sink, type SinkTarget } from './sink';
import { isVntipError, PluginError, VntipError } from './vntip-error';

/** A record to export: its type and value; the host numbers it when `index` and `basePath` are absent. */
export type ExportRecord = Pick<RecordEntry, 'recordType' | 'record'> &
  Partial<Pick<RecordEntry, 'index' | 'basePath' | 'location'>>;

/** Options of `exportRecords`. */
export interface ExportOptions {
  readonly exporter: AnyExporterDefinition;
  /** The user's options for the exporter, validated with its options schema. */
  readonly options?: unknown;
  readonly sink: Sink;
  /**
   * Who the export is for. `internal` keeps everything and must be asked for by name; it always carries a warning.
   * @default the first profile other than `internal` that the exporter lists
   */
  readonly profile?: PrivacyProfile;
  /** De-identifies records for every profile but `internal`; `createDeidentifier` from `@vntip/privacy`. */
  readonly deidentify?: Deidentifier;
  /** @default 'vi' */
  readonly locale?: Locale;
}

/** What an export wrote and what it had to say about the data. */
export interface ExportResult {
  /** Paths of the files written, in the order they were opened. */
  readonly files: readonly string[];
  /** Records handed to the exporter. */
  readonly records: number;
  readonly issues: readonly Issue[];
  /** What was done to protect the people in the data; also written to the sink as `risk-report.json`. */
  readonly riskReport: RiskReport;
}

/**
 * Runs an exporter over records: checks the profile, validates the options, streams each record to the `record`
 * hook, calls `end`, then commits the sink. When anything throws, the sink is aborted and the error rethrown, so a
 * failed export leaves no files; a hook's error is wrapped in a `PluginError`.
 * @example
 * const sink = createMemorySink();
 * const { issues } = await exportRecords(result.records, { exporter: csvExporter, options: { bom: true }, sink, profile: 'internal' });
 */
export async function exportRecords(
  records: Iterable<ExportRecord> | AsyncIterable<ExportRecord>,
  options: ExportOptions,
): Promise<ExportResult> {
  const { exporter } = options;
  const id = exporter.meta.id;
  const profile = options.profile ?? exporter.meta.profiles.find((p) => p !== 'internal');
  if (profile === undefined) {
    throw new VntipError(
      'UNSUPPORTED_PROFILE',
      'The exporter carries only the "internal" profile, which must be asked for by name.',
      { scope: id },
    );
  }
  if (!exporter.meta.profiles.includes(profile)) {
    throw new VntipError(
      'UNSUPPORTED_PROFILE',
      `The exporter cannot carry the "${profile}" profile; it supports ${exporter.meta.profiles.join(', ')}.`,
      { scope: id },
    );
  }
  if (profile !== 'internal' && !options.deidentify) {
    throw new VntipError(
      'PROFILE_NOT_AVAILABLE',
      `The "${profile}" profile needs a de-identifier: pass \`deidentify: createDeidentifier({ key })\` from @vntip/privacy.`,
      { scope: id },
    );
  }
  const locale = options.locale ?? 'vi';
  const resolved = await resolvePluginOptions(exporter, options.options);
  const catalog: IssueCatalog = { ...ISSUE_CODES, ...exporter.messages };
  const issues: Issue[] = [];
  const report = (input: ExporterReport): void => {
    issues.push(
      createIssue(
        {
          code: input.code,
          path: [...(input.entry?.basePath ?? []), ...(input.path ?? [])],
          ...(input.params ? { params: input.params } : {}),
          ...(input.entry?.location ? { location: input.entry.location } : {}),
          ...(input.severity ? { severity: input.severity } : {}),
          source: id,
        },
        locale,
        catalog,
      ),
    );
  };
  const tracked = trackSink(options.sink, id);
  const handled = exporter.meta.recordTypes ? new Set(exporter.meta.recordTypes) : undefined;
  const skipped = new Map<string, number>();
  let count = 0;
  let index = 0;
  let riskReport: RiskReport;
  try {
    const request = { rowLevel: exporter.meta.anonymisesRows === true };
    const deidentified =
      profile === 'internal' ? undefined : await options.deidentify?.(records, profile, request);
    let anonymity: RowAnonymity | undefined;
    const keyId = deidentified?.keyId;
    const hooks = await callHook(id, 'create', () =>
      exporter.create({
        options: resolved,
        locale,
        profile,
        ...(keyId ? { keyId } : {}),
        sink: tracked.sink,
        report,
        reportAnonymity: (reported) => {
          anonymity = reported;
        },
      }),
    );
    for await (const input of deidentified?.records ?? records) {
      const entry: RecordEntry = {
        recordType: input.recordType,
        record: input.record,
        index: input.index ?? index,
        basePath: input.basePath ?? [index],
        ...(input.location ? { location: input.location } : {}),
      };
      index++;
      if (handled && !handled.has(entry.recordType)) {
        skipped.set(entry.recordType, (skipped.get(entry.recordType) ?? 0) + 1);
        continue;
      }
      count++;
      if (hooks.record)
        await callHook(id, 'record', () => (hooks as ExporterHooks).record?.(entry));
    }
    await callHook(id, 'end', () => hooks.end());
    if (request.rowLevel && profile === 'public' && anonymity === undefined)
      throw new PluginError(
        id,
        'end',
        new Error('It anonymises its own rows but reported no anonymity.'),
      );
    riskReport = deidentified?.report(anonymity) ?? internalRiskReport(index);
    const target = await tracked.sink.open(RISK_REPORT_FILE, { mediaType: 'application/json' });
    await target.write(`${JSON.stringify(riskReport, null, 2)}\n`);
    await target.close();
    await tracked.closeAll();
    await options.sink.commit?.();
  } catch (error) {
    await options.sink.abort?.();
    throw error;
  }
  for (const [recordType, skippedCount] of skipped) {
    report({ code: 'export_record_type_skipped', params: { recordType, count: skippedCount } });
  }
  return { files: tracked.files, records: count, issues, riskReport };
}

async function callHook<T>(id: string, hook: string, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isVntipError(error) && error.code === 'SINK_FAILED') throw error;
    throw new PluginError(id, hook, error);
  }
}

/** Wraps a sink: checks paths, remembers files, closes what the exporter left open, and codes the sink's errors. */
function trackSink(sink: Sink, id: string) {
  const files: string[] = [];
  const open = new Set<SinkTarget>();
  const sinkFailed = (path: string, error: unknown) =>
    new VntipError('SINK_FAILED', `Writing ${path} failed. Check the destination.`, {
      cause: error,
      scope: id,
    });
  const wrapped: Sink = {
    async open(path, openOptions) {
      if (!isSafeSinkPath(path) || files.includes(path)) {
        throw new VntipError(
          'INVALID_ARGUMENT',
          `The exporter opened "${path}", which is not a safe relative path or was opened before.`,
          { scope: id },
        );
      }
      let target: SinkTarget;
      try {
        target = await sink.open(path, openOptions);
      } catch (error) {
        throw sinkFailed(path, error);
      }
      files.push(path);
      open.add(target);
      let closed = false;
      const guarded: SinkTarget = {
        async write(chunk) {
          try {
            await target.write(chunk);
          } catch (error) {
            throw sinkFailed(path, error);
          }
        },
        async close() {
          if (closed) return;
          closed = true;
          open.delete(target);
          try {
            await target.close();
          } catch (error) {
            throw sinkFailed(path, error);
          }
        },
      };
      return guarded;
    },
  };
  return {
    sink: wrapped,
    files,
    async closeAll() {
      for (const target of [...open]) {
        open.delete(target);
        await target.close();
      }
    },
  };
}
