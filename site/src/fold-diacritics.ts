/**
 * A search term in lower case without its diacritics: "Người" → "nguoi", "Đà" → "da". NFD splits each letter from its
 * marks, which are dropped; đ has no decomposition and is mapped by hand. The site's search runs it on the index and
 * on every query. VitePress sends it to the browser as its source text, so it must use nothing from outside its body.
 */
export const foldDiacritics = (term: string): string =>
  term.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
