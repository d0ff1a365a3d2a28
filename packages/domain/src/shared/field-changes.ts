/** Field → [before, after], for the history of a record: only what actually changed. */
export type FieldChanges = Record<string, [unknown, unknown]>;

/**
 * Compares the given fields of two versions of a record. Values are compared by their JSON form,
 * so arrays and objects (a breakdown) count as changed only when their content differs.
 */
export function diffFields<T extends Record<string, unknown>>(
  before: Partial<T> | null,
  after: Partial<T>,
  fields: readonly (keyof T & string)[],
): FieldChanges {
  const changes: FieldChanges = {};
  for (const field of fields) {
    if (!(field in after) || after[field] === undefined) continue;
    const old = before ? (before[field] ?? null) : null;
    const next = after[field] ?? null;
    if (JSON.stringify(old) !== JSON.stringify(next)) changes[field] = [old, next];
  }
  return changes;
}
