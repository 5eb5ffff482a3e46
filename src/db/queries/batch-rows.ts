// Batch lookups answer in the order of the keys asked for (what a DataLoader expects): one row or null per key,
// or one list per key.
export function alignById<T extends { id: number }>(ids: readonly number[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? null);
}

export function groupByKey<T>(keys: readonly number[], rows: T[], keyOf: (row: T) => number): T[][] {
  const map = new Map<number, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) map.get(keyOf(row))?.push(row);
  return keys.map((key) => map.get(key)!);
}
