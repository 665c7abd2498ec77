// Classifies every difference between two versions of the standard (JSON Schemas and codelist CSVs) as the change a
// data publisher or consumer feels: MAJOR breaks data or programs written for the earlier version, MINOR adds what
// earlier data never used, PATCH changes only words. docs/standard/versioning.md states the policy this encodes.

/** How far a change reaches; the order matters: a higher class needs a larger version step. */
export type ChangeClass = 'patch' | 'minor' | 'major';

const CLASS_RANK: Readonly<Record<ChangeClass | 'none', number>> = {
  none: 0,
  patch: 1,
  minor: 2,
  major: 3,
};

/** One classified difference. */
export interface SchemaChange {
  readonly class: ChangeClass;
  /** The schema file or `codelists/<name>.csv`. */
  readonly file: string;
  /** JSON Pointer inside the schema, or the code of a codelist row. */
  readonly path: string;
  /** What changed, as a sentence. */
  readonly what: string;
}

/** A codelist as its CSV holds it. */
export interface CodelistTable {
  readonly columns: readonly string[];
  readonly rows: readonly Readonly<Record<string, string>>[];
}

/** One version of the standard: schema files by name, codelists by name. */
export interface StandardVersionFiles {
  readonly schemas: ReadonlyMap<string, unknown>;
  readonly codelists: ReadonlyMap<string, CodelistTable>;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Keywords that only carry words for people: a change to them is PATCH. */
const WORDS = new Set([
  'title',
  'description',
  'i18n',
  'examples',
  '$comment',
  'formerTitles',
  'default',
]);
/** Keywords whose value may only grow: a larger lower bound narrows what is valid. */
const LOWER_BOUNDS = new Set([
  'minimum',
  'exclusiveMinimum',
  'minLength',
  'minItems',
  'minProperties',
]);
const UPPER_BOUNDS = new Set([
  'maximum',
  'exclusiveMaximum',
  'maxLength',
  'maxItems',
  'maxProperties',
]);
/** Subschema maps: their keys name properties or definitions. */
const SCHEMA_MAPS = new Set(['properties', '$defs', 'patternProperties', 'dependentSchemas']);
/** Keywords holding one subschema. */
const SUBSCHEMAS = new Set(['items', 'contains', 'propertyNames', 'not', 'if', 'then', 'else']);
/** Keywords holding boolean-or-schema where absence means `true`. */
const OPEN_BY_DEFAULT = new Set([
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
]);
/** Keywords handled by the walk, not by the generic "anything else" rule. */
const HANDLED = new Set([
  ...WORDS,
  ...LOWER_BOUNDS,
  ...UPPER_BOUNDS,
  ...SCHEMA_MAPS,
  ...SUBSCHEMAS,
  ...OPEN_BY_DEFAULT,
  '$id',
  '$schema',
  '$ref',
  'type',
  'enum',
  'const',
  'required',
  'pattern',
  'format',
  'uniqueItems',
  'oneOf',
  'anyOf',
  'allOf',
  'sensitivity',
  'openCodelist',
  'deprecation',
]);

/** Codelist columns that carry only words. */
const WORD_COLUMN = /^(label|description|note)/i;
/** The columns every codelist has (tools/codegen's load-standard); the others map codes to other standards. */
const CORE_COLUMNS = new Set([
  'code',
  'labelVi',
  'labelEn',
  'descriptionVi',
  'descriptionEn',
  'deprecated',
  'status',
]);

/** Every difference between `base` and `head`, classified. */
export function diffStandard(
  base: StandardVersionFiles,
  head: StandardVersionFiles,
): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const open = new Map([...openCodelists(base.schemas), ...openCodelists(head.schemas)]);
  const codelists: Codelists = {
    open,
    csv: new Set([...base.codelists.keys(), ...head.codelists.keys()]),
  };
  for (const file of union(base.schemas.keys(), head.schemas.keys())) {
    const before = base.schemas.get(file) as Json | undefined;
    const after = head.schemas.get(file) as Json | undefined;
    if (before === undefined)
      changes.push({ class: 'minor', file, path: '', what: 'schema file added' });
    else if (after === undefined)
      changes.push({ class: 'major', file, path: '', what: 'schema file removed' });
    else
      walk(before, after, {
        file,
        path: '',
        changes,
        codelistDefs: file === CODELISTS_SCHEMA,
        codelists,
      });
  }
  for (const name of union(base.codelists.keys(), head.codelists.keys())) {
    diffCodelist(
      name,
      base.codelists.get(name),
      head.codelists.get(name),
      open.get(name) ?? false,
      changes,
    );
  }
  return changes;
}

