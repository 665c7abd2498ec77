/** True when no two items of a JSON array are equal (JSON Schema `uniqueItems`); shared by the generated validators. */
export function hasUniqueItems(items: readonly unknown[]): boolean {
  return new Set(items.map((item) => JSON.stringify(item))).size === items.length;
}
