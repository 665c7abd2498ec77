// A date such as 03/05/2024 reads as 3 May day first (as Vietnamese reports write it) and as 5 March month first (as
// LibreOffice and Excel write it in English (US)). Nothing in one such cell tells the two apart, so a table's dates are
// watched together: one that can only be month first (03/25/2024), or dates in LibreOffice's English (US) default
// form MM/DD/YY, with no date that can only be day first, make the table's dates doubtful and say so once.
import { quoteValue, type SourceLocation } from '@vntip/core';
import type { ReadContext } from '../read-context';

/** d/m/y written with `/`, `.` or `-`, the year in two or four digits. */
const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;
/** LibreOffice's default short date in English (US): two digits each, slashes. */
const LIBREOFFICE_EN_US = /^\d{2}\/\d{2}\/\d{2}$/;

type CellLocation = Omit<SourceLocation, 'file'>;

/** Watches the written dates of one table (a CSV file or a worksheet) for a month-first order. */
export class DateOrderWatch {
  private dayFirst = 0;
  private ambiguous = 0;
  private evidence: { text: string; location: CellLocation } | undefined;

  /** Notes one date cell as written. */
  observe(text: string, location: CellLocation): void {
    const match = DAY_MONTH_YEAR.exec(text);
    if (!match) return;
    const first = Number(match[1]);
    const second = Number(match[2]);
    if (first > 12) this.dayFirst++;
    else if (second > 12) this.evidence ??= { text, location };
    else {
      this.ambiguous++;
      if (LIBREOFFICE_EN_US.test(text)) this.evidence ??= { text, location };
    }
  }

  /** Reports `date_order_ambiguous` once when the dates seen look month first and none proves them day first. */
  report(context: ReadContext): void {
    if (this.dayFirst > 0 || !this.evidence) return;
    const { text, location } = this.evidence;
    context.report('date_order_ambiguous', {
      location,
      params: {
        column: location.column ?? '',
        example: quoteValue(text, context.locale),
        cell: location.cell ?? '',
        ambiguous: this.ambiguous,
      },
    });
  }
}
