import type { Stats } from 'node:fs';
import { createReadStream } from 'node:fs';
import { open, readFile as readFileBytes, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { type ConfiguredRule, createIssue } from '@vntip/core';
import {
  type ReadChunk,
  type ReadEvent,
  type ReadOptions,
  readFile,
  type TextEncodingName,
} from '@vntip/read';
import { readPackageFolder } from '@vntip/read/node';
import {
  type ValidationOptions,
  type ValidationResult,
  validate,
  validateDataset,
} from '@vntip/validate';
import type { RunLimits } from '../config/load-config';
import { CliUsageError } from '../errors';
import type { Output } from '../io/output';
import type { Progress } from '../io/progress';
import type { RecordSpill } from '../io/record-spill';
import { NO_SIGNATURE_POLICY, type SignaturePolicy, signatureIssues } from './package-signature';

/** How inputs are read and validated. */
export interface InputOptions {
  readonly rules: readonly ConfiguredRule[];
  readonly recordType?: string;
  readonly encoding?: TextEncodingName | 'auto';
  readonly today?: string;
  /** Keep the valid records in the result (small inputs only: provincial targets). @default false */
  readonly keepRecords?: boolean;
  /** What one input may hold and how many of its issues are kept. */
  readonly limits: RunLimits;
  /** Where every record read goes, for `export`, `report` and `convert` to stream them afterwards. */
  readonly spill?: RecordSpill;
  /** How signatures of packages are checked. @default NO_SIGNATURE_POLICY */
  readonly signatures?: SignaturePolicy;
  /**
   * True when input from which nothing at all is read is a `no_records` error, not a warning. @default true for
   * `validateInputs` (nothing read from all the inputs together), false for `validateSource`
   */
  readonly requireRecords?: boolean;
}

/** One input and what validation found in it. */
export interface ValidatedInput {
  /** The path as the user gave it. */
  readonly input: string;
  readonly result: ValidationResult;
}

/** Files past this size get a progress bar. */
const PROGRESS_FROM_BYTES = 1024 * 1024;
/** JSON files up to this size are checked for a single exchange-package envelope. */
const ENVELOPE_MAX_BYTES = 4 * 1024 * 1024;

/**
 * Validates the inputs as one dataset: the files, folders and zips given together are read one after the other into
 * one stream, so the rules across records (a support record's person, a duplicate id) see all of them, while each
 * input keeps its own records, counts, tallies and issues. A path that does not exist is a usage error (exit 2),
 * found before anything is read; bad content is issues. An empty input is a `no_records` warning, an error when
 * nothing at all (no record, no header) was read from any input.
 */
export async function validateInputs(
  inputs: readonly string[],
  options: InputOptions,
  out: Output,
): Promise<ValidatedInput[]> {
  if (inputs.length === 0) throw new CliUsageError(out.t('errNoInput'));
  const found: FoundInput[] = [];
  for (const input of inputs) found.push(await findInput(input, out));
  const result = await validateDataset(
    found.map((input) => ({ name: input.input, chunks: inputChunks(input, options, out) })),
    {
      ...validationOptions(options, out),
      ...(options.requireRecords === false ? {} : { requireRecords: true }),
    },
  );
  return result.sources.map((source, position) => ({
    input: inputs[position] as string,
    result: { ...source, catalog: result.catalog },
  }));
}

/** An input that exists: the path as given, where it is, and what stat said of it. */
interface FoundInput {
  readonly input: string;
  readonly path: string;
  readonly info: Stats;
}

async function findInput(input: string, out: Output): Promise<FoundInput> {
  const path = resolve(out.io.cwd, input);
  let info: Stats;
  try {
    info = await stat(path);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') {
      throw new CliUsageError(out.t('errFileNotFound', { path: input }), 'FILE_NOT_FOUND');
    }
    throw new CliUsageError(
      out.t('errFileUnreadable', { path: input, reason: (error as Error).message }),
      'FILE_UNREADABLE',
    );
  }
  // A device, FIFO or socket has no size to check against --max-bytes, and opening a FIFO blocks until a writer
  // comes: only files and folders are inputs.
  if (!info.isFile() && !info.isDirectory()) {
    throw new CliUsageError(out.t('errNotRegularFile', { path: input }), 'FILE_UNREADABLE');
  }
  return { input, path, info };
}

/**
 * What one input yields, under the run's limits: its signature issues first, then what its reader reads (at most
 * `maxRecords` records). Opened only when its turn comes, with its own progress bar.
 */
