// The validator's worker: the same @vntip/validate engine, readers and built-in rules as `vntip validate`, run on the
// files the page sends. Nothing here reaches the network; the page's Content-Security-Policy forbids it anyway.

import { readFile } from '@vntip/read';
import { builtinRules, validate } from '@vntip/validate';
import { z } from 'zod';
import type { FileResult, ValidateRequest, WorkerMessage } from './protocol';

// zod compiles fast paths with `new Function`, which a strict CSP refuses; jitless mode validates the same way.
z.config({ jitless: true });

const post = (message: WorkerMessage) => (self as unknown as Worker).postMessage(message);

self.onmessage = async (event: MessageEvent<ValidateRequest>) => {
  const { files, locale } = event.data;
  try {
    const results: FileResult[] = [];
    for (const [i, file] of files.entries()) {
      post({ kind: 'progress', file: file.name, done: i, total: files.length });
      const result = await validate(readFile({ name: file.name, bytes: file.bytes }, { locale }), {
        locale,
        rules: builtinRules,
        keepRecords: false,
      });
      results.push({
        file: file.name,
        ok: result.ok,
        complete: result.complete,
        counts: result.counts,
        issueCounts: result.issueCounts,
        summary: result.summary,
        issues: result.issues,
      });
    }
    post({ kind: 'done', results });
  } catch (error) {
    post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
