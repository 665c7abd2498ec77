// The linkage attack: an attacker who knows a victim's attributes (sex, age, residence, nationality, destination,
// the months of their dealings with agencies) reads every table of an export, links rows on every identifier and on
// every rare value (one held by fewer than k rows), and asks which persons each row, and each linked set of rows,
// could be about. A person is re-identified when some row or linked set fits them and fewer than k persons in all.
// Written apart from the defence: it knows the formats' columns, not the de-identifier's code.
import { CODELISTS, CTDC_AGE_BINS } from '@vntip/schema';
import type { Table } from './read-export';
import type { Background } from './synthetic-population';

/** What the attack found. */
export interface JoinAttackResult {
  /** Persons narrowed to fewer than k candidates. */
  readonly reidentified: readonly string[];
  /** Of them, the planted ones. */
  readonly planted: readonly string[];
  /** Rows read from tables about persons. */
  readonly rows: number;
  /** Sets of rows linked through an identifier or a rare value. */
  readonly linkedSets: number;
  /** The fewest persons any row or linked set fits, among those that fit someone: k on the joined view. */
  readonly smallestClass: number | null;
}

/** Runs the attack over `tables` against the persons of `population`, with threshold k. */
export function joinAttack(
  tables: readonly Table[],
  persons: readonly Background[],
  k: number,
  referenceYear = 2024,
): JoinAttackResult {
  const rows = tables.filter(isAboutPersons).flatMap((table) => table.rows);
  const words = Math.ceil(persons.length / 32);
  const fits = rows.map((row) => {
    const claims = claimsOf(row);
    const set = new Uint32Array(words);
    persons.forEach((person, i) => {
      if (claims.every((claim) => claim(person, referenceYear)))
        set[i >> 5] = (set[i >> 5] ?? 0) | (1 << (i & 31));
    });
    return set;
  });
  // Links: identifier values (any frequency) join all their rows; rare values join their rows pairwise.
  const byValue = new Map<string, number[]>();
  const byIdentifier = new Map<string, number[]>();
  rows.forEach((row, i) => {
    for (const [column, value] of row) {
      const list = isIdentifierColumn(column) ? byIdentifier : byValue;
      const key = value.trim();
      if (key === '') continue;
      list.set(key, [...(list.get(key) ?? []), i]);
    }
  });
  const sets: number[][] = rows.map((_, i) => [i]);
  const parent = rows.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x] as number] as number;
    return x;
  };
  for (const members of byIdentifier.values())
    for (const member of members.slice(1)) parent[find(member)] = find(members[0] as number);
  const components = new Map<number, number[]>();
  for (let i = 0; i < rows.length; i++)
    components.set(find(i), [...(components.get(find(i)) ?? []), i]);
  let linkedSets = 0;
  for (const members of components.values())
    if (members.length > 1) {
      sets.push(members);
      linkedSets++;
    }
  for (const members of byValue.values()) {
    const distinct = [...new Set(members)];
    if (distinct.length < 2 || distinct.length >= k) continue;
    for (let a = 0; a < distinct.length; a++)
      for (let b = a + 1; b < distinct.length; b++) {
        sets.push([distinct[a] as number, distinct[b] as number]);
        linkedSets++;
      }
  }
  const found = new Set<string>();
  let smallest: number | null = null;
  for (const members of sets) {
    const set = Uint32Array.from(fits[members[0] as number] ?? []);
    for (const member of members.slice(1)) {
      const other = fits[member] as Uint32Array;
      for (let w = 0; w < words; w++) set[w] = (set[w] ?? 0) & (other[w] ?? 0);
    }
    const size = set.reduce((n, word) => n + popcount(word), 0);
    if (size === 0) continue;
    smallest = smallest === null ? size : Math.min(smallest, size);
    if (size >= k) continue;
    persons.forEach((person, i) => {
      if (((set[i >> 5] ?? 0) >>> (i & 31)) & 1) found.add(person.id);
    });
  }
  const reidentified = [...found].sort();
  return {
    reidentified,
    planted: reidentified.filter((id) => persons.find((p) => p.id === id)?.planted),
    rows: rows.length,
    linkedSets,
    smallestClass: smallest,
  };
}

