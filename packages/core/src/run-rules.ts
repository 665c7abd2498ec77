import { describeField, type Locale } from '@vntip/schema';
import { createIssue, type IssueCatalog } from './create-issue';
import type { Issue } from './issue';
import { ISSUE_CODES } from './issue-codes';
import { resolvePluginOptions, splitConfigured } from './resolve-plugin-options';
import type { AnyRuleDefinition, ConfiguredRule, RecordEntry, RuleHooks, RuleReport } from './rule';
import { PluginError, VntipError } from './vntip-error';

/** What the host tells every rule. */
export interface RuleRunOptions {
  /** @default 'vi' */
  readonly locale?: Locale;
  /** Today's date (YYYY-MM-DD); pass it for reproducible runs. @default the current UTC date */
  readonly today?: string;
  readonly period?: { readonly start: string; readonly end: string };
  /** Receives each issue as a rule reports it; without it the runner collects them for `end()`. */
  readonly onIssue?: (issue: Issue) => void;
}

/** Feeds records to a set of rules and collects what they report. */
export interface RuleRunner {
  /** The built-in issue codes plus every code the rules declare. */
  readonly catalog: IssueCatalog;
  record(entry: RecordEntry): void;
  /** Tells the rules of a record that failed its structural check (see `RuleHooks.invalidRecord`). */
  invalidRecord(entry: RecordEntry): void;
  /** Calls every rule's `end` hook and returns the issues collected (none when `onIssue` took them). */
  end(): Issue[];
}

/** Merges the rules' message declarations into the catalogue; a code may not be declared twice differently. */
export function buildIssueCatalog(rules: readonly AnyRuleDefinition[]): IssueCatalog {
  // Codes are names a plugin chose: a null-prototype object keeps `constructor` or `__proto__` plain entries.
  const catalog: Record<string, IssueCatalog[string]> = Object.assign(
    Object.create(null),
    ISSUE_CODES,
  );
  for (const rule of rules) {
    for (const [code, definition] of Object.entries(rule.messages ?? {})) {
      const existing = Object.hasOwn(catalog, code) ? catalog[code] : undefined;
      if (existing && existing !== definition) {
        throw new VntipError(
          'INVALID_ARGUMENT',
          `Rule ${rule.meta.id} redeclares the issue code "${code}". Give it a code of its own.`,
        );
      }
      catalog[code] = definition;
    }
  }
  return catalog;
}

/** Resolves each rule's options, creates its hooks and returns a runner for one validation run. */
export async function createRuleRunner(
  rules: readonly ConfiguredRule[],
  options: RuleRunOptions = {},
): Promise<RuleRunner> {
  const locale = options.locale ?? 'vi';
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const definitions = rules.map((configured) => splitConfigured<AnyRuleDefinition>(configured)[0]);
  const catalog = buildIssueCatalog(definitions);
  const issues: Issue[] = [];
  const emit = options.onIssue ?? ((issue: Issue) => void issues.push(issue));
  const everyType: { id: string; hooks: RuleHooks }[] = [];
  const byType = new Map<string, { id: string; hooks: RuleHooks }[]>();
  const ends: { id: string; hooks: RuleHooks }[] = [];

  for (const configured of rules) {
    const [rule, userOptions] = splitConfigured<AnyRuleDefinition>(configured);
    const id = rule.meta.id;
    const report = (r: RuleReport) => {
      const path = [...(r.entry?.basePath ?? []), ...(r.path ?? [])];
      const location = r.entry?.location;
      const recordType = r.entry?.recordType;
      const field =
        recordType === undefined ? undefined : describeField(recordType, r.path ?? [], locale);
      emit(
        createIssue(
          {
            code: r.code,
            path,
            source: id,
            ...(field !== undefined ? { field } : {}),
            ...(r.params ? { params: r.params } : {}),
            ...(r.severity ? { severity: r.severity } : {}),
            ...(location ? { location } : {}),
          },
          locale,
          catalog,
        ),
      );
    };
    const resolved = await resolvePluginOptions(rule, userOptions);
    let hooks: RuleHooks;
    try {
      hooks = rule.create({
        options: resolved,
        locale,
        today,
        report,
        ...(options.period ? { period: options.period } : {}),
      });
    } catch (error) {
      throw new PluginError(id, 'create', error);
    }
    const entry = { id, hooks };
    if (hooks.record || hooks.invalidRecord) {
      if (rule.meta.recordTypes) {
        for (const type of rule.meta.recordTypes)
          byType.set(type, [...(byType.get(type) ?? []), entry]);
      } else {
        everyType.push(entry);
      }
    }
    if (hooks.end) ends.push(entry);
  }

  // The hooks each record type reaches, every-type rules first, worked out once per type.
  const hooksOf = new Map<string, readonly { id: string; hooks: RuleHooks }[]>();
  const hooksFor = (recordType: string) => {
    let list = hooksOf.get(recordType);
    if (!list) {
      list = [...everyType, ...(byType.get(recordType) ?? [])];
      hooksOf.set(recordType, list);
    }
    return list;
  };

  return {
    catalog,
    record(recordEntry) {
      for (const { id, hooks } of hooksFor(recordEntry.recordType)) {
        try {
          hooks.record?.(recordEntry);
        } catch (error) {
          throw new PluginError(id, 'record', error);
        }
      }
    },
    invalidRecord(recordEntry) {
      for (const { id, hooks } of hooksFor(recordEntry.recordType)) {
        try {
          hooks.invalidRecord?.(recordEntry);
        } catch (error) {
          throw new PluginError(id, 'invalidRecord', error);
        }
      }
    },
    end() {
      for (const { id, hooks } of ends) {
        try {
          hooks.end?.();
        } catch (error) {
          throw new PluginError(id, 'end', error);
        }
      }
      return issues;
    },
  };
}
