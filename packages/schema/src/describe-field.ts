import type { Locale } from './codelist';
import { recordFields } from './record-fields';

const ITEM: Record<Locale, string> = { vi: 'mục', en: 'item' };

/**
 * A field of a record type named as officers read it, in the schema's titles: `["endDate"]` of a prevention
 * activity is `Hoạt động phòng ngừa › Ngày kết thúc` (`Prevention activity › End date`), an array item is
 * `mục 2` / `item 2` (counted from 1), and a part the schema does not know keeps its id. Undefined for a record type
 * the standard does not have.
 * @example
 * describeField('person', ['residence', 'code'], 'vi'); // 'Người › Nơi cư trú › Mã'
 */
export function describeField(
  recordType: string,
  path: readonly (string | number)[],
  locale: Locale,
): string | undefined {
  const root = recordFields(recordType);
  if (!root) return undefined;
  const parts = [root.title?.[locale] ?? recordType];
  let node: typeof root | undefined = root;
  for (const part of path) {
    if (typeof part === 'number') {
      parts.push(`${ITEM[locale]} ${part + 1}`);
      node = node?.items;
      continue;
    }
    node = node?.properties?.get(part) ?? node?.items?.properties?.get(part);
    parts.push(node?.title?.[locale] ?? part);
  }
  return parts.join(' › ');
}
