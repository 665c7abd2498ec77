// The questions of an XLSForm, walked from the standard's JSON Schemas: one group per object, one select per
// codelist, a variant question per `oneOf` (its other questions relevant to the variant chosen), required and
// relevant expressions from `required`, constraints from the schema's bounds and patterns. The submission importer
// walks the same model back, so a column's name always leads to its field.
import type { BilingualText } from '@vntip/core';
import {
  CODELISTS,
  JSON_SCHEMAS,
  RECORD_TYPE_SCHEMA_FILES,
  type SchemaNode,
  schemaCodelist,
  schemaVariants,
} from '@vntip/schema';
import { isObject } from './is-object';

/** How a question's answer becomes a field value. */
export type AnswerKind = 'text' | 'integer' | 'decimal' | 'date' | 'boolean' | 'code' | 'codes';

/** A question of the form, bound to one field of a record. */
export interface FormQuestion {
  readonly kind: 'question';
  readonly name: string;
  /** The XLSForm type: `text`, `integer`, `select_one sex`, `calculate`… */
  readonly type: string;
  /** The field the answer goes to, from the record's root. */
  readonly path: readonly string[];
  readonly answer: AnswerKind;
  readonly label?: BilingualText;
  readonly hint?: BilingualText;
  readonly required?: string;
  readonly relevant?: string;
  readonly constraint?: string;
  readonly constraintMessage?: BilingualText;
  readonly calculation?: string;
  readonly appearance?: string;
  readonly sensitivity?: string;
  /** For a variant question: the constant fields each choice stands for, by choice name. */
  readonly variants?: ReadonlyMap<string, Readonly<Record<string, unknown>>>;
  /** For a field of some variants only: the variant question and the choices the field belongs to. */
  readonly forVariants?: { readonly selector: string; readonly choices: readonly string[] };
}

/** A group (one object of the record) or a repeat (one record type nested under the form's person). */
export interface FormGroup {
  readonly kind: 'group' | 'repeat';
  readonly name: string;
  readonly path: readonly string[];
  readonly label: BilingualText;
  readonly children: readonly FormNode[];
  readonly relevant?: string;
  readonly sensitivity?: string;
  /** For a repeat, and for the top group of each record type: the record type its answers make. */
  readonly recordType?: string;
}

/** A node of the form: a question or a group of them. */
export type FormNode = FormQuestion | FormGroup;

/** One choice of a choice list. */
export interface FormChoice {
  readonly name: string;
  readonly label: BilingualText;
}

/** The questions of a form and the choice lists they use. */
export interface FormModel {
  /** One top node per record type: the person's group first, then a repeat per other type. */
  readonly records: readonly FormGroup[];
  readonly lists: ReadonlyMap<string, readonly FormChoice[]>;
  /** Fields that no question asks, with the reason, by record type and path. */
  readonly omitted: readonly OmittedField[];
}

/** A field of the standard that the form does not ask. */
export interface OmittedField {
  readonly recordType: string;
  readonly path: readonly string[];
  readonly reason: BilingualText;
}

/** The record types a form can hold; every other type's fields are flat enough but its records are not victim data. */
export const XLSFORM_RECORD_TYPES = Object.keys(RECORD_TYPE_SCHEMA_FILES).sort();

const YES_NO_LIST = 'yes_no';
const OPTIONAL_OBJECT = 'optional';
const PRESENCE_PENDING = '\u0000presence';
const MAX_DEPTH = 12;

const ARRAY_OF_OBJECTS: BilingualText = {
  vi: 'Danh sách đối tượng JSON lồng nhau chưa được hỏi trong biểu mẫu; nhập trong bảng tính hoặc JSON.',
  en: 'Lists of nested objects are not asked in the form; enter them in a spreadsheet or JSON.',
};

/** Builds the question tree of a form for the record types, person first; throws nothing: unknown types are the caller's. */
export function buildFormModel(recordTypes: readonly string[]): FormModel {
  const builder = new ModelBuilder(recordTypes.includes('person'));
  const ordered = [...new Set(recordTypes)].sort(
    (a, b) => Number(b === 'person') - Number(a === 'person'),
  );
  const records = ordered.map((recordType) => builder.record(recordType));
  return { records, lists: builder.lists, omitted: builder.omitted };
}

