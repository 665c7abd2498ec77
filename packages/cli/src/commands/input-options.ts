import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { TextEncodingName } from '@vntip/read';
import type { Command } from 'commander';
import { DEFAULT_RUN_LIMITS, type ResolvedConfig, type RunLimits } from '../config/load-config';
import { CliUsageError } from '../errors';
import type { SignaturePolicy } from '../input/package-signature';
import type { Translate } from '../messages';
import type { CommandContext } from './context';

/** Encodings `--encoding` accepts. */
export const ENCODINGS = [
  'auto',
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1258',
  'tcvn3',
  'viscii',
  'vni',
] as const;

/** Reading options from the shared input flags. */
export function readInputOptions(options: {
  readonly recordType?: string;
  readonly encoding?: string;
  readonly today?: string;
}): {
  recordType?: string;
  encoding?: TextEncodingName | 'auto';
  today?: string;
} {
  return {
    ...(typeof options.recordType === 'string' ? { recordType: options.recordType } : {}),
    ...(typeof options.encoding === 'string'
      ? { encoding: options.encoding as TextEncodingName | 'auto' }
      : {}),
    ...(typeof options.today === 'string' ? { today: options.today } : {}),
  };
}

/** The days `--today` may name: the years of birth the standard accepts (`birthYear` 1900 to 2100). */
const TODAY_RANGE = { from: '1900-01-01', to: '2100-12-31' } as const;

/**
 * Refuses a `--today` that is not a real calendar date written YYYY-MM-DD (`2024-02-30` is refused), or one outside
 * 1900-01-01 to 2100-12-31 (`0000-01-01`): no run of the date rules means such a day.
 */
export function checkToday(t: Translate, value: string | undefined): void {
  if (value === undefined) return;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new CliUsageError(t('errBadToday', { value }), 'BAD_TODAY');
  }
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new CliUsageError(t('errNoSuchDay', { value }), 'BAD_TODAY');
  }
  // Same-length ISO days compare as text.
  if (value < TODAY_RANGE.from || value > TODAY_RANGE.to) {
    throw new CliUsageError(t('errTodayOutOfRange', { value, ...TODAY_RANGE }), 'BAD_TODAY');
  }
}

/** The flags of reading limits and signature checks, shared by validate, report, export and convert. */
export interface ReadFlags {
  readonly maxIssues?: string;
  readonly maxBytes?: string;
  readonly maxRecords?: string;
  readonly publicKey?: readonly string[];
  readonly requireSignature?: boolean;
}

const collectValues = (value: string, previous: string[] = []) => [...previous, value];

/** Adds the limit and signature flags to a command that reads packages. */
export function addReadFlags(command: Command, t: Translate): Command {
  return command
    .option('--max-issues <n>', t('optMaxIssues'))
    .option('--max-bytes <n>', t('optMaxBytes'))
    .option('--max-records <n>', t('optMaxRecords'))
    .option('--public-key <file>', t('optTrustKey'), collectValues)
    .option('--require-signature', t('optRequireSignature'));
}

/** The run's limits: each flag, else the config's `limits`, else the default. */
export function readLimits(t: Translate, flags: ReadFlags, config: ResolvedConfig): RunLimits {
  const pick = (flag: string, value: string | undefined, name: keyof RunLimits): number => {
    if (value === undefined) return config.limits[name] ?? DEFAULT_RUN_LIMITS[name];
    const number = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < 1) {
      throw new CliUsageError(t('errBadLimit', { option: flag, value }), 'BAD_LIMIT');
    }
    return number;
  };
  return {
    maxIssues: pick('--max-issues', flags.maxIssues, 'maxIssues'),
    maxBytes: pick('--max-bytes', flags.maxBytes, 'maxBytes'),
    maxRecords: pick('--max-records', flags.maxRecords, 'maxRecords'),
  };
}

/** The trusted keys of a run: every `--public-key` file, then the config's `trustedKeys`. */
export async function readSignaturePolicy(
  ctx: CommandContext,
  flags: ReadFlags,
  config: ResolvedConfig,
): Promise<SignaturePolicy> {
  const keys: KeyObject[] = [];
  for (const file of flags.publicKey ?? []) {
    keys.push(publicKeyFrom(ctx.t, new TextDecoder().decode(await readUserFile(ctx, file)), file));
  }
  for (const trusted of config.trustedKeys)
    keys.push(publicKeyFrom(ctx.t, trusted.pem, trusted.path));
  return { keys, require: flags.requireSignature === true };
}

/** A PEM public key (a private key's public half is accepted too), or a usage error naming the file. */
export function publicKeyFrom(t: Translate, pem: string, path: string): KeyObject {
  try {
    const key = createPublicKey(pem);
    if (key.asymmetricKeyType !== 'ed25519') throw new Error('not an Ed25519 key');
    return key;
  } catch (error) {
    throw new CliUsageError(t('errSigningKey', { path }), 'BAD_KEY', { cause: error });
  }
}

/** Reads a file the user named; a missing or unreadable one is a usage error (exit 2). */
export async function readUserFile(ctx: CommandContext, path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(resolve(ctx.io.cwd, path)));
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') {
      throw new CliUsageError(ctx.t('errFileNotFound', { path }), 'FILE_NOT_FOUND');
    }
    throw new CliUsageError(
      ctx.t('errFileUnreadable', { path, reason: (error as Error).message }),
      'FILE_UNREADABLE',
    );
  }
}
