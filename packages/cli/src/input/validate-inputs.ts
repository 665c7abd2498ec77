import { createReadStream } from 'node:fs';
import { readFile as readFileBytes, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { ConfiguredRule } from '@vntip/core';
import {
  type ReadChunk,
  type ReadOptions,
  readFile,
  type TextEncodingName,
  type ValidationResult,
  validate,
} from '@vntip/validate';
import { readPackageFolder } from '@vntip/validate/node';
import { CliUsageError } from '../errors';
import type { Output } from '../io/output';
import type { Progress } from '../io/progress';

/** How inputs are read and validated. */
export interface InputOptions {
  readonly rules: readonly ConfiguredRule[];
  readonly recordType?: string;
  readonly encoding?: TextEncodingName | 'auto';
  readonly today?: string;
  /** Keep the valid records (report, export); off for plain validation of large files. */
  readonly keepRecords: boolean;
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

/** Validates each input in turn; a path that does not exist is a usage error (exit 2), bad content is issues. */
export async function validateInputs(
  inputs: readonly string[],
  options: InputOptions,
  out: Output,
): Promise<ValidatedInput[]> {
  if (inputs.length === 0) throw new CliUsageError(out.t('errNoInput'));
  const results: ValidatedInput[] = [];
  for (const input of inputs) {
    results.push({ input, result: await validateInput(input, options, out) });
  }
  return results;
}

async function validateInput(
  input: string,
  options: InputOptions,
  out: Output,
): Promise<ValidationResult> {
  const path = resolve(out.io.cwd, input);
  let info: Awaited<ReturnType<typeof stat>>;
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
  const readOptions: ReadOptions = {
    locale: out.locale,
    ...(options.recordType ? { recordType: options.recordType } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
  };
  const name = basename(path);
  const large = info.isFile() && info.size >= PROGRESS_FROM_BYTES;
  const progress = out.progress(
    out.t('reading', { file: name }),
    info.isDirectory() ? undefined : info.size,
  );
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
  try {
    return await validate(source, {
      locale: out.locale,
      rules: options.rules,
      keepRecords: options.keepRecords,
      ...(options.today ? { today: options.today } : {}),
    });
  } finally {
    progress.finish();
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