/** Every question under a node, depth first. */
export function questionsOf(node: FormNode): FormQuestion[] {
  if (node.kind === 'question') return [node];
  return node.children.flatMap(questionsOf);
}

// --- Internal helpers ---

type Located = readonly [SchemaNode, string];

interface Scope {
  readonly recordType: string;
  readonly path: readonly string[];
  /** Set inside an optional object: its required fields are required only once something in it is answered. */
  readonly presence?: typeof OPTIONAL_OBJECT | undefined;
  readonly relevant?: string;
}

class ModelBuilder {
  readonly lists = new Map<string, FormChoice[]>();
  readonly omitted: OmittedField[] = [];

  constructor(private readonly withPerson: boolean) {
    this.lists.set(YES_NO_LIST, [
      { name: 'true', label: { vi: 'Có', en: 'Yes' } },
      { name: 'false', label: { vi: 'Không', en: 'No' } },
    ]);
  }

  record(recordType: string): FormGroup {
    const file = RECORD_TYPE_SCHEMA_FILES[recordType as keyof typeof RECORD_TYPE_SCHEMA_FILES];
    const schema = JSON_SCHEMAS[file] as SchemaNode;
    const nested = recordType !== 'person' && this.withPerson;
    const scope: Scope = { recordType, path: [] };
    const children = this.objectChildren([schema, file], scope);
    return {
      kind: recordType === 'person' ? 'group' : 'repeat',
      name: recordType,
      path: [],
      label: textOf(schema, 'title') ?? { vi: recordType, en: recordType },
      children: nested ? children.map((child) => this.linkToPerson(child, recordType)) : children,
      recordType,
    };
  }

  /** In a repeat under the person: the person id and the record id are computed, not typed. */
  private linkToPerson(node: FormNode, recordType: string): FormNode {
    if (node.kind !== 'question' || node.path.length !== 1) return node;
    const [field] = node.path;
    if (field !== 'personId' && field !== 'id') return node;
    const calculation =
      field === 'personId'
        ? `\${person.id}`
        : `concat(\${person.id}, '.${recordType}.', position(..))`;
    const {
      label: _l,
      hint: _h,
      required: _r,
      constraint: _c,
      constraintMessage: _m,
      ...rest
    } = node;
    return { ...rest, type: 'calculate', calculation };
  }

  private objectChildren([schema, file]: Located, scope: Scope): FormNode[] {
    const properties = isObject(schema.properties) ? schema.properties : {};
    const required = new Set(Array.isArray(schema.required) ? schema.required : []);
    const nodes: FormNode[] = [];
    for (const [key, sub] of Object.entries(properties)) {
      if (!isObject(sub)) continue;
      const node = this.property(key, sub, file, scope, required.has(key));
      if (node) nodes.push(node);
    }
    return nodes;
  }

