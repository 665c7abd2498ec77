import { collectBytes } from '../byte-chunks';
import type { ReadContext } from '../read-context';
import type { InputFile } from '../read-event';

/**
 * Reads a whole archive (zip or XLSX) into memory, up to `limits.maxArchiveBytes`; past it, reports
 * `archive_too_large`, marks the read incomplete and returns undefined.
 */
export async function collectArchiveBytes(
  file: InputFile,
  context: ReadContext,
): Promise<Uint8Array | undefined> {
  const { maxArchiveBytes } = context.limits;
  const collected = await collectBytes(file.bytes, maxArchiveBytes);
  if (collected.ok) return collected.bytes;
  context.report('archive_too_large', {
    params: { size: collected.size, limit: maxArchiveBytes },
    incomplete: true,
  });
  return undefined;
}