/** The highest class among `changes`, or `none` when there are none. */
export function highestClass(changes: readonly SchemaChange[]): ChangeClass | 'none' {
  let highest: ChangeClass | 'none' = 'none';
  for (const change of changes)
    if (CLASS_RANK[change.class] > CLASS_RANK[highest]) highest = change.class;
  return highest;
}

/** The step between two semantic versions (`1.0.0` → `1.1.0` is `minor`); `none` when equal, `backwards` when lower. */
export function versionStep(from: string, to: string): ChangeClass | 'none' | 'backwards' {
  const a = parseVersion(from);
  const b = parseVersion(to);
  for (const [i, step] of (['major', 'minor', 'patch'] as const).entries()) {
    const [x = 0, y = 0] = [a[i], b[i]];
    if (y > x) return step;
    if (y < x) return 'backwards';
  }
  return 'none';
}

/** What the gate checks a diff against. */
export interface VersionGate {
  /** The released standard version the diff starts from, e.g. `1.0.0`. */
  readonly releasedVersion: string;
  /** `STANDARD_VERSION` of the working tree. */
  readonly standardVersion: string;
  /** The bump the pending changesets give `@vntip/schema` (`none` when there is no changeset for it). */
  readonly changesetBump: ChangeClass | 'none';
}

/** Why the changes exceed the version steps of `gate`, as sentences; empty when they fit. */
export function versionGateProblems(changes: readonly SchemaChange[], gate: VersionGate): string[] {
  const needed = highestClass(changes);
  if (needed === 'none') return [];
  const problems: string[] = [];
  const step = versionStep(gate.releasedVersion, gate.standardVersion);
  if (step === 'backwards') {
    problems.push(
      `STANDARD_VERSION ${gate.standardVersion} is lower than the released standard ${gate.releasedVersion}.`,
    );
  } else if (CLASS_RANK[step] < CLASS_RANK[needed]) {
    problems.push(
      `The schemas changed by a ${needed.toUpperCase()} change since standard ${gate.releasedVersion}, but STANDARD_VERSION ${gate.standardVersion} is only a ${step === 'none' ? 'no' : step.toUpperCase()} step: raise it (packages/schema/src/standard-version.ts).`,
    );
  }
  if (CLASS_RANK[gate.changesetBump] < CLASS_RANK[needed]) {
    problems.push(
      `The schemas changed by a ${needed.toUpperCase()} change, but the pending changesets bump @vntip/schema ${gate.changesetBump === 'none' ? 'not at all' : `only by ${gate.changesetBump.toUpperCase()}`}: add a ${needed} changeset (\`pnpm changeset\`).`,
    );
  }
  return problems;
}

const CODELISTS_SCHEMA = 'codelists.schema.json';

interface Walk {
  readonly file: string;
  readonly path: string;
  readonly changes: SchemaChange[];
  /** Walking codelists.schema.json, whose `$defs` are the codelists themselves. */
  readonly codelistDefs: boolean;
  readonly codelists: Codelists;
  /** The codelist whose definition is being walked. */
  readonly codelist?: string | undefined;
}

