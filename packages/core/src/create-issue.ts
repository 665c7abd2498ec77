import type { Locale } from '@vntip/schema';
import type { Issue, Severity, SourceLocation } from './issue';
import { ISSUE_CODES, type IssueCodeDefinition } from './issue-codes';
import { VntipError } from './vntip-error';

/** Issue codes and their message templates, keyed by code. */
export type IssueCatalog = Readonly<Record<string, IssueCodeDefinition>>;

/** What a check knows about a problem; `createIssue` adds the message and hint. */
export interface IssueInput {
  readonly code: string;
  readonly path?: readonly (string | number)[];
  readonly params?: Readonly<Record<string, unknown>>;
  readonly location?: SourceLocation;
  readonly source?: string;
  /** @default the code's catalogue severity */
  readonly severity?: Severity;
  /**
   * The field as the message names it (`{field}`), in the schema's titles (`Người › Giới tính`, from
   * `describeField` of `@vntip/schema`). @default the path written with ids, `[2].sex`
   */
  readonly field?: string;
}

/** Renders a path as officers read it: `participants.byAgeBand[0].count`. */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(bản ghi · record)';
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part),
    '',
  );
}

function renderParam(value: unknown): string {
  if (Array.isArray(value)) {
    const shown = value.slice(0, 8).map(String).join(', ');
    return value.length > 8 ? `${shown}, … (${value.length})` : shown;
  }
  return String(value);
}

/** Fills a message template: `{name}` becomes the param `name`, `{field}` the rendered path. */
export function renderTemplate(
  template: string,
  values: Readonly<Record<string, unknown>>,
): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(values, name) ? renderParam(values[name]) : match,
  );
}

/** Builds an issue with its message and hint in `locale` from the issue-code catalogue. */
export function createIssue(
  input: IssueInput,
  locale: Locale = 'vi',
  catalog: IssueCatalog = ISSUE_CODES,
): Issue {
  const definition = Object.hasOwn(catalog, input.code) ? catalog[input.code] : undefined;
  if (!definition) {
    throw new VntipError(
      'UNKNOWN_ISSUE_CODE',
      `No message is declared for the issue code "${input.code}". Declare it in the rule's messages.`,
    );
  }
  const path = input.path ?? [];
  const values = { field: input.field ?? formatPath(path), ...input.params };
  return {
    code: input.code,
    severity: input.severity ?? definition.severity,
    path,
    message: renderTemplate(definition.message[locale], values),
    hint: renderTemplate(definition.hint[locale], values),
    ...(input.location ? { location: input.location } : {}),
    ...(input.source ? { source: input.source } : {}),
    ...(input.params ? { params: input.params } : {}),
  };
}
