import type { OutputStream } from './cli-io';

/** A process stream as `run` needs it, plus whether writing to it failed for another reason than a closed reader. */
export interface PipeSafeStream extends OutputStream {
  /** The error that closed the stream when it was not a closed pipe (EPIPE), e.g. a full disk. */
  readonly failure: () => Error | undefined;
}

/**
 * Wraps `process.stdout` or `process.stderr` so that a reader that went away (`vntip validate … | head`, EPIPE) ends
 * the output quietly: the error is handled instead of crashing the process with a stack trace, and every later write
 * is dropped, so the command still finishes and exits with the code its work earned. Any other write error closes the
 * stream the same way and is kept in `failure` for the binary to report.
 */
export function pipeSafeStream(stream: NodeJS.WriteStream): PipeSafeStream {
  let closed = false;
  let failure: Error | undefined;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    closed = true;
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') failure ??= error;
  });
  return {
    write(chunk) {
      if (closed || stream.destroyed) return false;
      return stream.write(chunk);
    },
    get isTTY() {
      return stream.isTTY === true;
    },
    get columns() {
      return stream.columns;
    },
    failure: () => failure,
  };
}
