import type { BilingualText } from '@vntip/core';
import { escapeHtml } from './escape-html';

/**
 * Both languages of a text as sibling elements with `lang` attributes; the page's stylesheet shows the one of the
 * current locale. Text is escaped.
 */
export function bilingual(text: BilingualText, tag = 'span'): string {
  return `<${tag} lang="vi">${escapeHtml(text.vi)}</${tag}><${tag} lang="en">${escapeHtml(text.en)}</${tag}>`;
}

/** The same inside SVG `<text>`: one `<tspan>` per language. */
export function bilingualTspans(text: BilingualText): string {
  return bilingual(text, 'tspan');
}

/** Joins bilingual texts per language, e.g. a label made of several breakdown values. */
export function joinBilingual(parts: readonly BilingualText[], separator: string): BilingualText {
  return {
    vi: parts.map((part) => part.vi).join(separator),
    en: parts.map((part) => part.en).join(separator),
  };
}