// --- Internal helpers ---

type Claim = (person: Background, referenceYear: number) => boolean;

const PERSON_COLUMNS = /^(personId|sex|birthYear|ageBand|vntip_PersonId|gender|prs_Gender)$/;

/** Tables about persons: those with a person's attributes or a person identifier among their columns. */
function isAboutPersons(table: Table): boolean {
  return table.rows.some((row) => [...row.keys()].some((column) => PERSON_COLUMNS.test(column)));
}

function isIdentifierColumn(column: string): boolean {
  return /(^|\.)(id|personId|accompaniesPersonId)$|^vntip_(PersonId|RecordId)$/.test(column);
}

function popcount(word: number): number {
  let n = word - ((word >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

const SEX: Readonly<Record<string, string>> = {
  FEMALE: 'FEMALE',
  Female: 'FEMALE',
  Woman: 'FEMALE',
  MALE: 'MALE',
  Male: 'MALE',
  Man: 'MALE',
  OTHER: 'OTHER',
  'Trans/Transgender/NonConforming': 'OTHER',
};

const ALPHA3: Readonly<Record<string, string>> = {
  VNM: 'VN',
  LAO: 'LA',
  KHM: 'KH',
  CHN: 'CN',
  THA: 'TH',
  MYS: 'MY',
};

/** Ages an age-band code or CTDC label stands for. */
function ageRange(value: string): readonly [number, number] | undefined {
  if (value === 'UNDER_18') return [0, 17];
  if (value === 'ADULT_18_PLUS') return [18, 200];
  const code = (CODELISTS.ageBand?.rows ?? []).find((row) => row.ctdc === value)?.code ?? value;
  const bin = CTDC_AGE_BINS.find((b) => b.code === code);
  return bin ? [bin.from, bin.to] : undefined;
}

/** What a row says about the person it is about, as tests on a person's attributes. */
function claimsOf(row: ReadonlyMap<string, string>): Claim[] {
  const claims: Claim[] = [];
  for (const [column, value] of row) {
    const field = column.split('.').at(-1) ?? column;
    if (column === 'sex' || column === 'prs_Gender' || column === 'gender') {
      const sex = SEX[value];
      if (sex) claims.push((p) => p.sex === sex);
    } else if (column === 'birthYear') {
      claims.push((p) => String(p.birthYear) === value);
    } else if (column === 'ageBand' || column === 'ageBroad') {
      const range = ageRange(value);
      if (range)
        claims.push((p, year) => {
          const age = year - p.birthYear;
          return age + 1 >= range[0] && age - 1 <= range[1];
        });
    } else if (
      column === 'nationality' ||
      column === 'prs_Citizenship' ||
      column === 'citizenship'
    ) {
      const code = ALPHA3[value] ?? value;
      claims.push((p) => p.nationality === code);
    } else if (
      column === 'destinationCountry' ||
      column === 'hte_Country' ||
      column === 'CountryOfExploitation'
    ) {
      const code = ALPHA3[value] ?? value;
      claims.push((p) => p.destination === code);
    } else if (column === 'domestic' && value === 'true') {
      claims.push((p) => p.destination === 'VN');
    } else if (column === 'prs_MailingState') {
      const province = /-(\d{2})$/.exec(value)?.[1];
      if (province) claims.push((p) => p.province === province);
    } else if (/date$/i.test(field) && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) {
      claims.push((p) => p.dates.some((date) => date.startsWith(value)));
    } else if (column === 'yearOfRegistration' && /^\d{4}$/.test(value)) {
      claims.push((p) => p.dates.some((date) => date.startsWith(value)));
    }
  }
  // Residence: a district or a province, as written.
  const level = row.get('residence.level');
  const code = row.get('residence.code');
  const province = row.get('residence.provinceCode');
  if (level === 'district' && code)
    claims.push((p) => p.district === code && (province === undefined || p.province === province));
  else if (level === 'province' && code) claims.push((p) => p.province === code);
  return claims;
}
