import { INTERNAL_MARKING } from './report-labels';

/**
 * The report's whole stylesheet: system fonts only, no `url()`, print rules. The language rule hides every element
 * whose `lang` is not the page's current locale, in HTML and SVG alike.
 */
export const REPORT_STYLES = `
:root{--ink:#1d2733;--muted:#5b6773;--line:#d5dbe1;--bar:#2f6690;--marker:#b23a48;--bg:#fff;--soft:#f3f6f9}
*{box-sizing:border-box}
html[data-locale="vi"] body [lang="en"],html[data-locale="en"] body [lang="vi"]{display:none!important}
body{margin:0 auto;max-width:1100px;padding:24px;font-family:system-ui,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif;color:var(--ink);background:var(--bg);line-height:1.45}
header{border-bottom:3px solid var(--bar);padding-bottom:12px;margin-bottom:16px}
h1{font-size:1.6rem;margin:0 0 8px}
h2{font-size:1.3rem;margin:32px 0 12px;padding-bottom:4px;border-bottom:1px solid var(--line)}
h3{font-size:1.1rem;margin:20px 0 8px}
h4{font-size:1rem;margin:16px 0 6px}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:0}
dt{font-weight:600}
dd{margin:0}
.lang-toggle{float:right;display:flex;gap:4px}
.lang-toggle button{font:inherit;padding:4px 10px;border:1px solid var(--bar);background:var(--bg);color:var(--bar);border-radius:4px;cursor:pointer}
.lang-toggle button[aria-pressed="true"]{background:var(--bar);color:#fff}
nav ol{margin:0;padding-left:20px}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(480px,1fr));gap:12px}
figure{margin:0 0 12px;break-inside:avoid}
figcaption{font-size:.9rem;color:var(--muted)}
svg.chart{width:100%;max-width:560px;height:auto;font-size:14px;overflow:visible}
svg .bar{fill:var(--bar)}
svg .bar-label,svg .bar-value{fill:var(--ink)}
svg .bar-empty{fill:var(--muted);font-style:italic}
svg .marker{stroke:var(--marker);stroke-width:2;stroke-dasharray:5 3}
svg .marker-label{fill:var(--marker);font-size:12px}
.progress-item{border:1px solid var(--line);border-radius:6px;padding:12px 16px;margin-bottom:12px;break-inside:avoid}
.progress-item dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px}
.where{color:var(--muted);margin:0 0 6px}
.badge{display:inline-block;font-size:.85rem;font-weight:600;padding:2px 8px;border-radius:10px;border:1px solid currentColor;vertical-align:middle}
.status-met{color:#1b6e3a;background:#e5f4ea}
.status-not_met{color:#9b1c2c;background:#fbe9eb}
.status-on_track{color:#7a5200;background:#fff4d6}
.status-no_data,.status-not_quantified{color:#4a5562;background:var(--soft)}
.unconfirmed{display:inline-block;margin:4px 0;padding:2px 8px;border:2px dashed #9b5b00;color:#7a4800;background:#fff4d6;font-weight:700}
.target-note{font-size:.9rem;color:var(--muted)}
.muted,.no-data{color:var(--muted);font-style:italic}
table{border-collapse:collapse;width:100%;margin:8px 0 20px;font-size:.95rem}
caption{text-align:left;font-weight:600;padding:4px 0}
th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{background:var(--soft)}
td .figure{font-variant-numeric:tabular-nums}
ul.notes{padding-left:20px}
ul.notes li{margin-bottom:8px}
ul.notes p{margin:0}
footer{margin-top:32px;font-size:.85rem;color:var(--muted)}
.print-header{display:none}
.key-figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:12px}
.key-card{border:1px solid var(--line);border-left:4px solid var(--bar);border-radius:6px;padding:8px 14px;break-inside:avoid}
.key-card h3{margin:4px 0 6px}
.key-card ul{list-style:none;margin:0;padding:0}
.key-card li{margin:4px 0}
.key-card .figure.key{font-size:1.15rem}
.qualifier{font-size:.8rem;color:var(--muted)}
.reason{margin:6px 0;padding:6px 10px;background:var(--soft);border-radius:4px;font-weight:600}
.change{white-space:nowrap}
.change .arrow{font-weight:700}
.change-none{color:var(--muted);font-style:italic;white-space:normal}
.marking{position:sticky;top:0;z-index:10;margin:0 0 12px;padding:6px 12px;border:3px solid #9b1c2c;background:#fbe9eb;color:#9b1c2c;font-weight:800;letter-spacing:.08em;text-align:center}
@page{size:A4;margin:18mm 15mm}
@media print{
  body{max-width:none;padding:0;font-size:10.5pt}
  .lang-toggle,nav{display:none}
  .charts{display:block}
  .badge,.unconfirmed,th,svg .bar{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  .marking{display:none}
  .print-header{display:block;font-size:8.5pt;color:var(--muted);border-bottom:1px solid var(--line);padding-bottom:2px;margin-bottom:4mm}
  main>section+section{break-before:page}
  h2,h3,h4,caption{break-after:avoid}
  figure,svg.chart,.key-card,.progress-item,tr,p.unknown-only{break-inside:avoid}
  thead{display:table-header-group}
}
`;

/** Text as a quoted CSS string, safe inside a `<style>` element. */
export function cssString(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\n\r\f]/g, '\\a ')
    .replace(/</g, '\\3c ')
    .replace(/>/g, '\\3e ');
  return `"${escaped}"`;
}

/** What every printed page carries in its margins, in one language. */
export interface PrintMargins {
  /** Top left: the report's title and period. */
  readonly heading: string;
  /** Top right: the areas (province) of the report. */
  readonly area: string;
  /** Bottom left: the privacy profile. */
  readonly profile: string;
  /** Bottom right, before the page number: `Trang` / `Page`. */
  readonly page: string;
}

/**
 * Header and footer of every printed A4 page, in the language shown when printing: a named page per language
 * (`vntip-vi`, `vntip-en`) whose margin boxes hold the title and period, the area, the privacy profile and
 * `Trang 2/7`.
 */
export function printMarginStyles(margins: Readonly<Record<'vi' | 'en', PrintMargins>>): string {
  const box = 'font-size:7.5pt;color:#5b6773';
  const page = (locale: 'vi' | 'en') => {
    const m = margins[locale];
    return `@page vntip-${locale}{@top-left{content:${cssString(m.heading)};${box}}@top-right{content:${cssString(m.area)};${box}}@bottom-left{content:${cssString(m.profile)};${box}}@bottom-right{content:${cssString(`${m.page} `)} counter(page) "/" counter(pages);${box}}}`;
  };
  return `
html[data-locale="vi"] body{page:vntip-vi}
html[data-locale="en"] body{page:vntip-en}
${page('vi')}
${page('en')}
`;
}

/**
 * Print rules of an internal report: the marking in the top and bottom margin of every printed page (page-margin
 * boxes, which Chromium prints), and in the print header above the first page's content.
 */
export const INTERNAL_PRINT_STYLES = `
@media print{.print-header strong{color:#9b1c2c;font-weight:800;letter-spacing:.08em}}
@page{margin:20mm 15mm;@top-center{content:${JSON.stringify(INTERNAL_MARKING)};color:#9b1c2c;font-weight:800;font-size:11pt;letter-spacing:.08em}@bottom-center{content:${JSON.stringify(INTERNAL_MARKING)};color:#9b1c2c;font-weight:800;font-size:9pt}}
`;
