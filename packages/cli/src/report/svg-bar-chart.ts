import type { BilingualText } from '@vntip/core';
import type { IndicatorResult } from '@vntip/indicators';
import { bilingualTspans } from './bilingual-html';
import { escapeHtml } from './escape-html';
import { LABELS } from './report-labels';
import { figureAttributes, formatFigure } from './shown-number';

/** One bar: its label and the row whose value it draws; no row, or a null value, draws a "no data" mark. */
export interface ChartBar {
  readonly label: BilingualText;
  readonly row: IndicatorResult | undefined;
}

/** A horizontal bar chart of row values. */
export interface BarChartOptions {
  /** Unique in the page; names the chart's `<title>`. */
  readonly id: string;
  readonly title: BilingualText;
  readonly bars: readonly ChartBar[];
  /** A dashed vertical line, e.g. the target, in the bars' display unit. */
  readonly marker?: { readonly at: number; readonly label: BilingualText };
  /** The axis end in the display unit. @default the largest bar or marker */
  readonly max?: number;
}

const WIDTH = 520;
const LABEL_WIDTH = 180;
const VALUE_WIDTH = 90;
const ROW_HEIGHT = 26;
const BAR_HEIGHT = 16;
const MARKER_LABEL_HEIGHT = 18;
const MAX_LABEL_CHARS = 26;

/** A bar's length in the unit it is shown in: ratios as percentages. */
export function displayValue(row: IndicatorResult | undefined): number | null {
  if (!row || row.value === null) return null;
  return row.unit === 'ratio' ? row.value * 100 : row.value;
}

function clip(text: string): string {
  return text.length > MAX_LABEL_CHARS ? `${text.slice(0, MAX_LABEL_CHARS - 1)}…` : text;
}

function round(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/**
 * Renders a horizontal bar chart as inline SVG: one row per bar with its label, the bar and the value as text (so the
 * figure never depends on the bar's colour or length), and an optional dashed marker. Value texts carry the `data-*`
 * attributes of the row they show.
 */
export function renderBarChart(options: BarChartOptions): string {
  const values = options.bars.map((bar) => displayValue(bar.row));
  const largest = Math.max(0, options.marker?.at ?? 0, ...values.map((v) => v ?? 0));
  const max = options.max ?? (largest > 0 ? largest : 1);
  const area = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const barsHeight = options.bars.length * ROW_HEIGHT;
  const height = barsHeight + (options.marker ? MARKER_LABEL_HEIGHT : 0) + 4;
  const titleId = `${options.id}-title`;
  const parts: string[] = [
    `<svg class="chart" id="${escapeHtml(options.id)}" role="img" aria-labelledby="${escapeHtml(titleId)}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" preserveAspectRatio="xMinYMin meet">`,
    `<title id="${escapeHtml(titleId)}">${escapeHtml(`${options.title.vi} / ${options.title.en}`)}</title>`,
  ];
  options.bars.forEach((bar, index) => {
    const y = index * ROW_HEIGHT + 4;
    const middle = y + BAR_HEIGHT / 2 + 4;
    const label = { vi: clip(bar.label.vi), en: clip(bar.label.en) };
    parts.push(
      `<g class="bar-row"><title>${escapeHtml(`${bar.label.vi} / ${bar.label.en}`)}</title>`,
      `<text class="bar-label" x="${LABEL_WIDTH - 8}" y="${middle}" text-anchor="end">${bilingualTspans(label)}</text>`,
    );
    const value = values[index] ?? null;
    if (bar.row && value !== null) {
      const width = Math.max(value > 0 ? 1 : 0, (Math.min(value, max) / max) * area);
      const text = formatFigure(bar.row, 'value', bar.row.value ?? 0);
      parts.push(
        `<rect class="bar" x="${LABEL_WIDTH}" y="${y}" width="${round(width)}" height="${BAR_HEIGHT}"></rect>`,
        `<text class="figure bar-value" x="${round(LABEL_WIDTH + width + 6)}" y="${middle}" ${figureAttributes(bar.row, 'value', bar.row.value ?? 0)}>${bilingualTspans(text)}</text>`,
      );
    } else {
      parts.push(
        `<text class="bar-empty" x="${LABEL_WIDTH + 6}" y="${middle}">${bilingualTspans(LABELS.noData)}</text>`,
      );
    }
    parts.push('</g>');
  });
  if (options.marker) {
    const x = round(LABEL_WIDTH + (Math.min(options.marker.at, max) / max) * area);
    parts.push(
      `<line class="marker" x1="${x}" x2="${x}" y1="0" y2="${barsHeight + 4}"></line>`,
      `<text class="marker-label" x="${x}" y="${barsHeight + 16}" text-anchor="middle">${bilingualTspans(options.marker.label)}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
