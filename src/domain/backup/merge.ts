/**
 * How an import merges: by id (or key), the newer update wins, and nothing is ever deleted.
 * A record equal in time to ours is left alone, so importing the same file twice adds nothing.
 */
export interface MergeCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export interface MergePlan<T> {
  toWrite: T[];
  counts: MergeCounts;
}

export function planMerge<T extends { updatedAt: number }>(
  incoming: T[],
  existingUpdatedAt: Map<string, number>,
  keyOf: (record: T) => string,
): MergePlan<T> {
  const counts: MergeCounts = { added: 0, updated: 0, unchanged: 0 };
  const toWrite: T[] = [];
  for (const record of incoming) {
    const ours = existingUpdatedAt.get(keyOf(record));
    if (ours === undefined) {
      counts.added += 1;
      toWrite.push(record);
    } else if (record.updatedAt > ours) {
      counts.updated += 1;
      toWrite.push(record);
    } else {
      counts.unchanged += 1;
    }
  }
  return { toWrite, counts };
}
