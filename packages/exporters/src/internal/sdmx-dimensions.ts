// A date range as an SDMX time period.

/**
 * The SDMX time period of an inclusive date range: a calendar year `2024`, half `2024-S1`, quarter `2024-Q1`,
 * month `2024-01`, day `2024-01-05`; any other range as SDMX's start/duration, `2024-01-05/P45D`.
 */
export function timePeriod(start: string, end: string): string {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const last = (month: number) => lastDay(y, month);
  const sameYear = end.slice(0, 4) === start.slice(0, 4);
  if (start === end) return start;
  if (sameYear && d === 1) {
    const endMonth = Number(end.slice(5, 7));
    const endDay = Number(end.slice(8, 10));
    if (endDay === last(endMonth)) {
      const months = endMonth - m + 1;
      if (months === 12 && m === 1) return String(y);
      if (months === 6 && (m === 1 || m === 7)) return `${y}-S${m === 1 ? 1 : 2}`;
      if (months === 3 && (m - 1) % 3 === 0) return `${y}-Q${(m - 1) / 3 + 1}`;
      if (months === 1) return start.slice(0, 7);
    }
  }
  const days =
    Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) +
    1;
  return `${start}/P${days}D`;
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