  private property(
    key: string,
    schema: SchemaNode,
    file: string,
    scope: Scope,
    requiredHere: boolean,
  ): FormNode | undefined {
    const path = [...scope.path, key];
    const name = `${scope.recordType}.${path.join('.')}`;
    const variants = schemaVariants(schema, file);
    const label = textOf(schema, 'title') ?? { vi: key, en: key };
    const hint = textOf(schema, 'description');
    const sensitivity = typeof schema.sensitivity === 'string' ? schema.sensitivity : undefined;
    const base = {
      name,
      path,
      label,
      ...(hint ? { hint } : {}),
      ...(sensitivity ? { sensitivity } : {}),
    };
    const requiredExpr = requiredHere ? requiredExpression(scope) : undefined;
    const common = {
      ...base,
      ...(requiredExpr ? { required: requiredExpr } : {}),
      ...(scope.relevant ? { relevant: scope.relevant } : {}),
    };
    if (path.length > MAX_DEPTH) return undefined;
    const objects = variants.filter(([variant]) => isObjectSchema(variant));
    if (objects.length > 1) return this.variantGroup(common, objects, scope, path);
    const [first] = variants;
    if (!first) return undefined;
    const [variant, variantFile] = first;
    if (isObjectSchema(variant)) {
      // A required object is there whenever its parent is; an optional one is there when any of its fields is answered.
      const childScope: Scope = {
        recordType: scope.recordType,
        path,
        presence: requiredHere ? scope.presence : OPTIONAL_OBJECT,
        ...(scope.relevant ? { relevant: scope.relevant } : {}),
      };
      const children = this.objectChildren([variant, variantFile], childScope);
      const group: FormGroup = {
        kind: 'group',
        name,
        path,
        label,
        children: requiredHere ? children : fillPresence(children),
        ...(scope.relevant ? { relevant: scope.relevant } : {}),
        ...(sensitivity ? { sensitivity } : {}),
      };
      return group;
    }
    if (variant.type === 'array') {
      const items = isObject(variant.items) ? schemaVariants(variant.items, variantFile) : [];
      const codelist =
        schemaCodelist(isObject(variant.items) ? variant.items : {}) ??
        (items[0] ? schemaCodelist(items[0][0]) : undefined);
      if (codelist && this.codelist(codelist)) {
        return {
          kind: 'question',
          ...common,
          type: `select_multiple ${codelist}`,
          answer: 'codes',
        };
      }
      this.omitted.push({ recordType: scope.recordType, path, reason: ARRAY_OF_OBJECTS });
      return undefined;
    }
    if ('const' in variant) return undefined;
    return { kind: 'question', ...common, ...this.leaf(variant, schemaCodelist(schema), name) };
  }

  /** A `oneOf` of objects: a question choosing the variant, then each variant's fields, relevant when it is chosen. */
  private variantGroup(
    common: Omit<FormQuestion, 'kind' | 'type' | 'answer'>,
    objects: readonly Located[],
    scope: Scope,
    path: readonly string[],
  ): FormGroup {
    const selector = `${common.name}._variant`;
    const list = listName(selector);
    const choices: FormChoice[] = [];
    const constants = new Map<string, Record<string, unknown>>();
    const byKey = new Map<
      string,
      { shape: string; choices: string[]; schema: SchemaNode; file: string; required: boolean }[]
    >();
    const keyOrder: string[] = [];
    for (const [variant, file] of objects) {
      const properties = isObject(variant.properties) ? variant.properties : {};
      const required = new Set(Array.isArray(variant.required) ? variant.required : []);
      const fixed: Record<string, unknown> = {};
      const labels: BilingualText[] = [];
      for (const [key, sub] of Object.entries(properties)) {
        if (!isObject(sub)) continue;
        if ('const' in sub) {
          fixed[key] = sub.const;
          labels.push(
            textOf(sub, 'description') ?? { vi: String(sub.const), en: String(sub.const) },
          );
        }
      }
      const choice = choiceName(Object.values(fixed));
      constants.set(choice, fixed);
      choices.push({
        name: choice,
        label: {
          vi: labels.map((text) => trimStop(text.vi)).join(' — ') || choice,
          en: labels.map((text) => trimStop(text.en)).join(' — ') || choice,
        },
      });
      for (const [key, sub] of Object.entries(properties)) {
        if (!isObject(sub) || 'const' in sub) continue;
        if (!byKey.has(key)) {
          byKey.set(key, []);
          keyOrder.push(key);
        }
        const shapes = byKey.get(key) ?? [];
        const shape = shapeOf(sub, file);
        const same = shapes.find((entry) => entry.shape === shape);
        if (same) same.choices.push(choice);
        else
          shapes.push({ shape, choices: [choice], schema: sub, file, required: required.has(key) });
      }
    }
    this.lists.set(list, choices);
    const selectorQuestion: FormQuestion = {
      kind: 'question',
      ...common,
      name: selector,
      type: `select_one ${list}`,
      answer: 'code',
      variants: constants,
    };
    const children: FormNode[] = [selectorQuestion];
    for (const key of keyOrder) {
      const shapes = byKey.get(key) ?? [];
      for (const shape of shapes) {
        const suffix = shapes.length > 1 ? `__${shape.choices[0]}` : '';
        const relevant = shape.choices
          .map((choice) => `\${${selector}} = '${choice}'`)
          .join(' or ');
        const childScope: Scope = {
          recordType: scope.recordType,
          path,
          relevant: scope.relevant ? `(${scope.relevant}) and (${relevant})` : relevant,
        };
        const node = this.property(key, shape.schema, shape.file, childScope, shape.required);
        if (node) children.push(forVariants(rename(node, suffix), selector, shape.choices));
      }
    }
    const group: FormGroup = {
      kind: 'group',
      name: common.name,
      path,
      label: common.label ?? { vi: path.join('.'), en: path.join('.') },
      children,
      ...(scope.relevant ? { relevant: scope.relevant } : {}),
      ...(common.sensitivity ? { sensitivity: common.sensitivity } : {}),
    };
    return group;
  }

