import { createIssue, type Severity, type SourceLocation } from '@vntip/core';
import type { Locale } from '@vntip/schema';
import type { IssueEvent, ReadChunk, ReadEvent } from './read-event';
import { type ReadLimits, type ReadOptions, resolveLimits } from './read-options';

/** What a reader stage reports about a problem. */
export interface ReportInput {
  readonly params?: Readonly<Record<string, unknown>>;
  /** Location inside the file; the file name is added. */
  readonly location?: Omit<SourceLocation, 'file'>;
  readonly path?: readonly (string | number)[];
  readonly severity?: Severity;
  /** True when the reader stops before the end of its input. */
  readonly incomplete?: boolean;
}

/** The state one reader shares with its stages: file name, locale, limits and the issues waiting to be yielded. */
export class ReadContext {
  readonly file: string;
  readonly locale: Locale;
  readonly limits: ReadLimits;
  readonly options: ReadOptions;
  /** Issues reported by stages and not yet yielded, in order. */
  private readonly pending: IssueEvent[] = [];
  private readonly reported = new Set<string>();

  constructor(file: string, options: ReadOptions = {}) {
    this.file = file;
    this.options = options;
    this.locale = options.locale ?? 'vi';
    this.limits = resolveLimits(options.limits);
  }

  /** A context for another file of the same read (a package resource), with the same options. */
  forFile(file: string): ReadContext {
    return new ReadContext(file, this.options);
  }

  /** Builds the issue event of `code` located in this file. */
  issue(code: string, input: ReportInput = {}): IssueEvent {
    const issue = createIssue(
      {
        code,
        location: { file: this.file, ...input.location },
        ...(input.path ? { path: input.path } : {}),
        ...(input.params ? { params: input.params } : {}),
        ...(input.severity ? { severity: input.severity } : {}),
      },
      this.locale,
    );
    return input.incomplete ? { kind: 'issue', issue, incomplete: true } : { kind: 'issue', issue };
  }

  /** Queues an issue for the reader to yield at its next opportunity. */
  report(code: string, input: ReportInput = {}): void {
    this.pending.push(this.issue(code, input));
  }

  /** Queues an issue only the first time this code is reported in this file. */
  reportOnce(code: string, input: ReportInput = {}): void {
    if (this.reported.has(code)) return;
    this.reported.add(code);
    this.report(code, input);
  }

  /** True when some issue is queued. */
  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  /** How many issues are queued. */
  get pendingCount(): number {
    return this.pending.length;
  }

  /** Takes every queued issue, oldest first. */
  drain(): IssueEvent[] {
    return this.pending.splice(0, this.pending.length);
  }

  /** Moves every queued issue, oldest first, to the end of `target` (cheap when none is queued). */
  drainInto(target: ReadEvent[]): void {
    if (this.pending.length === 0) return;
    for (const event of this.pending) target.push(event);
    this.pending.length = 0;
  }
}

/**
 * Events of a reader gathered into a batch, each queued issue placed before the event that follows it, as
 * `guardReader` would have yielded them one by one.
 */
export class EventBatch {
  private events: ReadEvent[] = [];

  constructor(private readonly context: ReadContext) {}

  get size(): number {
    return this.events.length;
  }

  /** Adds the issues queued so far, then `event`. */
  push(event: ReadEvent): void {
    this.context.drainInto(this.events);
    this.events.push(event);
  }

  /** Takes the batch, with the issues queued so far at its end. */
  take(): ReadEvent[] {
    this.context.drainInto(this.events);
    const events = this.events;
    this.events = [];
    return events;
  }
}

/** An error a reader stage throws to stop with a coded issue; `guardReader` turns it into that issue, incomplete. */
export class ReaderError extends Error {
  constructor(
    readonly code: string,
    readonly params: Readonly<Record<string, unknown>> = {},
  ) {
    super(`${code}: ${JSON.stringify(params)}`);
    this.name = 'ReaderError';
  }
}

/** Detail text of a caught error, short and single-line, for issue params. */
export function errorDetail(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split(/\r?\n/, 1)[0] ?? '';
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

/**
 * Runs a reader body so that nothing escapes it: an unexpected error becomes a `read_failed` issue marked incomplete.
 * Queued issues are yielded before the failure.
 */
export async function* guardReader(
  context: ReadContext,
  body: (context: ReadContext) => AsyncGenerator<ReadChunk>,
): AsyncGenerator<ReadChunk> {
  try {
    for await (const chunk of body(context)) {
      if (context.hasPending) yield context.drain();
      yield chunk;
    }
    if (context.hasPending) yield context.drain();
  } catch (error) {
    const events: ReadEvent[] = context.drain();
    events.push(
      error instanceof ReaderError
        ? context.issue(error.code, { params: error.params, incomplete: true })
        : context.issue('read_failed', {
            params: { detail: errorDetail(error) },
            incomplete: true,
          }),
    );
    yield events;
  }
}