function walk(beforeValue: Json, afterValue: Json, at: Walk): void {
  if (deepEqual(beforeValue, afterValue)) return;
  if (!isObject(beforeValue) || !isObject(afterValue)) {
    // `true`/`false` schemas, or a schema replaced by something else: compare what each accepts at the extremes.
    if (afterValue === true) add(at, '', 'minor', 'schema now accepts anything');
    else add(at, '', 'major', 'schema replaced');
    return;
  }
  let before = beforeValue;
  let after = afterValue;
  // `const: x` accepts what `enum: [x]` does: compared as enums, `const` → `enum` with more values is a widening.
  if ((before.const === undefined) !== (after.const === undefined)) {
    before = constAsEnum(before);
    after = constAsEnum(after);
  }
  for (const key of union(Object.keys(before), Object.keys(after))) {
    const a = before[key];
    const b = after[key];
    if (deepEqual(a, b)) continue;
    const here = `${at.path}/${pointerToken(key)}`;
    const sub: Walk = { ...at, path: here };
    if (WORDS.has(key)) add(sub, '', 'patch', `${key} changed`);
    else if (key === '$id') {
      if (withoutVersion(a) !== withoutVersion(b))
        add(sub, '', 'major', `$id moved to ${String(b)}`);
    } else if (key === '$schema' || key === '$vocabulary') {
      // The dialect: the VN-TIP annotations and format assertion, which the toolkit's validators applied from 1.0 on.
      if (withoutVersion(a) !== withoutVersion(b))
        add(sub, '', 'minor', `dialect changed (${key}); review what it asserts`);
    } else if (key === '$ref') {
      if (withoutVersion(a) !== withoutVersion(b))
        add(sub, '', 'major', `$ref now points at ${String(b)}`);
    } else if (SCHEMA_MAPS.has(key)) diffSchemaMap(key, a, b, after, sub);
    else if (SUBSCHEMAS.has(key)) diffSubschema(key, a, b, sub);
    else if (OPEN_BY_DEFAULT.has(key)) walk(a ?? true, b ?? true, sub);
    else if (key === 'type') diffSets(typeSet(a), typeSet(b), sub, 'type');
    else if (key === 'enum') diffEnum(a, b, sub);
    else if (key === 'required') diffRequired(a, b, before, sub);
    else if (LOWER_BOUNDS.has(key) || UPPER_BOUNDS.has(key)) diffBound(key, a, b, sub);
    else if (key === 'pattern' || key === 'format' || key === 'const')
      add(
        sub,
        '',
        b === undefined ? 'minor' : 'major',
        `${key} ${b === undefined ? 'removed' : a === undefined ? 'added' : 'changed'}`,
      );
    else if (key === 'uniqueItems')
      add(
        sub,
        '',
        b === true ? 'major' : 'minor',
        `uniqueItems ${b === true ? 'required' : 'no longer required'}`,
      );
    else if (key === 'oneOf' || key === 'anyOf' || key === 'allOf') diffBranches(key, a, b, sub);
    else if (key === 'sensitivity')
      add(
        sub,
        '',
        'minor',
        `sensitivity ${String(a ?? 'unset')} → ${String(b ?? 'unset')}: exports keep, generalise or drop the field differently`,
      );
    else if (key === 'openCodelist')
      add(
        sub,
        '',
        b === true ? 'minor' : 'major',
        b === true ? 'codelist opened' : 'codelist closed',
      );
    else if (key === 'deprecation')
      add(
        sub,
        '',
        b === undefined ? 'major' : 'minor',
        b === undefined ? 'deprecation withdrawn' : 'field deprecated',
      );
    else if (!HANDLED.has(key))
      add(
        sub,
        '',
        'major',
        `${key} changed (a keyword this check does not classify, so taken as breaking)`,
      );
  }
}

function diffSchemaMap(
  key: string,
  a: Json | undefined,
  b: Json | undefined,
  parent: JsonObject,
  at: Walk,
): void {
  const before = isObject(a) ? a : {};
  const after = isObject(b) ? b : {};
  const required = new Set(Array.isArray(parent.required) ? parent.required : []);
  for (const name of union(Object.keys(before), Object.keys(after))) {
    const sub: Walk = {
      ...at,
      path: `${at.path}/${pointerToken(name)}`,
      codelist: at.codelistDefs && key === '$defs' && at.path === '/$defs' ? name : at.codelist,
    };
    if (!(name in before)) {
      const needed = key === 'properties' && required.has(name);
      add(sub, '', needed ? 'major' : 'minor', `${noun(key)} added${needed ? ' as required' : ''}`);
    } else if (!(name in after)) add(sub, '', 'major', `${noun(key)} removed`);
    else walk(before[name] as Json, after[name] as Json, sub);
  }
}

function diffSubschema(key: string, a: Json | undefined, b: Json | undefined, at: Walk): void {
  if (a === undefined) add(at, '', 'major', `${key} added`);
  else if (b === undefined) add(at, '', 'minor', `${key} removed`);
  else if (key === 'items' || key === 'contains' || key === 'propertyNames') walk(a, b, at);
  // A changed `not`/`if`/`then`/`else` can narrow or widen; without a proof either way it is breaking.
  else add(at, '', 'major', `${key} changed`);
}

function diffSets(before: Set<string>, after: Set<string>, at: Walk, what: string): void {
  const removed = [...before].filter((v) => !after.has(v));
  const added = [...after].filter((v) => !before.has(v));
  if (removed.length > 0) add(at, '', 'major', `${what} no longer allows ${removed.join(', ')}`);
  if (added.length > 0) add(at, '', 'minor', `${what} now allows ${added.join(', ')}`);
}

