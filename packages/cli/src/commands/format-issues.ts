import type { Issue, SourceLocation } from '@vntip/core';
import type { ValidatedInput } from '../input/validate-inputs';
import type { Output } from '../io/output';
import { terminalText } from '../io/terminal-text';

/** Most issues listed per input in the pretty report; the JSON report has them all. */
export const MAX_PRETTY_ISSUES = 200;

/** The pretty report of one input: a verdict line, then its issues grouped by file, sheet and row. */
export function formatInput({ input, result }: ValidatedInput, out: Output): string {
  const { t, paint } = out;
  const records = Object.values(result.counts).reduce((sum, n) => sum + n, 0);
  const { error: errors, warning: warnings } = result.issueCounts;
  const lines: string[] = [];
  if (result.ok) {
    const suffix = warnings > 0 ? t('warningsSuffix', { count: warnings }) : '';
    lines.push(paint.green(t('fileValid', { file: input, records, warnings: suffix })));
  } else {
    lines.push(
      paint.red(
        t('fileInvalid', {
          file: input,
          errors,
          warnings,
          records,
          incomplete: result.complete ? '' : t('incompleteSuffix'),
        }),
      ),
    );
  }
  const shown = result.issues.slice(0, MAX_PRETTY_ISSUES);
  let currentFile: string | undefined;
  let currentSheet: string | undefined;
  for (const issue of sortIssues(shown)) {
    const file = issue.location?.file ?? input;
    const sheet = issue.location?.sheet;
    if (file !== currentFile) {
      lines.push(`  ${paint.bold(terminalText(file))}`);
      currentFile = file;
      currentSheet = undefined;
    }
    if (sheet !== undefined && sheet !== currentSheet) {
      lines.push(`    ${terminalText(t('locSheet', { sheet }))}`);
      currentSheet = sheet;
    }
    const indent = sheet !== undefined ? '      ' : '    ';
    const severity = severityLabel(issue, out);
    lines.push(
      `${indent}${paint.dim(terminalText(where(issue.location, out)))} ${severity} ${paint.dim(terminalText(issue.code))}  ${terminalText(issue.message)}`,
    );
    if (issue.hint) {
      lines.push(`${indent}  ${paint.dim(`${t('hintLabel')}: ${terminalText(issue.hint)}`)}`);
    }
  }
  const total = result.issueCounts.error + result.issueCounts.warning + result.issueCounts.info;
  if (total > shown.length) lines.push(t('moreIssues', { count: total - shown.length }));
  const notKept = total - result.issues.length;
  if (notKept > 0) lines.push(t('issuesNotKept', { count: notKept, kept: result.issues.length }));
  return `${lines.join('\n')}\n`;
}

/** Issues ordered by file, sheet, row and column; issues without a place come first in their file. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return issues
    .map((issue, order) => ({ issue, order }))
    .sort((a, b) => {
      const x = a.issue.location ?? {};
      const y = b.issue.location ?? {};
      return (
        (x.file ?? '').localeCompare(y.file ?? '') ||
        (x.sheet ?? '').localeCompare(y.sheet ?? '') ||
        (x.row ?? 0) - (y.row ?? 0) ||
        a.order - b.order
      );
    })
    .map(({ issue }) => issue);
}

/**
 * `dòng 6, ô C6 ("Giới tính")` / `row 6, cell C6 ("Giới tính")` with the header as the file has it, `dòng 3, cột sex`,
 * or `(toàn tệp)` when the issue has no row.
 */
export function where(location: SourceLocation | undefined, out: Output): string {
  const parts: string[] = [];
  if (location?.row !== undefined) parts.push(out.t('locRow', { row: location.row }));
  if (location?.cell !== undefined)
    parts.push(
      typeof location.column === 'string' && location.column !== ''
        ? out.t('locCellHeader', { cell: location.cell, header: location.column })
        : out.t('locCell', { cell: location.cell }),
    );
  else if (location?.column !== undefined)
    parts.push(out.t('locColumn', { column: location.column }));
  return parts.length > 0 ? `${parts.join(', ')}:` : `${out.t('locNone')}:`;
}

function severityLabel(issue: Issue, out: Output): string {
  const { t, paint } = out;
  if (issue.severity === 'error') return paint.red(`[${t('severityError')}]`);
  if (issue.severity === 'warning') return paint.yellow(`[${t('severityWarning')}]`);
  return `[${t('severityInfo')}]`;
}
