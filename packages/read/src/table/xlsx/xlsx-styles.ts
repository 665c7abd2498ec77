// The styles part, reduced to what reading needs: which cell formats (`s` of a cell) show numbers as dates.
import type { XlsxParts } from './xlsx-parts';
import { attribute, scanPart } from './xlsx-xml-scanner';

/** Built-in number formats that show dates or times (ECMA-376 §18.8.30). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/**
 * True when a number format code shows a date or time: a y, m, d, h or s token (or b, the Buddhist year) outside
 * quoted text, `[…]` sections (colours, locales, elapsed-time brackets aside) and backslash-escaped characters.
 */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '');
  return /[ymdhsbYMDHS]/.test(bare.replace(/General/gi, ''));
}

/** Which cell format indexes are dates. */
export class XlsxStyles {
  constructor(private readonly dates: ReadonlySet<number>) {}

  /** True when cells of style index `s` show their number as a date. */
  isDate(style: number): boolean {
    return this.dates.has(style);
  }
}

/** Reads `cellXfs` and custom `numFmts` from the styles part; no part means no date formats. */
export function readStyles(parts: XlsxParts, part: string | undefined): XlsxStyles {
  if (!part || !parts.has(part)) return new XlsxStyles(new Set());
  const custom = new Map<number, string>();
  const formats: number[] = [];
  let inCellXfs = false;
  let depth = 0;
  scanPart(
    parts.text(part),
    {
      wantsText: false,
      open(name, attributes, selfClosing) {
        if (name === 'numFmt') {
          const pairs = attributes();
          const id = Number(attribute(pairs, 'numFmtId'));
          if (Number.isInteger(id)) custom.set(id, attribute(pairs, 'formatCode') ?? '');
        } else if (name === 'cellXfs') {
          inCellXfs = !selfClosing;
          depth = 0;
        } else if (inCellXfs) {
          if (depth === 0 && name === 'xf') {
            const id = Number(attribute(attributes(), 'numFmtId') ?? 0);
            formats.push(Number.isInteger(id) ? id : 0);
          }
          depth++;
        }
      },
      close(name) {
        if (!inCellXfs) return;
        if (depth > 0) depth--;
        else if (name === 'cellXfs') inCellXfs = false;
      },
      text() {},
    },
    part,
  );
  const dates = new Set<number>();
  formats.forEach((id, index) => {
    const code = custom.get(id);
    if (code !== undefined ? isDateFormat(code) : BUILT_IN_DATE_FORMATS.has(id)) dates.add(index);
  });
  return new XlsxStyles(dates);
}
