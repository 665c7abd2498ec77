// Writes the reference part of the site, in Vietnamese (pages/reference/) and English (pages/en/reference/), from the
// standard as the packages embed it: entities and their fields from the JSON Schemas, codelists, issue codes from the
// catalogue and the rules' messages, indicators with their targets. Valid examples are read from schemas/examples/valid.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ISSUE_CODES, type IssueCodeDefinition } from '@vntip/core';
import { BUILTIN_INDICATORS } from '@vntip/indicators';
import {
  CODELISTS,
  JSON_SCHEMAS,
  NATIONAL_TARGETS,
  RECORD_TYPE_SCHEMA_FILES,
  STANDARD_VERSION,
} from '@vntip/schema';
import { BUILTIN_RULES } from '@vntip/validate';
import { LOCALE_PREFIX, type SiteLocale, TEXT } from './locale-text';

type Node = Readonly<Record<string, unknown>>;
type I18n = Readonly<Record<SiteLocale, { title: string; description: string }>>;

/** One page to write: its path under pages/ (without the locale prefix) and its Markdown. */
export interface Page {
  readonly path: string;
  readonly markdown: string;
}

const ENTITY_FILES = Object.keys(JSON_SCHEMAS)
  .filter((file) => !['codelists.schema.json', 'meta-schema.json'].includes(file))
  .sort();

