// Messages between the validator page and its worker.
import type { Issue, IssueGroup } from '@vntip/core';

export type PageLocale = 'vi' | 'en';

/** A file the officer picked, as bytes. */
export interface PickedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** What the page asks the worker. */
export interface ValidateRequest {
  readonly files: readonly PickedFile[];
  readonly locale: PageLocale;
}

/** One file's result, as `vntip validate --json` lists it. */
export interface FileResult {
  readonly file: string;
  readonly ok: boolean;
  readonly complete: boolean;
  readonly counts: Readonly<Record<string, number>>;
  readonly issueCounts: Readonly<Record<Issue['severity'], number>>;
  readonly summary: readonly IssueGroup[];
  readonly issues: readonly Issue[];
}

/** What the worker answers. */
export type WorkerMessage =
  | {
      readonly kind: 'progress';
      readonly file: string;
      readonly done: number;
      readonly total: number;
    }
  | { readonly kind: 'done'; readonly results: readonly FileResult[] }
  | { readonly kind: 'failed'; readonly message: string };
