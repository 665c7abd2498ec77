import type { BilingualText, ResultPeriod } from '@vntip/core';
import type { IndicatorResult } from '@vntip/indicators';
import { bilingual } from './bilingual-html';
import { formatNumber } from './format-number';
import { periodKey, scopeKey, scopeLabel } from './period-scope-labels';
import { groupBy, isTotal, type ReportContext } from './report-context';
import { codeLabel, LABELS } from './report-labels';
import { sectionHtml } from './section-html';
import { figureAttributes } from './shown-number';

/** Activity types whose items are media items (news, programmes, broadcasts) rather than materials. */
const MEDIA_TYPES = new Set(['RADIO_ITEM', 'PRESS_ITEM', 'TV_PROGRAMME', 'LOUDSPEAKER_BROADCAST']);

/** How exact a figure is, in the words of the data. */
export type FigureQualifier = 'EXACT' | 'AT_LEAST' | 'MORE_THAN' | 'APPROXIMATE';

/** The words put before an inexact figure, and the tag of an exact one. */
const QUALIFIER_WORDS: Readonly<Record<FigureQualifier, BilingualText>> = {
  EXACT: { vi: 'số chính xác', en: 'exact' },
  AT_LEAST: { vi: 'ít nhất', en: 'at least' },
  MORE_THAN: { vi: 'hơn', en: 'more than' },
  APPROXIMATE: { vi: 'khoảng', en: 'about' },
};

/** The qualifier of a row's value: its own, with “more than” when its note says every bound was “more than”. */
export function figureQualifier(row: IndicatorResult): FigureQualifier {
  if (row.qualifier === 'APPROXIMATE') return 'APPROXIMATE';
  if (row.qualifier === 'AT_LEAST')
    return row.notes.some((note) => note.code === 'value_more_than') ? 'MORE_THAN' : 'AT_LEAST';
  return 'EXACT';
}

/** A count in words with its qualifier: `khoảng 5.000` / `about 5,000`, `hơn 10.000` / `more than 10,000`, `30`. */
export function qualifiedWords(value: number, qualifier: FigureQualifier): BilingualText {
  const words = (locale: 'vi' | 'en') => {
    const number = formatNumber(value, 2, locale);
    return qualifier === 'EXACT' ? number : `${QUALIFIER_WORDS[qualifier][locale]} ${number}`;
  };
  return { vi: words('vi'), en: words('en') };
}

/** A unit's label as a word after a number: `Bản` → `bản`. */
function unitWord(code: string): BilingualText {
  const label = codeLabel('unit', code);
  const lower = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
  return { vi: lower(label.vi), en: lower(label.en) };
}

/** One figure of the band: the number in words with its qualifier, or why there is none. */
function figure(row: IndicatorResult | undefined, what: BilingualText): string {
  if (!row) return `<span class="no-data">${bilingual(LABELS.noRecordsInPeriod)}</span>`;
  if (row.value === null) {
    const withheld = row.notes.some((note) => note.code === 'small_cell_suppressed');
    return `<span class="no-data${withheld ? ' withheld' : ''}">${bilingual(withheld ? LABELS.withheld : LABELS.noData)}</span>`;
  }
  const qualifier = figureQualifier(row);
  const tag =
    qualifier === 'EXACT'
      ? ` <span class="qualifier">(${bilingual(QUALIFIER_WORDS.EXACT)})</span>`
      : '';
  return `<strong class="figure key" data-qualifier="${qualifier}" ${figureAttributes(row, 'value', row.value)}>${bilingual(qualifiedWords(row.value, qualifier))}</strong> ${bilingual(what)}${tag}`;
}

interface Line {
  readonly label: BilingualText;
  readonly html: string;
}

function card(heading: BilingualText, lines: readonly Line[]): string {
  const items = lines.map(
    (line) => `<li><span class="key-label">${bilingual(line.label)}</span>: ${line.html}</li>`,
  );
  return `<div class="key-card"><h3>${bilingual(heading)}</h3><ul>${items.join('')}</ul></div>`;
}

const PEOPLE: BilingualText = { vi: 'người', en: 'persons' };
const NONE: BilingualText = { vi: '', en: '' };

