import type { OutputStream } from './cli-io';

/** A progress bar: advance it as work is done, finish it to clear the line. */
export interface Progress {
  /** Sets how much is done (bytes or records). */
  update(done: number): void;
  /** Clears the bar. */
  finish(): void;
}

const WIDTH = 24;
const INTERVAL_MS = 100;

/** A bar redrawn in place on `stream` at most every 100 ms; a no-op when `enabled` is false. */
export function createProgress(
  stream: OutputStream,
  label: string,
  total: number | undefined,
  enabled: boolean,
): Progress {
  if (!enabled) return { update() {}, finish() {} };
  let last = 0;
  let drawn = false;
  return {
    update(done) {
      const now = Date.now();
      if (now - last < INTERVAL_MS) return;
      last = now;
      drawn = true;
      if (total && total > 0) {
        const share = Math.min(1, done / total);
        const filled = Math.round(share * WIDTH);
        stream.write(
          `\r${label} [${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${Math.floor(share * 100)}%`,
        );
      } else {
        stream.write(`\r${label} … ${done}`);
      }
    },
    finish() {
      if (drawn) stream.write('\r\u001b[2K');
    },
  };
}