function diffEnum(a: Json | undefined, b: Json | undefined, at: Walk): void {
  const before = new Set((Array.isArray(a) ? a : []).map((v) => JSON.stringify(v)));
  const after = new Set((Array.isArray(b) ? b : []).map((v) => JSON.stringify(v)));
  if (a === undefined) {
    add(at, '', 'major', 'enum added');
    return;
  }
  if (b === undefined) {
    add(at, '', 'minor', 'enum removed');
    return;
  }
  // A codelist's own definition: its codes are diffed from the CSV when there is one, and open lists grow freely.
  if (at.codelist !== undefined) {
    if (at.codelists.csv.has(at.codelist)) return;
    const open = at.codelists.open.get(at.codelist) ?? false;
    const removed = [...before].filter((v) => !after.has(v));
    const added = [...after].filter((v) => !before.has(v));
    if (removed.length > 0)
      add(
        at,
        '',
        open ? 'minor' : 'major',
        `codes removed from ${open ? 'open' : 'closed'} codelist ${at.codelist}: ${removed.join(', ')}`,
      );
    if (added.length > 0)
      add(
        at,
        '',
        open ? 'patch' : 'minor',
        `codes added to ${open ? 'open' : 'closed'} codelist ${at.codelist}: ${added.join(', ')}`,
      );
    return;
  }
  diffSets(before, after, at, 'enum');
}

function diffRequired(
  a: Json | undefined,
  b: Json | undefined,
  parent: JsonObject,
  at: Walk,
): void {
  const before = new Set((Array.isArray(a) ? a : []).map(String));
  const after = new Set((Array.isArray(b) ? b : []).map(String));
  const existing = isObject(parent.properties) ? parent.properties : {};
  for (const name of after) {
    // A property that is new and required is reported once, where it is added.
    if (!before.has(name) && name in existing) add(at, '', 'major', `${name} is now required`);
  }
  for (const name of before)
    if (!after.has(name)) add(at, '', 'minor', `${name} is no longer required`);
}

function diffBound(key: string, a: Json | undefined, b: Json | undefined, at: Walk): void {
  const lower = LOWER_BOUNDS.has(key);
  if (a === undefined) {
    add(at, '', 'major', `${key} ${String(b)} added`);
    return;
  }
  if (b === undefined) {
    add(at, '', 'minor', `${key} removed`);
    return;
  }
  const narrows = lower ? Number(b) > Number(a) : Number(b) < Number(a);
  add(at, '', narrows ? 'major' : 'minor', `${key} ${String(a)} → ${String(b)}`);
}

function diffBranches(key: string, a: Json | undefined, b: Json | undefined, at: Walk): void {
  const before = Array.isArray(a) ? a : [];
  const after = Array.isArray(b) ? b : [];
  if (a !== undefined && b !== undefined && before.length === after.length) {
    for (const [i, branch] of before.entries())
      walk(branch, after[i] as Json, { ...at, path: `${at.path}/${i}` });
    return;
  }
  const kept = (list: Json[], other: Json[]) =>
    list.filter((x) => other.some((y) => deepEqual(x, y)));
  const removed = before.length - kept(before, after).length;
  const added = after.length - kept(after, before).length;
  // More `anyOf`/`oneOf` branches accept more; more `allOf` branches accept less.
  const widen = key === 'allOf' ? 'major' : 'minor';
  const narrow = key === 'allOf' ? 'minor' : 'major';
  if (removed > 0) add(at, '', narrow, `${removed} ${key} branch(es) removed`);
  if (added > 0) add(at, '', widen, `${added} ${key} branch(es) added`);
}

