import { type BilingualText, ISSUE_CODES, type IssueCodeDefinition } from '@vntip/core';
import { CODE_EXPLANATIONS } from './code-explanations';
import { INDICATOR_NOTE_CODES } from './indicator-note-codes';

/** Everything `vntip explain` says about one code. */
export interface ExplainedCode {
  readonly code: string;
  /** `issue` for a problem in the data, `note` for a data-quality note on indicator results. */
  readonly kind: 'issue' | 'note';
  /** Where the code comes from: `@vntip/core`, `@vntip/indicators` or a plugin's id. */
  readonly origin: string;
  readonly definition: IssueCodeDefinition;
  /** An input that raises the code; absent only for a third-party plugin's code. */
  readonly example?: BilingualText;
  /** How to fix that input; absent only for a third-party plugin's code. */
  readonly fix?: BilingualText;
}

/** Something that declares issue codes: a rule or an exporter, with the id it is registered under. */
export type CodeOwner = readonly [
  id: string,
  owner: { readonly messages?: Readonly<Record<string, IssueCodeDefinition>> },
];

/**
 * Every code `vntip explain` knows: the core catalogue, then the codes of the rules and exporters given (built-in or
 * from plugins; the first to declare a code wins), then the indicator notes. Each built-in code carries its example
 * and fix.
 */
export function explainCatalogue(owners: Iterable<CodeOwner>): Map<string, ExplainedCode> {
  const catalog = new Map<string, ExplainedCode>();
  const add = (code: string, entry: Omit<ExplainedCode, 'code' | 'example' | 'fix'>) => {
    if (catalog.has(code)) return;
    const explanation = Object.hasOwn(CODE_EXPLANATIONS, code)
      ? CODE_EXPLANATIONS[code]
      : undefined;
    catalog.set(code, { code, ...entry, ...explanation });
  };
  for (const [code, definition] of Object.entries(ISSUE_CODES))
    add(code, { kind: 'issue', origin: '@vntip/core', definition });
  for (const [id, owner] of owners)
    for (const [code, definition] of Object.entries(owner.messages ?? {}))
      add(code, { kind: 'issue', origin: id, definition });
  for (const [code, { example, fix, ...definition }] of Object.entries(INDICATOR_NOTE_CODES))
    if (!catalog.has(code))
      catalog.set(code, {
        code,
        kind: 'note',
        origin: '@vntip/indicators',
        definition,
        example,
        fix,
      });
  return catalog;
}
