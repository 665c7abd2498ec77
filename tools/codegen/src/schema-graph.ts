import { CODELISTS_SCHEMA_FILE, type JsonSchema, type Standard } from './load-standard.ts';
import { codeTypeName, entityTypeName } from './naming.ts';

const ANNOTATIONS = ['$schema', '$id', '$defs', '$comment', 'examples'];
const VALIDATION_KEYWORDS = [
  '$ref',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'enum',
  'const',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'oneOf',
];

/** A schema with a name of its own: a codelist, a `$defs` entry or an entity root. */
export interface NamedSchema {
  /** `file#pointer`, as `$ref`s resolve. */
  key: string;
  /** Type name from generate-types.ts. */
  typeName: string;
  file: string;
  node: JsonSchema;
  /** Set for codelists: the codelist name. */
  codelist?: string;
  /** Set for entity roots that are records: the record type. */
  recordType?: string;
}

/**
 * The named schemas of the standard and a walker that emits them dependencies first.
 * Shared by the generators that translate JSON Schema into code (zod schemas, guards).
 */
export class SchemaGraph {
  readonly named = new Map<string, NamedSchema>();
  readonly #supported: Set<string>;

  constructor(standard: Standard) {
    this.#supported = new Set([
      ...ANNOTATIONS,
      ...standard.dialectKeywords,
      ...VALIDATION_KEYWORDS,
    ]);
    for (const list of standard.codelists) {
      this.#add({
        key: `${CODELISTS_SCHEMA_FILE}#/$defs/${list.name}`,
        typeName: codeTypeName(list.name),
        file: CODELISTS_SCHEMA_FILE,
        node: {},
        codelist: list.name,
      });
    }
    for (const [file, schema] of standard.schemas) {
      for (const [def, node] of Object.entries(
        (schema.$defs ?? {}) as Record<string, JsonSchema>,
      )) {
        this.#add({ key: `${file}#/$defs/${def}`, typeName: def, file, node });
      }
      if (schema.type === 'object' || 'oneOf' in schema) {
        const recordType =
          typeof schema.recordType === 'string' ? { recordType: schema.recordType } : {};
        this.#add({
          key: `${file}#`,
          typeName: entityTypeName(file),
          file,
          node: schema,
          ...recordType,
        });
      }
    }
  }

  #add(entry: NamedSchema): void {
    for (const other of this.named.values()) {
      if (other.typeName === entry.typeName)
        throw new Error(`Two schemas are both named ${entry.typeName}`);
    }
    this.named.set(entry.key, entry);
  }

  /** The named schema a `$ref` in `file` points at. */
  resolve(file: string, ref: string): NamedSchema {
    const [target = '', pointer = ''] = ref.split('#');
    const entry = this.named.get(`${target === '' ? file : target}#${pointer}`);
    if (!entry) throw new Error(`${file}: unresolved $ref ${ref}`);
    return entry;
  }

  /** Throws on any keyword the generators cannot translate exactly. */
  checkKeywords(node: JsonSchema, where: string): void {
    for (const key of Object.keys(node)) {
      if (!this.#supported.has(key))
        throw new Error(`${where}: keyword "${key}" is not supported by the code generators`);
    }
  }

  /**
   * Visits every named schema once, dependencies before dependants. `emit` gets the entry and a `use`
   * function to call for each `$ref` it meets, which emits that dependency first and returns it.
   */
  walk(emit: (entry: NamedSchema, use: (file: string, ref: string) => NamedSchema) => void): void {
    const done = new Set<string>();
    const visiting = new Set<string>();
    const visit = (entry: NamedSchema): NamedSchema => {
      if (done.has(entry.key)) return entry;
      if (visiting.has(entry.key)) throw new Error(`Recursive $ref ${entry.key} is not supported`);
      visiting.add(entry.key);
      emit(entry, (file, ref) => visit(this.resolve(file, ref)));
      visiting.delete(entry.key);
      done.add(entry.key);
      return entry;
    };
    for (const key of [...this.named.keys()].sort()) visit(this.named.get(key) as NamedSchema);
  }
}
