import type { Locale } from './codelist';
import { JSON_SCHEMAS, RECORD_TYPE_SCHEMA_FILES } from './generated/json-schemas';
import { resolveSchemaRef, type SchemaNode, schemaVariants } from './schema-variants';

/** Disclosure class of a field, from the schema's `sensitivity` keyword. */
export type Sensitivity = 'direct_identifier' | 'quasi_identifier' | 'sensitive' | 'public';

/** What kind of value a field holds, as far as de-identification cares. */
export type FieldKind =
  | 'identifier'
  | 'text'
  | 'date'
  | 'admin_unit'
  | 'agency'
  | 'object'
  | 'array'
  | 'value';

/** One field of a record type's schema, with the strictest sensitivity on its path. */
export interface FieldNode {
  readonly kind: FieldKind;
  /** The strictest class on the field's path: what decides removal (direct identifiers, free text). */
  readonly sensitivity: Sensitivity;
  /** The class the schema gives the field itself (its parent's when it gives none): what makes it a quasi-identifier. */
  readonly declared: Sensitivity;
  /** Children of an object, merged over `oneOf` variants. */
  readonly properties?: ReadonlyMap<string, FieldNode>;
  /** Items of an array. */
  readonly items?: FieldNode;
  /** The field's title in each language, from the schema's `i18n` (its own, else that of the definition it uses). */
  readonly title?: Readonly<Record<Locale, string>>;
}

const RANK: Record<Sensitivity, number> = {
  public: 0,
  quasi_identifier: 1,
  sensitive: 2,
  direct_identifier: 3,
};

/** The stricter of two classes. */
function stricter(a: Sensitivity, b: Sensitivity): Sensitivity {
  return RANK[a] >= RANK[b] ? a : b;
}

const KIND_BY_DEF: Readonly<Record<string, FieldKind>> = {
  Identifier: 'identifier',
  CalendarDate: 'date',
  AdminUnitRef: 'admin_unit',
  AgencyRef: 'agency',
};

function isFreeText(node: SchemaNode): boolean {
  return (
    node.type === 'string' &&
    node.enum === undefined &&
    node.const === undefined &&
    node.pattern === undefined &&
    node.format === undefined &&
    node.codelist === undefined
  );
}

function compile(
  node: SchemaNode,
  file: string,
  inherited: Sensitivity,
  parentDeclared: Sensitivity,
): FieldNode {
  const declared = (node.sensitivity as Sensitivity | undefined) ?? parentDeclared;
  const sensitivity = stricter(declared, inherited);
  const def = typeof node.$ref === 'string' ? resolveSchemaRef(node.$ref, file)?.def : undefined;
  const kind = def ? KIND_BY_DEF[def] : undefined;
  // The node with its $ref followed, then each of its variants (AdminUnitRef's levels).
  const variants = schemaVariants(node, file, { withParent: true });
  const [target, targetFile] = variants[0] ?? [];
  if (!target || !targetFile) throw new Error(`Unresolvable $ref ${String(node.$ref)} in ${file}`);
  const properties = new Map<string, FieldNode>();
  for (const [variant, variantFile] of variants)
    for (const [name, child] of Object.entries(
      (variant.properties ?? {}) as Record<string, SchemaNode>,
    ))
      if (!properties.has(name))
        properties.set(name, compile(child, variantFile, sensitivity, declared));
  const title = titleOf(node) ?? titleOf(target);
  const named = title ? { title } : {};
  if (properties.size > 0)
    return { kind: kind ?? 'object', sensitivity, declared, properties, ...named };
  if (target.type === 'array' && target.items)
    return {
      kind: 'array',
      sensitivity,
      declared,
      items: compile(target.items as SchemaNode, targetFile, sensitivity, declared),
      ...named,
    };
  if (kind) return { kind, sensitivity, declared, ...named };
  return { kind: isFreeText(target) ? 'text' : 'value', sensitivity, declared, ...named };
}

/** The vi and en titles a schema node declares in its `i18n`, when it declares both. */
function titleOf(node: SchemaNode): Readonly<Record<Locale, string>> | undefined {
  const i18n = node.i18n as
    | { readonly vi?: { readonly title?: unknown }; readonly en?: { readonly title?: unknown } }
    | undefined;
  const vi = i18n?.vi?.title;
  const en = i18n?.en?.title;
  return typeof vi === 'string' && typeof en === 'string' ? { vi, en } : undefined;
}

const cache = new Map<string, FieldNode | undefined>();

/** The field tree of a record type (undefined for an unknown type), read once from the embedded schemas. */
export function recordFields(recordType: string): FieldNode | undefined {
  if (!cache.has(recordType)) {
    const file = RECORD_TYPE_SCHEMA_FILES[recordType as keyof typeof RECORD_TYPE_SCHEMA_FILES];
    const schema = file ? JSON_SCHEMAS[file] : undefined;
    cache.set(recordType, schema ? compile(schema, file as string, 'public', 'public') : undefined);
  }
  return cache.get(recordType);
}

/**
 * The strictest disclosure class on the path of a field of a record type (array indexes skipped), e.g. person
 * `["id"]` → direct_identifier; undefined for a record type or path the schema does not know.
 */
export function fieldSensitivity(
  recordType: string,
  path: readonly (string | number)[],
): Sensitivity | undefined {
  let node = recordFields(recordType);
  for (const part of path) {
    if (!node) return undefined;
    if (typeof part === 'number') node = node.items;
    else node = node.properties?.get(part) ?? node.items?.properties?.get(part);
  }
  return node?.sensitivity;
}
