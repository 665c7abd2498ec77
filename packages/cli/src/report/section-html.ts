import type { BilingualText } from '@vntip/core';
import { bilingual } from './bilingual-html';
import { escapeHtml } from './escape-html';

/** A top-level report section with its bilingual `<h2>`; `id` is its anchor in the contents list. */
export function sectionHtml(id: string, heading: BilingualText, body: string): string {
  const headingId = `${id}-heading`;
  return `<section id="${escapeHtml(id)}" aria-labelledby="${escapeHtml(headingId)}"><h2 id="${escapeHtml(headingId)}">${bilingual(heading)}</h2>${body}</section>`;
}

/** A table with bilingual column headings; cells are HTML already escaped by the caller. */
export function tableHtml(
  caption: BilingualText,
  headings: readonly BilingualText[],
  rows: readonly (readonly string[])[],
): string {
  const head = headings.map((heading) => `<th scope="col">${bilingual(heading)}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`);
  return `<table><caption>${bilingual(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}
