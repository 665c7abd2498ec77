import { rmSync } from 'node:fs';

/** Temporary files and folders of the running command, to remove if the process is stopped before it removes them. */
const paths = new Set<string>();

/** Notes a temporary file or folder that the command will remove (or rename) itself when it ends normally. */
export function trackTemporaryPath(path: string): void {
  paths.add(path);
}

/** Forgets a temporary path that was removed or renamed into place. */
export function untrackTemporaryPath(path: string): void {
  paths.delete(path);
}

/**
 * Removes every temporary path still noted, synchronously (it runs in a signal handler just before the process
 * exits): a stopped export leaves no `*.partial` file and no staging folder holding victims' rows.
 */
export function removeTemporaryPaths(): void {
  for (const path of paths) {
    try {
      rmSync(path, { recursive: true, force: true });
    } catch {
      // Nothing more can be done while exiting; the rest are still removed.
    }
  }
  paths.clear();
}
