// The required fields a table has no column for: one issue for the column, not one per row.
import type { Locale } from '@vntip/schema';
import type { ColumnTarget } from './match-header';
import type { FieldNode } from './schema-fields';

/** A required field with no column in a table's header. */
export interface MissingColumn {
  /** The field's path: `['personId']`, or `['provider', 'type']` under an object other columns fill. */
  readonly path: readonly string[];
  /** The column it would have, in the language of messages: `Người`, `Cơ quan hỗ trợ.Loại cơ quan`. */
  readonly title: string;
}

/**
 * The required fields that no column of the header fills: the record type's own, and those of an object some
 * columns fill in part (`provider.name` without `provider.type`), in the schema's order. An object filled by a JSON
 * column, or under a list, is left to the structural check.
 */
export function missingRequiredColumns(
  tree: FieldNode,
  targets: readonly (ColumnTarget | undefined)[],
  locale: Locale,
): MissingColumn[] {
  const paths = targets.flatMap((target) => (target ? [target.path] : []));
  const missing: MissingColumn[] = [];
  const walk = (node: FieldNode, prefix: readonly string[], titles: readonly string[]) => {
    for (const [key, child] of node.children ?? []) {
      const path = [...prefix, key];
      const title = [...titles, titleOf(child, locale)];
      const under = paths.filter((target) => path.every((part, at) => target[at] === part));
      if (under.length === 0) {
        if (node.required?.has(key)) missing.push({ path, title: title.join('.') });
        continue;
      }
      // Columns fill this object part by part (not one JSON cell for the whole): its own required fields count.
      if (child.kind === 'object' && under.every((target) => target.length > path.length)) {
        walk(child, path, title);
      }
    }
  };
  walk(tree, [], []);
  return missing;
}

/** A field's title in the language of messages: titles list vi first, then en; the id when there is none. */
function titleOf(node: FieldNode, locale: Locale): string {
  const [vi, en] = [...node.titles];
  return (locale === 'vi' ? vi : (en ?? vi)) ?? node.id;
}
