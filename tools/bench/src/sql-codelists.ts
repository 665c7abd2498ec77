import { CODELISTS, CTDC_AGE_BINS, formOfExploitation } from '@vntip/schema';

// The two code-list lookups the victim breakdowns need, as SQL statements creating small DuckDB tables from the same
// code lists the library reads: purpose → SDG 16.2.2 form of exploitation, and the CTDC age bins.

const text = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** `CREATE TABLE purpose_form(purpose, form)` and `CREATE TABLE age_bin(code, lo, hi)` statements. */
export function codelistTables(): string[] {
  const forms = (CODELISTS.purpose?.rows ?? []).map(
    (row) => `(${text(row.code)}, ${text(formOfExploitation(row.code))})`,
  );
  const bins = CTDC_AGE_BINS.map(
    (bin) => `(${text(bin.code)}, ${bin.from}, ${Number.isFinite(bin.to) ? bin.to : '1e9'})`,
  );
  return [
    `CREATE TABLE purpose_form AS SELECT * FROM (VALUES ${forms.join(', ')}) AS t(purpose, form)`,
    `CREATE TABLE age_bin AS SELECT code, lo::DOUBLE AS lo, hi::DOUBLE AS hi FROM (VALUES ${bins.join(', ')}) AS t(code, lo, hi)`,
  ];
}