  private leaf(
    schema: SchemaNode,
    codelist: string | undefined,
    name: string,
  ): Pick<FormQuestion, 'type' | 'answer' | 'constraint' | 'constraintMessage' | 'appearance'> {
    const list = codelist ?? schemaCodelist(schema);
    if (list && this.codelist(list)) {
      const size = this.lists.get(list)?.length ?? 0;
      return {
        type: `select_one ${list}`,
        answer: 'code',
        ...(size > 30 ? { appearance: 'minimal autocomplete' } : {}),
      };
    }
    if (Array.isArray(schema.enum)) {
      const values = schema.enum.filter((value): value is string => typeof value === 'string');
      const enumList = listName(name);
      this.lists.set(
        enumList,
        values.map((value) => ({ name: value, label: { vi: value, en: value } })),
      );
      return { type: `select_one ${enumList}`, answer: 'code' };
    }
    if (schema.type === 'boolean') return { type: `select_one ${YES_NO_LIST}`, answer: 'boolean' };
    if (schema.type === 'integer' || schema.type === 'number') {
      const min = typeof schema.minimum === 'number' ? schema.minimum : undefined;
      const max = typeof schema.maximum === 'number' ? schema.maximum : undefined;
      const range = numberConstraint(min, max);
      return {
        type: schema.type === 'integer' ? 'integer' : 'decimal',
        answer: schema.type === 'integer' ? 'integer' : 'decimal',
        ...range,
      };
    }
    if (schema.format === 'date') return { type: 'date', answer: 'date' };
    return { type: 'text', answer: 'text', ...textConstraint(schema) };
  }

  /** Adds a codelist's current codes as a choice list; false when the standard has no such codelist. */
  private codelist(name: string): boolean {
    if (this.lists.has(name)) return true;
    const definition = CODELISTS[name];
    if (!definition) return false;
    this.lists.set(
      name,
      definition.rows
        .filter((row) => row.deprecated === '')
        .map((row) => ({ name: row.code, label: { vi: row.labelVi, en: row.labelEn } })),
    );
    return true;
  }
}

function isObjectSchema(schema: SchemaNode): boolean {
  return schema.type === 'object' || isObject(schema.properties);
}

function textOf(schema: SchemaNode, key: 'title' | 'description'): BilingualText | undefined {
  const i18n = schema.i18n;
  if (!isObject(i18n) || !isObject(i18n.vi) || !isObject(i18n.en)) return undefined;
  const vi = i18n.vi[key];
  const en = i18n.en[key];
  return typeof vi === 'string' && typeof en === 'string' ? { vi, en } : undefined;
}

/** What makes two variants' fields the same question: everything but the texts and the sensitivity. */
function shapeOf(schema: SchemaNode, file: string): string {
  return (
    JSON.stringify(schema, (key, value) =>
      key === 'i18n' || key === 'sensitivity' ? undefined : value,
    ) + (typeof schema.$ref === 'string' && !schema.$ref.includes('.json') ? file : '')
  );
}

function choiceName(values: readonly unknown[]): string {
  const name = values.map((value) => String(value).replace(/[^A-Za-z0-9]+/g, '_')).join('_');
  return name.replace(/^_+|_+$/g, '') || 'variant';
}

