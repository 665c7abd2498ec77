import type { RiskReport } from '@vntip/core';

/** The risk report with its short vi/en summary written from the figures. */
export function summarizeRisk(report: Omit<RiskReport, 'summary'>): RiskReport {
  const { profile, records, fieldsDropped, keyId, k, kAchieved, smallCells } = report;
  const vi: string[] = [`Hồ sơ ${profile}: ${records.in} bản ghi vào, ${records.out} bản ghi ra`];
  const en: string[] = [`Profile ${profile}: ${records.in} records in, ${records.out} out`];
  if (records.generalised > 0 || records.suppressed > 0) {
    vi.push(`${records.generalised} được khái quát hóa, ${records.suppressed} bị loại`);
    en.push(`${records.generalised} generalised, ${records.suppressed} withheld`);
  }
  if (k !== undefined) {
    vi.push(
      `k mục tiêu ${k}, k đạt được ${kAchieved ?? 'không có (không bản ghi nào được công bố)'}`,
    );
    en.push(`target k ${k}, k achieved ${kAchieved ?? 'none (no record released)'}`);
  }
  const removed = fieldsDropped.reduce((sum, field) => sum + field.count, 0);
  if (removed > 0) {
    vi.push(`${removed} giá trị bị bỏ ở ${fieldsDropped.length} trường`);
    en.push(`${removed} values removed from ${fieldsDropped.length} fields`);
  }
  if (smallCells) {
    const hidden = smallCells.suppressed + smallCells.complementary;
    vi.push(
      smallCells.method === 'suppress'
        ? `${hidden} ô số liệu nhỏ bị ẩn (ngưỡng ${smallCells.threshold})`
        : `${smallCells.rounded} ô được làm tròn xuống bội số của ${smallCells.threshold}`,
    );
    en.push(
      smallCells.method === 'suppress'
        ? `${hidden} small cells withheld (threshold ${smallCells.threshold})`
        : `${smallCells.rounded} cells rounded down to multiples of ${smallCells.threshold}`,
    );
  }
  const highest = (report.risk ?? []).reduce<number | null>((max, table) => {
    const risk = table.prosecutorRisk.after?.max;
    return risk === undefined ? max : Math.max(max ?? 0, risk);
  }, null);
  if (highest !== null) {
    vi.push(`rủi ro tái nhận diện cao nhất ${highest}`);
    en.push(`highest re-identification risk ${highest}`);
  }
  if (keyId) {
    vi.push(`mã bí danh theo khóa ${keyId}`);
    en.push(`pseudonyms under key ${keyId}`);
  }
  return { ...report, summary: { vi: `${vi.join('; ')}.`, en: `${en.join('; ')}.` } };
}
