import type { BilingualText, ResultPeriod, ResultScope } from '@vntip/core';
import type { IndicatorResult } from '@vntip/indicators';
import { STANDARD_VERSION } from '@vntip/schema';
import { bilingual, joinBilingual } from './bilingual-html';
import { comparisonSection } from './comparison-section';
import { escapeHtml, jsonForScript } from './escape-html';
import { dateTimeLabel } from './format-date-time';
import { keyFiguresSection } from './key-figures-section';
import { LANGUAGE_TOGGLE_SCRIPT } from './language-toggle-script';
import { otherIndicatorsSection } from './other-indicators-section';
import { periodLabel, scopeKey, scopeLabel } from './period-scope-labels';
import { preventionSection } from './prevention-section';
import { qualityNotesSection } from './quality-notes-section';
import { createReportContext } from './report-context';
import {
  INTERNAL_MARKING,
  LABELS,
  type RecordNames,
  type ReportLocale,
  type ReportProfile,
} from './report-labels';
import { INTERNAL_PRINT_STYLES, printMarginStyles, REPORT_STYLES } from './report-styles';
import { targetProgressSection } from './target-progress-section';
import { trendSection } from './trend-section';
import { victimBreakdownSection } from './victim-breakdown-section';
import { type ReportProtection, withheldSection } from './withheld-section';

/** What `renderHtmlReport` draws: computed rows and the facts of the report around them. */
export interface HtmlReportInput {
  /** Rows from `computeIndicators`; their lineage is never written to the page. */
  readonly rows: readonly IndicatorResult[];
  /** The period the report was asked for. */
  readonly period: ResultPeriod;
  /** The scopes the report was asked for. @default the distinct scopes of `rows`, in order */
  readonly scopes?: readonly ResultScope[];
  /** The language shown when the page opens; the other one is in the page too. @default 'vi' */
  readonly locale?: ReportLocale;
  /** When the report was made, as an ISO date-time; passed in so the same input gives the same page. */
  readonly generatedAt: string;
  /** The report's heading, the same in both languages or one per language. @default a generic bilingual title */
  readonly title?: string | BilingualText;
  /** Titles of indicators, e.g. plugin indicators; built-in titles are used for the rest. */
  readonly indicatorTitles?: Readonly<Record<string, BilingualText>>;
  /**
   * Who the rows were prepared for: `internal` marks every page (screen and each printed page) "NỘI BỘ / INTERNAL".
   * The page never holds lineage either way. @default 'statistical'
   */
  readonly profile?: ReportProfile;
  /** Names of the records breakdowns refer to by id (media outlets, facilities), from the input data. */
  readonly names?: RecordNames;
  /** What the protection of a statistical report withheld, to say so in words. */
  readonly protection?: ReportProtection;
}

/** A result row as embedded in the page: everything but its lineage. */
export type ReportRow = Omit<IndicatorResult, 'lineage'>;

/** The JSON embedded in the page, for machines and for tests. */
export interface HtmlReportData {
  readonly standardVersion: string;
  readonly profile: ReportProfile;
  readonly generatedAt: string;
  readonly period: ResultPeriod;
  readonly scopes: readonly ResultScope[];
  readonly rows: readonly ReportRow[];
}

/** The id of the `<script type="application/json">` element holding `HtmlReportData`. */
export const REPORT_DATA_ELEMENT_ID = 'vntip-report-data';

function withoutLineage(row: IndicatorResult): ReportRow {
  const { lineage: _lineage, ...rest } = row;
  return rest;
}

function distinctScopes(rows: readonly IndicatorResult[]): ResultScope[] {
  const scopes = new Map<string, ResultScope>();
  for (const row of rows)
    if (!scopes.has(scopeKey(row.scope))) scopes.set(scopeKey(row.scope), row.scope);
  return [...scopes.values()];
}

function headerHtml(
  title: BilingualText,
  input: HtmlReportInput,
  scopes: readonly ResultScope[],
): string {
  const meta: [BilingualText, string][] = [
    [LABELS.period, bilingual(periodLabel(input.period))],
    [LABELS.scope, bilingual(joinBilingual(scopes.map(scopeLabel), '; '))],
    [LABELS.generatedAt, bilingual(dateTimeLabel(input.generatedAt))],
    [
      LABELS.profileLabel,
      bilingual(input.profile === 'internal' ? LABELS.profileInternal : LABELS.profileStatistical),
    ],
    [LABELS.standardVersion, escapeHtml(STANDARD_VERSION)],
  ];
  return [
    '<header>',
    `<div class="lang-toggle" role="group" aria-label="${escapeHtml(`${LABELS.language.vi} / ${LABELS.language.en}`)}">`,
    `<button type="button" data-set-locale="vi" aria-pressed="${input.locale !== 'en'}">Tiếng Việt</button>`,
    `<button type="button" data-set-locale="en" aria-pressed="${input.locale === 'en'}">English</button>`,
    '</div>',
    `<h1>${bilingual(title)}</h1>`,
    `<dl class="meta">${meta.map(([term, value]) => `<dt>${bilingual(term)}</dt><dd>${value}</dd>`).join('')}</dl>`,
    '</header>',
  ].join('');
}

/**
 * The line printed above the first page's content (hidden on screen): the marking of an internal report, the title,
 * period, area and privacy profile. Every page of an internal report also carries the marking in its margins.
 */
