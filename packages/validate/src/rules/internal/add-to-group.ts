/** Values grouped under a key; a group of one is the value itself, as most groups are. */
export type Group<Value extends string> = Value | Value[];

/** Appends `value` to the group kept under `key`, creating the group on first use. */
export function addToGroup<Key, Value extends string>(
  groups: Map<Key, Group<Value>>,
  key: Key,
  value: Value,
): void {
  const group = groups.get(key);
  if (group === undefined) groups.set(key, value);
  else if (typeof group === 'string') groups.set(key, [group, value]);
  else group.push(value);
}

/** The values of a group, in the order they were added. */
export function membersOf<Value extends string>(group: Group<Value> | undefined): readonly Value[] {
  if (group === undefined) return [];
  return typeof group === 'string' ? [group] : group;
}
