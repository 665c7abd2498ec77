/** Where a process event happened for scoping: its agency's area, else its own place. */
export function eventPlace(record: Readonly<Record<string, unknown>>): unknown {
  return (record.agency as { unit?: unknown } | undefined)?.unit ?? record.location;
}