/** The reference pages of one locale. */
export function referencePages(locale: SiteLocale, examplesDir: string): Page[] {
  const pages: Page[] = [];
  const t = TEXT[locale];
  const examples = readdirSync(examplesDir).filter((file) => file.endsWith('.json'));
  const rules = Object.values(BUILTIN_RULES);
  const indicators = Object.values(BUILTIN_INDICATORS);

  pages.push({ path: 'reference/index.md', markdown: referenceIndex(locale) });
  for (const file of ENTITY_FILES) {
    const slug = file.replace(/\.schema\.json$/, '');
    const schema = JSON_SCHEMAS[file] as Node;
    const recordType = schema.recordType as string | undefined;
    const out = [`# ${i18n(schema)[locale].title}`, '', i18n(schema)[locale].description, ''];
    if (recordType)
      out.push(`${t.recordType}: \`${recordType}\` · \`$id\`: \`${String(schema.$id)}\``, '');
    out.push(`## ${t.field}`, '', ...fieldTable(schema, file, locale));
    const own = examples.filter((name) => name.startsWith(`${slug}--`));
    if (own.length > 0) {
      out.push(`## ${t.examples}`, '');
      for (const name of own) {
        out.push(`### ${name.replace(/\.json$/, '').replace(`${slug}--`, '')}`, '');
        out.push('```json', readFileSync(join(examplesDir, name), 'utf8').trim(), '```', '');
      }
    }
    if (recordType) {
      const checking = rules.filter(
        (rule) => !rule.meta.recordTypes || rule.meta.recordTypes.includes(recordType),
      );
      out.push(`## ${t.checkedBy}`, '');
      for (const rule of checking) out.push(`- \`${rule.meta.id}\`: ${rule.meta.title[locale]}`);
      const reading = indicators.filter((indicator) =>
        indicator.meta.requires.some((field) => field.split('.')[0] === recordType),
      );
      out.push('', `## ${t.readBy}`, '');
      for (const indicator of reading)
        out.push(
          `- [${indicator.meta.title[locale]}](${LOCALE_PREFIX[locale]}reference/indicators/${indicator.meta.id})`,
        );
      out.push('');
    }
    pages.push({ path: `reference/entities/${slug}.md`, markdown: out.join('\n') });
  }
  for (const list of Object.values(CODELISTS)) {
    const out = [
      `# ${list.name}`,
      '',
      `${t.origin}: \`${list.origin}\` · ${list.rows.length} ${t.codes}`,
      '',
    ];
    const usedBy = ENTITY_FILES.filter((file) =>
      JSON.stringify(JSON_SCHEMAS[file]).includes(`"codelist":"${list.name}"`),
    );
    if (usedBy.length > 0)
      out.push(`${t.usedBy}: ${usedBy.map((file) => entityLink(file, locale)).join(', ')}`, '');
    const extra = list.columns.filter(
      (c) =>
        ![
          'code',
          'labelVi',
          'labelEn',
          'descriptionVi',
          'descriptionEn',
          'deprecated',
          'status',
        ].includes(c),
    );
    out.push(
      `| ${t.code} | ${t.label} | ${t.description} | ${t.status} |${extra.map((c) => ` ${c} |`).join('')}`,
      `| --- | --- | --- | --- |${extra.map(() => ' --- |').join('')}`,
    );
    for (const row of list.rows) {
      const label = locale === 'vi' ? row.labelVi : row.labelEn;
      const description = locale === 'vi' ? row.descriptionVi : row.descriptionEn;
      const status = `${row.status}${row.deprecated ? ` · ${t.deprecatedSince} ${row.deprecated}` : ''}`;
      out.push(
        `| \`${row.code}\` | ${cell(label)} | ${cell(description)} | ${status} |${extra.map((c) => ` ${cell(row[c] ?? '')} |`).join('')}`,
      );
    }
    pages.push({ path: `reference/codelists/${list.name}.md`, markdown: `${out.join('\n')}\n` });
  }
  for (const [code, definition, origin] of issueCodes()) {
    const severity = t[definition.severity];
    pages.push({
      path: `reference/issues/${code}.md`,
      markdown: [
        `# \`${code}\``,
        '',
        `${t.severity}: **${severity}** · ${t.origin}: \`${origin}\``,
        '',
        `## ${t.message}`,
        '',
        definition.message[locale],
        '',
        `## ${t.hint}`,
        '',
        definition.hint[locale],
        '',
        `## ${t.explain}`,
        '',
        '```sh',
        `vntip explain ${code}${locale === 'en' ? ' --lang en' : ''}`,
        '```',
        '',
      ].join('\n'),
    });
  }
  for (const indicator of indicators) {
    const { meta } = indicator;
    const out = [
      `# ${meta.title[locale]}`,
      '',
      `\`${meta.id}\` · ${t.unit}: ${meta.unit} · v${meta.version}`,
      '',
    ];
    out.push(`## ${t.method}`, '', meta.description[locale], '', `## ${t.reads}`, '');
    for (const field of meta.requires) {
      const [recordType = ''] = field.split('.');
      const file = RECORD_TYPE_SCHEMA_FILES[recordType as keyof typeof RECORD_TYPE_SCHEMA_FILES];
      out.push(`- \`${field}\`${file ? ` (${entityLink(file, locale)})` : ''}`);
    }
    const targets = NATIONAL_TARGETS.filter((target) => target.indicatorId === meta.id);
    if (targets.length > 0) {
      out.push(
        '',
        `## ${t.targets}`,
        '',
        `| ${t.targets} | ${t.instrument} | ${t.status} |`,
        '| --- | --- | --- |',
      );
      for (const target of targets) {
        const value =
          target.value === undefined
            ? '—'
            : `${target.comparator ?? ''} ${target.value} ${target.unit}`;
        const period = ` (${target.period.start} – ${target.period.end})`;
        out.push(
          `| ${cell(`${value}${period}`)} | ${cell(`${target.sourceInstrument.number}${target.clause ? `, ${target.clause}` : ''}`)} | ${target.status} |`,
        );
      }
    }
    out.push('');
    pages.push({ path: `reference/indicators/${meta.id}.md`, markdown: out.join('\n') });
  }
  return pages;
}

/** Every issue code the built-in engine can raise, with where it comes from. */
export function issueCodes(): [string, IssueCodeDefinition, string][] {
  const found = new Map<string, [IssueCodeDefinition, string]>();
  for (const [code, definition] of Object.entries(ISSUE_CODES))
    found.set(code, [definition, '@vntip/core']);
  for (const rule of Object.values(BUILTIN_RULES)) {
    for (const [code, definition] of Object.entries(rule.messages ?? {})) {
      if (!found.has(code)) found.set(code, [definition, rule.meta.id]);
    }
  }
  return [...found]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, [d, origin]]) => [code, d, origin]);
}

function referenceIndex(locale: SiteLocale): string {
  const t = TEXT[locale];
  const p = LOCALE_PREFIX[locale];
  const out = [`# ${t.reference} ${STANDARD_VERSION}`, '', `## ${t.entities}`, ''];
  for (const file of ENTITY_FILES)
    out.push(
      `- ${entityLink(file, locale)}: ${firstSentence(i18n(JSON_SCHEMAS[file] as Node)[locale].description)}`,
    );
  out.push('', `## ${t.codelists}`, '');
  for (const list of Object.values(CODELISTS))
    out.push(`- [${list.name}](${p}reference/codelists/${list.name}) (${list.rows.length})`);
  out.push('', `## ${t.indicators}`, '');
  for (const indicator of Object.values(BUILTIN_INDICATORS))
    out.push(`- [${indicator.meta.title[locale]}](${p}reference/indicators/${indicator.meta.id})`);
  out.push('', `## ${t.issues}`, '');
  for (const [code, definition] of issueCodes())
    out.push(`- [\`${code}\`](${p}reference/issues/${code}) (${t[definition.severity]})`);
  out.push('');
  return out.join('\n');
}