function listName(questionName: string): string {
  return questionName.replace(/[^A-Za-z0-9_]+/g, '_');
}

function trimStop(text: string): string {
  return text.trim().replace(/[.;:]+$/, '');
}

function forVariants(node: FormNode, selector: string, choices: readonly string[]): FormNode {
  if (node.kind === 'question') {
    return node.forVariants ? node : { ...node, forVariants: { selector, choices } };
  }
  return { ...node, children: node.children.map((child) => forVariants(child, selector, choices)) };
}

function rename(node: FormNode, suffix: string): FormNode {
  if (!suffix) return node;
  return { ...node, name: `${node.name}${suffix}` };
}

/** Whether an object's required field must be answered: always, or (filled in by `fillPresence`) when anything else in its optional object is. */
function requiredExpression(scope: Scope): string {
  return scope.presence === undefined ? 'yes' : PRESENCE_PENDING;
}

/**
 * Replaces the pending required marks of an optional object's questions with "any other question of this object is
 * answered"; nested objects that are always there when their parent is keep the same boundary.
 */
function fillPresence(children: readonly FormNode[]): FormNode[] {
  const all = children.flatMap(questionsOf).filter((question) => question.type !== 'calculate');
  const fill = (node: FormNode): FormNode => {
    if (node.kind !== 'question') return { ...node, children: node.children.map(fill) };
    if (node.required !== PRESENCE_PENDING) return node;
    const others = all
      .filter(
        (question) => question.name !== node.name && !question.name.startsWith(`${node.name}.`),
      )
      .map((question) => `\${${question.name}} != ''`);
    const { required: _r, ...rest } = node;
    return others.length > 0 ? { ...rest, required: others.join(' or ') } : rest;
  };
  return children.map(fill);
}

function numberConstraint(
  min: number | undefined,
  max: number | undefined,
): Pick<FormQuestion, 'constraint' | 'constraintMessage'> {
  if (min !== undefined && max !== undefined) {
    return {
      constraint: `. >= ${min} and . <= ${max}`,
      constraintMessage: {
        vi: `Nhập số từ ${min} đến ${max}.`,
        en: `Enter a number from ${min} to ${max}.`,
      },
    };
  }
  if (min !== undefined) {
    return {
      constraint: `. >= ${min}`,
      constraintMessage: {
        vi: `Nhập số không nhỏ hơn ${min}.`,
        en: `Enter a number of at least ${min}.`,
      },
    };
  }
  if (max !== undefined) {
    return {
      constraint: `. <= ${max}`,
      constraintMessage: {
        vi: `Nhập số không lớn hơn ${max}.`,
        en: `Enter a number of at most ${max}.`,
      },
    };
  }
  return {};
}

function textConstraint(
  schema: SchemaNode,
): Pick<FormQuestion, 'constraint' | 'constraintMessage'> {
  const parts: string[] = [];
  const vi: string[] = [];
  const en: string[] = [];
  if (typeof schema.pattern === 'string' && !schema.pattern.includes("'")) {
    parts.push(`regex(., '${schema.pattern}')`);
    vi.push(`đúng mẫu ${schema.pattern}`);
    en.push(`match the pattern ${schema.pattern}`);
  }
  const min =
    typeof schema.minLength === 'number' && schema.minLength > 1 ? schema.minLength : undefined;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : undefined;
  if (min !== undefined) {
    parts.push(`string-length(.) >= ${min}`);
    vi.push(`có ít nhất ${min} ký tự`);
    en.push(`have at least ${min} characters`);
  }
  if (max !== undefined) {
    parts.push(`string-length(.) <= ${max}`);
    vi.push(`có nhiều nhất ${max} ký tự`);
    en.push(`have at most ${max} characters`);
  }
  if (parts.length === 0) return {};
  return {
    constraint: parts.join(' and '),
    constraintMessage: {
      vi: `Giá trị phải ${vi.join(' và ')}.`,
      en: `The value must ${en.join(' and ')}.`,
    },
  };
}
