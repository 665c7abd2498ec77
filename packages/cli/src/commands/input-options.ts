import type { TextEncodingName } from '@vntip/validate';
import { CliUsageError } from '../errors';
import type { Translate } from '../messages';

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

/** Refuses a `--today` that is not a real calendar date written YYYY-MM-DD (`2024-02-30` is refused). */
export function checkToday(t: Translate, value: string | undefined): void {
  if (value === undefined) return;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new CliUsageError(t('errBadToday', { value }));
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new CliUsageError(t('errNoSuchDay', { value }), 'BAD_TODAY');
  }
}
