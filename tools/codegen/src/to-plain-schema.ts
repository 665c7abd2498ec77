import type { JsonSchema } from './load-standard.ts';

interface I18n {
  vi: { title: string; description: string };
  en: { title: string; description: string };
}

/** The bilingual JSDoc text of a node: English first, then Vietnamese. */
export function docText(node: JsonSchema): string | undefined {
  const i18n = node.i18n as I18n | undefined;
  if (!i18n) return undefined;
  const lines = [`${i18n.en.description}`, '', `${i18n.vi.title}: ${i18n.vi.description}`];
  const deprecated = node.deprecation as { since: string; en: string } | undefined;
  if (deprecated) lines.push('', `@deprecated since ${deprecated.since}: ${deprecated.en}`);
  return lines.join('\n');
}

/**
 * Copies a dialect schema into plain JSON Schema for json-schema-to-typescript: the `dropped`
 * keywords go, `i18n` becomes a `description`, and `$defs` get a `title` so each becomes a named type.
 */
export function toPlainSchema(
  node: unknown,
  dropped: ReadonlySet<string>,
  title?: string,
): unknown {
  if (Array.isArray(node)) return node.map((item) => toPlainSchema(item, dropped));
  if (node === null || typeof node !== 'object') return node;
  const source = node as JsonSchema;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(source)) {
    if (dropped.has(key)) continue;
    if (key === '$defs' || key === 'properties') {
      const children: JsonSchema = {};
      for (const [name, child] of Object.entries(value as JsonSchema)) {
        children[name] = toPlainSchema(child, dropped, key === '$defs' ? name : undefined);
      }
      out[key] = children;
    } else {
      out[key] = toPlainSchema(value, dropped);
    }
  }
  if (title) out.title = title;
  const doc = docText(source);
  if (!doc) return out;
  // json-schema-to-typescript renames a $ref target that has siblings (Sex1, Sex2…); wrapping keeps one name.
  if ('$ref' in out) return { allOf: [{ $ref: out.$ref }], description: doc };
  out.description = doc;
  return out;
}
