import { CODELISTS } from '@vntip/schema';

// The two code-list lookups the victim breakdowns need, as SQL statements creating small DuckDB tables from the same
// code lists the library reads: purpose → SDG 16.2.2 form of exploitation, and the CTDC age bins.

const FORM_BY_ICTIP: Readonly<Record<string, string>> = {
  VC_HTF_DETVSX: 'SEXUAL_EXPLOITATION',
  VC_HTF_DETVFL: 'FORCED_LABOUR',
  VC_HTF_DETVOG: 'ORGAN_REMOVAL',
  VC_HTF_DETVOP: 'OTHER',
};
const FORM_BY_CTDC: Readonly<Record<string, string>> = {
  isSexualExploit: 'SEXUAL_EXPLOITATION',
  isForcedLabour: 'FORCED_LABOUR',
  isOtherExploit: 'OTHER',
};

const text = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** `CREATE TABLE purpose_form(purpose, form)` and `CREATE TABLE age_bin(code, lo, hi)` statements. */
export function codelistTables(): string[] {
  const forms = (CODELISTS.purpose?.rows ?? []).map((row) => {
    const form = FORM_BY_ICTIP[row.ictip ?? ''] ?? FORM_BY_CTDC[row.ctdc ?? ''] ?? 'UNKNOWN';
    return `(${text(row.code)}, ${text(form)})`;
  });
  const bins = (CODELISTS.ageBand?.rows ?? []).flatMap((row) => {
    const bounds = /^AGE_(\d+)_(\d+|PLUS)$/.exec(row.code);
    if (!row.ctdc || !bounds) return [];
    return [`(${text(row.code)}, ${bounds[1]}, ${bounds[2] === 'PLUS' ? '1e9' : bounds[2]})`];
  });
  return [
    `CREATE TABLE purpose_form AS SELECT * FROM (VALUES ${forms.join(', ')}) AS t(purpose, form)`,
    `CREATE TABLE age_bin AS SELECT code, lo::DOUBLE AS lo, hi::DOUBLE AS hi FROM (VALUES ${bins.join(', ')}) AS t(code, lo, hi)`,
  ];
}