function diffCodelist(
  name: string,
  before: CodelistTable | undefined,
  after: CodelistTable | undefined,
  open: boolean,
  changes: SchemaChange[],
): void {
  const file = `codelists/${name}.csv`;
  const push = (cls: ChangeClass, path: string, what: string) =>
    changes.push({ class: cls, file, path, what });
  if (before === undefined) {
    push('minor', '', 'codelist added');
    return;
  }
  if (after === undefined) {
    push('major', '', 'codelist removed');
    return;
  }
  for (const column of before.columns) {
    if (after.columns.includes(column)) continue;
    // A mapping column (to HTCDS, CTDC, SDG series…) is a crosswalk, not the code's meaning: versioning.md.
    if (CORE_COLUMNS.has(column)) push('major', '', `column ${column} removed`);
    else push('minor', '', `mapping column ${column} removed or renamed (say so in the changelog)`);
  }
  for (const column of after.columns)
    if (!before.columns.includes(column)) push('minor', '', `column ${column} added`);
  const keyColumns = rowKey(before, after);
  const id = (row: Readonly<Record<string, string>>) =>
    keyColumns.map((c) => row[c] ?? '').join(' → ');
  const rowsBefore = new Map(before.rows.map((row) => [id(row), row]));
  const rowsAfter = new Map(after.rows.map((row) => [id(row), row]));
  const kind = open ? 'open' : 'closed';
  for (const [code, row] of rowsAfter) {
    const old = rowsBefore.get(code);
    if (old === undefined) {
      push(open ? 'patch' : 'minor', code, `code added to ${kind} codelist`);
      continue;
    }
    for (const column of after.columns) {
      if (!before.columns.includes(column) || (old[column] ?? '') === (row[column] ?? '')) continue;
      if (WORD_COLUMN.test(column) || column === 'status' || /^former/i.test(column))
        push('patch', code, `${column} changed`);
      else if (column === 'deprecated')
        push(
          row[column] ? 'minor' : 'major',
          code,
          row[column] ? `deprecated from ${row[column]}` : 'deprecation withdrawn',
        );
      else push('minor', code, `${column} changed: ${old[column] ?? ''} → ${row[column] ?? ''}`);
    }
  }
  for (const code of rowsBefore.keys()) {
    if (!rowsAfter.has(code))
      push(
        open ? 'minor' : 'major',
        code,
        `code removed from ${kind} codelist (deprecate it instead)`,
      );
  }
}

/** The columns that identify a row: `code`, or else the fewest leading columns unique in both versions. */
function rowKey(before: CodelistTable, after: CodelistTable): string[] {
  if (before.columns.includes('code') && after.columns.includes('code')) return ['code'];
  const shared = before.columns.filter((c) => after.columns.includes(c));
  for (let n = 1; n <= shared.length; n++) {
    const key = shared.slice(0, n);
    const unique = (rows: CodelistTable['rows']) =>
      new Set(rows.map((row) => key.map((c) => row[c] ?? '').join('\u0000'))).size === rows.length;
    if (unique(before.rows) && unique(after.rows)) return key;
  }
  return shared;
}

/** What the walk knows of the codelists. */
interface Codelists {
  /** Whether each codelist is open (codes outside it are warnings), from the fields that use it. */
  readonly open: ReadonlyMap<string, boolean>;
  /** Codelists with a CSV: their codes are diffed row by row, not from their enum in codelists.schema.json. */
  readonly csv: ReadonlySet<string>;
}

/** Which codelists are open, from the `codelist`/`openCodelist` annotations of every field. */
function openCodelists(schemas: ReadonlyMap<string, unknown>): Map<string, boolean> {
  const found = new Map<string, boolean>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (!isObject(node as Json)) return;
    const obj = node as JsonObject;
    if (typeof obj.codelist === 'string') {
      found.set(obj.codelist, (found.get(obj.codelist) ?? false) || obj.openCodelist === true);
    }
    for (const value of Object.values(obj)) visit(value);
  };
  for (const schema of schemas.values()) visit(schema);
  return found;
}

function constAsEnum(schema: JsonObject): JsonObject {
  if (schema.const === undefined || schema.enum !== undefined) return schema;
  const { const: value, ...rest } = schema;
  return { ...rest, enum: [value] };
}

function add(at: Walk, path: string, cls: ChangeClass, what: string): void {
  at.changes.push({ class: cls, file: at.file, path: at.path + path, what });
}

function noun(map: string): string {
  return map === '$defs' ? 'definition' : map === 'properties' ? 'property' : `${map} entry`;
}

function typeSet(value: Json | undefined): Set<string> {
  if (value === undefined) return new Set(['any']);
  const types = (Array.isArray(value) ? value : [value]).map(String);
  // An integer is a number: widening integer to number adds values, it removes none.
  return new Set(types.includes('number') ? types.filter((t) => t !== 'integer') : types);
}

function withoutVersion(value: Json | undefined): string {
  return String(value).replace(/\/(schema|vocab)\/\d+\.\d+\//, '/$1/*/');
}

function parseVersion(version: string): [number, number, number] {
  const match = /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(version);
  if (!match) throw new Error(`Not a version: ${version}`);
  return [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
}

function pointerToken(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function union<T>(a: Iterable<T>, b: Iterable<T>): T[] {
  return [...new Set([...a, ...b])];
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepEqual(a: Json | undefined, b: Json | undefined): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value: Json | undefined): Json | undefined {
  if (Array.isArray(value)) return value.map((v) => canonical(v) as Json);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, canonical(value[k]) as Json]),
  );
}