async function* inputChunks(
  { path, info }: FoundInput,
  options: InputOptions,
  out: Output,
): AsyncGenerator<ReadChunk> {
  const { limits } = options;
  const name = basename(path);
  if (info.isFile() && info.size > limits.maxBytes) {
    const issue = createIssue(
      { code: 'file_too_large', params: { limit: limits.maxBytes }, location: { file: name } },
      out.locale,
    );
    yield { kind: 'issue', issue, incomplete: true };
    return;
  }
  const kind = info.isDirectory() ? 'folder' : (await isZip(path)) ? 'zip' : 'file';
  const signed = await signatureIssues(
    path,
    kind,
    name,
    options.signatures ?? NO_SIGNATURE_POLICY,
    out.locale,
  );
  if (signed.length > 0) yield signed.map((issue) => ({ kind: 'issue', issue }) as const);
  const readOptions: ReadOptions = {
    locale: out.locale,
    ...(options.recordType ? { recordType: options.recordType } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
    limits: { maxJsonBytes: limits.maxBytes, maxArchiveBytes: limits.maxBytes },
  };
  const large = info.isFile() && info.size >= PROGRESS_FROM_BYTES;
  const progress = out.progress(
    out.t('reading', { file: name }),
    info.isDirectory() ? undefined : info.size,
  );
  try {
    let source: AsyncIterable<ReadChunk> | Iterable<ReadChunk>;
    if (info.isDirectory()) {
      source = countRecords(readPackageFolder(path, readOptions), progress);
    } else {
      const envelope =
        name.toLowerCase().endsWith('.json') && info.size <= ENVELOPE_MAX_BYTES
          ? await descriptorEnvelope(path, name)
          : undefined;
      source =
        envelope ??
        readFile(
          { name, bytes: large ? countBytes(path, progress) : createReadStream(path) },
          readOptions,
        );
    }
    yield* limitRecords(source, name, options, out);
  } finally {
    progress.finish();
  }
}

/**
 * Validates what a reader yields under the run's limits: at most `maxRecords` records (then a `too_many_records`
 * error, the input incomplete), at most `maxIssues` issues kept (all counted), every record also written to the
 * spill when there is one. `convert --from` validates an importer's output through it too.
 */
export async function validateSource(
  source: AsyncIterable<ReadChunk> | Iterable<ReadChunk>,
  name: string,
  options: InputOptions,
  out: Output,
): Promise<ValidationResult> {
  return validate(limitRecords(source, name, options, out), {
    ...validationOptions(options, out),
    ...(options.requireRecords ? { requireRecords: true } : {}),
  });
}

function validationOptions(options: InputOptions, out: Output): ValidationOptions {
  return {
    locale: out.locale,
    rules: options.rules,
    keepRecords: options.keepRecords === true,
    maxIssues: options.limits.maxIssues,
    ...(options.today ? { today: options.today } : {}),
  };
}

async function* limitRecords(
  source: AsyncIterable<ReadChunk> | Iterable<ReadChunk>,
  name: string,
  options: InputOptions,
  out: Output,
): AsyncGenerator<ReadChunk> {
  const { maxRecords } = options.limits;
  let records = 0;
  for await (const chunk of source) {
    const events = Array.isArray(chunk) ? (chunk as readonly ReadEvent[]) : [chunk as ReadEvent];
    const kept: ReadEvent[] = [];
    for (const event of events) {
      if (event.kind === 'record') {
        if (++records > maxRecords) {
          if (kept.length > 0) yield kept;
          const issue = createIssue(
            { code: 'too_many_records', params: { limit: maxRecords }, location: { file: name } },
            out.locale,
          );
          yield { kind: 'issue', issue, incomplete: true };
          return;
        }
        await options.spill?.add(event);
      }
      kept.push(event);
    }
    if (kept.length > 0) yield kept;
  }
}

/** True when a file starts like a zip archive (a local file header, or an empty archive). */
async function isZip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return (
      bytesRead === 4 && head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5)
    );
  } finally {
    await handle.close();
  }
}

/**
 * A JSON file holding one `{ "recordType": "exchange_package", "record": … }` envelope (as in schemas/examples) is a
 * package descriptor on its own: it is checked as a descriptor, since a descriptor is not a record.
 */
async function descriptorEnvelope(path: string, name: string): Promise<ReadChunk[] | undefined> {
  let value: unknown;
  try {
    value = JSON.parse(await readFileBytes(path, 'utf8'));
  } catch {
    return undefined;
  }
  const envelope = value as { recordType?: unknown; record?: unknown } | null;
  if (
    typeof envelope !== 'object' ||
    envelope === null ||
    envelope.recordType !== 'exchange_package' ||
    typeof envelope.record !== 'object' ||
    Object.keys(envelope).some((key) => key !== 'recordType' && key !== 'record')
  ) {
    return undefined;
  }
  return [{ kind: 'descriptor', descriptor: envelope.record, location: { file: name, row: 1 } }];
}

async function* countBytes(path: string, progress: Progress): AsyncGenerator<Uint8Array> {
  let done = 0;
  for await (const chunk of createReadStream(path)) {
    done += (chunk as Uint8Array).length;
    progress.update(done);
    yield chunk as Uint8Array;
  }
}

async function* countRecords(
  source: AsyncIterable<ReadChunk>,
  progress: Progress,
): AsyncGenerator<ReadChunk> {
  let done = 0;
  for await (const chunk of source) {
    done += Array.isArray(chunk) ? chunk.length : 1;
    progress.update(done);
    yield chunk;
  }
}