function fieldTable(schema: Node, file: string, locale: SiteLocale): string[] {
  const t = TEXT[locale];
  const out = [
    `| ${t.field} | ${t.type} | ${t.required} | ${t.sensitivity} | ${t.meaning} |`,
    '| --- | --- | --- | --- | --- |',
  ];
  const visit = (node: Node, prefix: string) => {
    const required = new Set((node.required ?? []) as string[]);
    for (const [name, child] of Object.entries((node.properties ?? {}) as Record<string, Node>)) {
      const text = child.i18n ? (child.i18n as I18n)[locale] : undefined;
      const deprecation = child.deprecation as
        | { since: string; replacedBy?: string; vi: string; en: string }
        | undefined;
      const note = deprecation
        ? ` _${t.deprecatedSince} ${deprecation.since}${deprecation.replacedBy ? `, ${t.replacedBy} \`${deprecation.replacedBy}\`` : ''}: ${deprecation[locale]}_`
        : '';
      out.push(
        `| \`${prefix}${name}\` | ${cell(typeOf(child, file, locale))} | ${required.has(name) ? t.yes : ''} | ${String(child.sensitivity ?? '')} | ${cell(text ? `**${text.title}**: ${text.description}${note}` : '')} |`,
      );
      if (child.type === 'object' && child.properties) visit(child, `${prefix}${name}.`);
      const items = child.items as Node | undefined;
      if (child.type === 'array' && items?.type === 'object') visit(items, `${prefix}${name}[].`);
    }
  };
  visit(schema, '');
  out.push('');
  return out;
}

function typeOf(node: Node, file: string, locale: SiteLocale): string {
  const t = TEXT[locale];
  const p = LOCALE_PREFIX[locale];
  if (typeof node.codelist === 'string') {
    return `[${node.codelist}](${p}reference/codelists/${node.codelist}) (${node.openCodelist ? t.open : t.closed})`;
  }
  if (typeof node.$ref === 'string') {
    const [target = '', pointer = ''] = node.$ref.split('#');
    const def = pointer.split('/').pop() ?? '';
    const targetFile = target || file;
    return targetFile === 'codelists.schema.json'
      ? def
      : `${def} (${entityLink(targetFile, locale)})`;
  }
  if ('const' in node) return `\`${JSON.stringify(node.const)}\``;
  if (Array.isArray(node.enum)) return node.enum.map((v) => `\`${String(v)}\``).join(', ');
  if (node.type === 'array')
    return `array of ${node.items ? typeOf(node.items as Node, file, locale) : 'any'}`;
  const limits = [node.format, node.pattern ? `\`${String(node.pattern)}\`` : undefined].filter(
    Boolean,
  );
  return `${String(node.type ?? '')}${limits.length ? ` (${limits.join(', ')})` : ''}`;
}

function entityLink(file: string, locale: SiteLocale): string {
  const slug = file.replace(/\.schema\.json$/, '');
  const schema = JSON_SCHEMAS[file] as Node | undefined;
  const title = schema ? i18n(schema)[locale].title : slug;
  return `[${title}](${LOCALE_PREFIX[locale]}reference/entities/${slug})`;
}

function i18n(node: Node): I18n {
  return node.i18n as I18n;
}

function firstSentence(text: string): string {
  const end = text.search(/[.:](\s|$)/);
  return end > 0 ? text.slice(0, end + 1) : text;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ').replace(/</g, '&lt;');
}

/** Writes the reference pages of both locales under `pagesDir`, replacing what an earlier run wrote. */
export function writeReferencePages(pagesDir: string, examplesDir: string): number {
  let count = 0;
  for (const locale of ['vi', 'en'] as const) {
    const base = locale === 'vi' ? pagesDir : join(pagesDir, 'en');
    rmSync(join(base, 'reference'), { recursive: true, force: true });
    for (const page of referencePages(locale, examplesDir)) {
      const path = join(base, page.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, page.markdown);
      count++;
    }
  }
  return count;
}