function printHeaderHtml(
  title: BilingualText,
  period: ResultPeriod,
  scopes: readonly ResultScope[],
  internal: boolean,
): string {
  const line = joinBilingual(
    [
      title,
      periodLabel(period),
      joinBilingual(scopes.map(scopeLabel), '; '),
      internal ? LABELS.profileInternal : LABELS.profileStatistical,
    ],
    ' · ',
  );
  const marking = internal ? `<strong>${escapeHtml(INTERNAL_MARKING)}</strong> · ` : '';
  return `<div class="print-header" aria-hidden="true">${marking}${bilingual(line)}</div>`;
}

function contentsHtml(sections: readonly [string, BilingualText, string][]): string {
  const items = sections
    .filter(([, , html]) => html !== '')
    .map(([id, heading]) => `<li><a href="#${escapeHtml(id)}">${bilingual(heading)}</a></li>`);
  return `<nav aria-label="${escapeHtml(`${LABELS.contents.vi} / ${LABELS.contents.en}`)}"><ol>${items.join('')}</ol></nav>`;
}

/**
 * Renders indicator results as one self-contained, offline HTML page: inline styles, inline SVG charts, a small
 * vi/en toggle script and the rows (without lineage) as embedded JSON. Vietnamese is shown by default. Pure and
 * deterministic: the same input gives the same string.
 * @example
 * const html = renderHtmlReport({ rows, period: { start: '2024-01-01', end: '2024-12-31' }, generatedAt: new Date().toISOString() });
 */
export function renderHtmlReport(input: HtmlReportInput): string {
  const locale = input.locale ?? 'vi';
  const title =
    input.title === undefined
      ? LABELS.defaultTitle
      : typeof input.title === 'string'
        ? { vi: input.title, en: input.title }
        : input.title;
  const scopes = input.scopes ?? distinctScopes(input.rows);
  const context = createReportContext(input.rows, input.indicatorTitles, input.names);
  const profile = input.profile ?? 'statistical';
  const internal = profile === 'internal';
  const sections: [string, BilingualText, string][] = [
    ['key-figures', LABELS.keyFigures, keyFiguresSection(context, input.period)],
    ['progress', LABELS.progress, targetProgressSection(context)],
    ['trends', LABELS.trends, trendSection(context)],
    ['comparisons', LABELS.comparisons, comparisonSection(context)],
    ['breakdowns', LABELS.breakdowns, victimBreakdownSection(context)],
    ['prevention', LABELS.prevention, preventionSection(context)],
    ['other', LABELS.otherIndicators, otherIndicatorsSection(context)],
    ['withheld', LABELS.privacy, withheldSection(context, profile, input.protection)],
    ['quality', LABELS.quality, qualityNotesSection(context)],
  ];
  const data: HtmlReportData = {
    standardVersion: STANDARD_VERSION,
    profile,
    generatedAt: input.generatedAt,
    period: input.period,
    scopes,
    rows: input.rows.map(withoutLineage),
  };
  const pageTitle = (lang: ReportLocale) =>
    `${internal ? `${INTERNAL_MARKING} · ` : ''}${title[lang]} · ${periodLabel(input.period)[lang]}`;
  const area = joinBilingual(scopes.map(scopeLabel), '; ');
  const profileText = joinBilingual(
    [LABELS.profileLabel, internal ? LABELS.profileInternal : LABELS.profileStatistical],
    ': ',
  );
  const margins = (lang: ReportLocale) => ({
    heading: `${title[lang]} · ${periodLabel(input.period)[lang]}`,
    area: area[lang],
    profile: profileText[lang],
    page: LABELS.page[lang],
  });
  const printStyles = printMarginStyles({ vi: margins('vi'), en: margins('en') });
  const marking = () =>
    `<div class="marking" role="note" aria-label="${escapeHtml(`${LABELS.internalNotice.vi} / ${LABELS.internalNotice.en}`)}">${escapeHtml(INTERNAL_MARKING)}</div>`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${locale}" data-locale="${locale}" data-title-vi="${escapeHtml(pageTitle('vi'))}" data-title-en="${escapeHtml(pageTitle('en'))}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${escapeHtml(`VN-TIP ${STANDARD_VERSION}`)}">`,
    `<meta name="vntip-profile" content="${profile}">`,
    `<title>${escapeHtml(pageTitle(locale))}</title>`,
    `<style>${REPORT_STYLES}${printStyles}${internal ? INTERNAL_PRINT_STYLES : ''}</style>`,
    '</head>',
    internal ? '<body class="internal">' : '<body>',
    ...(internal
      ? [marking(), `<p class="marking-notice">${bilingual(LABELS.internalNotice)}</p>`]
      : []),
    printHeaderHtml(title, input.period, scopes, internal),
    headerHtml(title, { ...input, locale, profile }, scopes),
    contentsHtml(sections),
    '<main>',
    ...sections.map(([, , html]) => html),
    '</main>',
    `<footer>${bilingual({ vi: `Lập bằng bộ công cụ VN-TIP theo chuẩn phiên bản ${STANDARD_VERSION}. Báo cáo không chứa mã bản ghi của người.`, en: `Made with the VN-TIP toolkit, standard version ${STANDARD_VERSION}. The report holds no person's record ids.` })}</footer>`,
    `<script type="application/json" id="${REPORT_DATA_ELEMENT_ID}">${jsonForScript(data)}</script>`,
    `<script>${LANGUAGE_TOGGLE_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
