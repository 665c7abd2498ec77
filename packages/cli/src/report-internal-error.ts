import { internalErrorCode } from './errors';
import type { CliIo } from './io/cli-io';
import { terminalJson } from './io/terminal-text';
import type { Translate } from './messages';

/**
 * Prints an unexpected error as one coded line, `vntip: lỗi nội bộ E_… — …` (a JSON line with `--json`), never its
 * message or stack (both may quote data; `--debug` adds the stack). The binary uses it for errors that escape `run`.
 */
export function reportInternalError(
  error: unknown,
  io: Pick<CliIo, 'stderr'>,
  t: Translate,
  json: boolean,
): void {
  const code = internalErrorCode(error);
  const message = t('errInternal', { code });
  io.stderr.write(json ? `${terminalJson({ level: 'error', code, message })}\n` : `${message}\n`);
}
