import type { BilingualText, ProsecutorRisk, TableRisk } from '@vntip/core';

/** A sensitive attribute whose diversity is measured per class: its name and its value in a row. */
export interface SensitiveAttribute<Row> {
  readonly name: string;
  /** The value compared; undefined when the row has none (not counted as a value). */
  value(row: Row): unknown;
}

/** What `measureRisk` compares: the rows as recorded and as released, and how to read them. */
export interface RiskInput<Row> {
  readonly table: string;
  /** Rows before de-identification (quasi-identifiers as recorded). */
  readonly before: readonly Row[];
  /** Rows released. */
  readonly after: readonly Row[];
  /** Names of the quasi-identifiers, for the report. */
  readonly quasiIdentifiers: readonly string[];
  /** The class a row belongs to: its quasi-identifier values. */
  classOf(row: Row): string;
  /** Whom a row is about. @default each row its own person */
  readonly subjectOf?: (row: Row, index: number, released: boolean) => string;
  readonly sensitive?: readonly SensitiveAttribute<Row>[];
}

/**
 * Measures re-identification risk as ARX and sdcMicro do: classes of rows sharing every quasi-identifier value,
 * sized in distinct persons; sample uniques (combinations held by one person), prosecutor risk (1 / class size: the
 * highest, and the mean over rows) before and after, and distinct l-diversity (the fewest distinct values of each
 * sensitive attribute in any released class).
 * @example
 * const risk = measureRisk({ table: 'person', before, after, quasiIdentifiers: ['age', 'sex'], classOf: (r) => `${r.ageBand}|${r.sex}` });
 */
export function measureRisk<Row>(input: RiskInput<Row>): TableRisk {
  const subject = input.subjectOf ?? ((_row: Row, index: number) => String(index));
  const before = classes(input.before, input.classOf, (row, i) => subject(row, i, false));
  const after = classes(input.after, input.classOf, (row, i) => subject(row, i, true));
  const lDiversity = (input.sensitive ?? []).map((attribute) => {
    let l = Number.POSITIVE_INFINITY;
    for (const rows of after.rows.values()) {
      const values = new Set<string>();
      for (const row of rows) {
        const value = attribute.value(row);
        if (value !== undefined) values.add(JSON.stringify(value));
      }
      l = Math.min(l, values.size);
    }
    return { attribute: attribute.name, l: Number.isFinite(l) ? l : 0 };
  });
  return {
    table: input.table,
    records: input.after.length,
    persons: after.persons,
    quasiIdentifiers: input.quasiIdentifiers,
    sampleUniques: { before: before.uniques, after: after.uniques },
    prosecutorRisk: { before: before.risk, after: after.risk },
    lDiversity,
  };
}

/** The vi/en warning of a table whose l-diversity is below 2 for some attribute, or undefined. */
export function lDiversityWarning(risk: TableRisk): BilingualText | undefined {
  const low = risk.lDiversity.filter((entry) => entry.l < 2 && risk.records > 0);
  if (low.length === 0) return undefined;
  const names = low.map((entry) => `${entry.attribute} (l = ${entry.l})`).join(', ');
  return {
    vi: `Bảng ${risk.table}: l-đa dạng dưới 2 ở ${names}. Trong ít nhất một nhóm, mọi người có cùng giá trị, nên ai biết một người thuộc nhóm đó sẽ biết giá trị của họ. Hãy gộp thêm dữ liệu hoặc bỏ thuộc tính này trước khi công bố.`,
    en: `Table ${risk.table}: l-diversity below 2 for ${names}. In at least one class everyone shares the value, so whoever knows a person is in that class learns it. Add data or drop the attribute before publishing.`,
  };
}

// --- Internal helpers ---

function classes<Row>(
  rows: readonly Row[],
  classOf: (row: Row) => string,
  subject: (row: Row, index: number) => string,
) {
  const byClass = new Map<string, { rows: Row[]; subjects: Set<string> }>();
  const everyone = new Set<string>();
  rows.forEach((row, i) => {
    const key = classOf(row);
    const entry = byClass.get(key) ?? { rows: [], subjects: new Set<string>() };
    entry.rows.push(row);
    const who = subject(row, i);
    entry.subjects.add(who);
    everyone.add(who);
    byClass.set(key, entry);
  });
  let uniques = 0;
  let max = 0;
  let sum = 0;
  for (const { rows: members, subjects } of byClass.values()) {
    if (subjects.size === 1) uniques++;
    const risk = 1 / subjects.size;
    max = Math.max(max, risk);
    sum += risk * members.length;
  }
  const risk: ProsecutorRisk | null =
    rows.length === 0 ? null : { max: round(max), average: round(sum / rows.length) };
  return {
    uniques,
    persons: everyone.size,
    risk,
    rows: new Map([...byClass].map(([key, entry]) => [key, entry.rows])),
  };
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