function keyCards(context: ReportContext, rows: readonly IndicatorResult[]): string[] {
  const of = (indicator: string) => rows.filter((row) => row.indicator === indicator);
  const one = (indicator: string, key: string, code: string) =>
    of(indicator).find((row) => {
      const keys = Object.keys(row.disaggregation).filter((k) => k !== 'codeListVersion');
      return keys.length === 1 && row.disaggregation[key] === code;
    });
  const cards: string[] = [];

  const activities = of('activities-by-type').filter(
    (row) => Object.keys(row.disaggregation).length === 1,
  );
  const participants = of('participants-by-activity-type');
  if (activities.length > 0 || participants.length > 0) {
    const types = [
      ...new Set(
        [...activities, ...participants].map((row) => row.disaggregation.activityType ?? ''),
      ),
    ].filter((type) => !MEDIA_TYPES.has(type));
    cards.push(
      card(
        LABELS.keyActivities,
        types.map((type) => {
          const count = activities.find((row) => row.disaggregation.activityType === type);
          const people = participants.find((row) => row.disaggregation.activityType === type);
          const parts = [count ? figure(count, LABELS.activitiesWord) : ''];
          if (people) parts.push(figure(people, LABELS.participantsWord));
          return { label: codeLabel('activityType', type), html: parts.filter(Boolean).join('; ') };
        }),
      ),
    );
  }

  const items = of('items-distributed-by-unit');
  const byType = items.filter((row) => row.disaggregation.activityType !== undefined);
  const materials = (byType.length > 0 ? byType : items).filter(
    (row) => !MEDIA_TYPES.has(row.disaggregation.activityType ?? ''),
  );
  if (materials.length > 0)
    cards.push(
      card(
        LABELS.keyMaterials,
        materials.map((row) => ({
          label: row.disaggregation.activityType
            ? codeLabel('activityType', row.disaggregation.activityType)
            : LABELS.total,
          html: figure(row, unitWord(row.disaggregation.unit ?? '')),
        })),
      ),
    );

  const mediaItems = byType.filter((row) => MEDIA_TYPES.has(row.disaggregation.activityType ?? ''));
  const media =
    mediaItems.length > 0
      ? mediaItems.map((row) => ({
          label: codeLabel('activityType', row.disaggregation.activityType ?? ''),
          html: figure(row, unitWord(row.disaggregation.unit ?? '')),
        }))
      : activities
          .filter((row) => MEDIA_TYPES.has(row.disaggregation.activityType ?? ''))
          .map((row) => ({
            label: codeLabel('activityType', row.disaggregation.activityType ?? ''),
            html: figure(row, NONE),
          }));
  if (media.length > 0) cards.push(card(LABELS.keyMedia, media));

  const trained = of('people-trained');
  if (trained.length > 0)
    cards.push(
      card(
        LABELS.keyTrained,
        trained.map((row) => ({
          label: context.labelOf(row.disaggregation),
          html: figure(row, PEOPLE),
        })),
      ),
    );

  const total = (indicator: string) =>
    of(indicator).find(
      (row) => isTotal(row.disaggregation) && Object.keys(row.disaggregation).length > 0,
    ) ?? of(indicator).find((row) => Object.keys(row.disaggregation).length === 0);
  cards.push(
    card(LABELS.keyVictims, [
      {
        label: context.titleOf('victims-received'),
        html: figure(total('victims-received'), PEOPLE),
      },
      {
        label: context.titleOf('victims-identified'),
        html: figure(total('victims-identified'), PEOPLE),
      },
      {
        label: context.titleOf('victims-supported'),
        html: figure(total('victims-supported'), PEOPLE),
      },
      {
        label: LABELS.handedOver,
        html: figure(one('victims-rescued-handed-over', 'event', 'HANDOVER_TO_FAMILY'), PEOPLE),
      },
    ]),
  );
  return cards;
}

/** The indicators whose rows make the key figures. */
const KEY_INDICATORS = new Set([
  'activities-by-type',
  'participants-by-activity-type',
  'items-distributed-by-unit',
  'people-trained',
  'victims-received',
  'victims-identified',
  'victims-supported',
  'victims-rescued-handed-over',
]);

/** Whether an area's rows hold any key figure, so that its band is not a row of empty cards. */
function hasKeyFigure(rows: readonly IndicatorResult[]): boolean {
  return rows.some((row) => KEY_INDICATORS.has(row.indicator));
}

/**
 * "Key figures": the handful of numbers a provincial report leads with (activities and participants by type,
 * materials, media items, people trained, victims received, identified, supported and handed over), each with its
 * qualifier in words, for the report's whole period, one band per area; a sentence instead of a band when the data
 * has none of them.
 */
export function keyFiguresSection(context: ReportContext, period: ResultPeriod): string {
  const ofPeriod = context.rows.filter((row) => periodKey(row.period) === periodKey(period));
  const byScope = [...groupBy(ofPeriod, (row) => scopeKey(row.scope)).values()];
  const empty = `<p class="muted key-figures-empty">${bilingual(LABELS.keyFiguresEmpty)}</p>`;
  if (!byScope.some(hasKeyFigure)) return sectionHtml('key-figures', LABELS.keyFigures, empty);
  const bands = byScope.map((rows) => {
    const first = rows[0] as IndicatorResult;
    const heading = byScope.length > 1 ? `<h3>${bilingual(scopeLabel(first.scope))}</h3>` : '';
    const band = hasKeyFigure(rows)
      ? `<div class="key-figures">${keyCards(context, rows).join('')}</div>`
      : empty;
    return `${heading}${band}`;
  });
  return sectionHtml('key-figures', LABELS.keyFigures, bands.join(''));
}
