import { stableId } from './imports/imported-entry';

/** What makes one version of a record another: everything but its id and revision bookkeeping. */
const NOT_CONTENT = new Set(['id', 'rev', 'baseUpdatedAt']);

/** The version's fields in one fixed order (absent and undefined alike), so every device spells it the same. */
function versionOf(record: object): string {
  return JSON.stringify(
    Object.entries(record)
      .filter(([key, value]) => !NOT_CONTENT.has(key) && value !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/**
 * The id of a version of a record kept beside another, when two devices (sync) or a device
 * and a file (import) both changed it. It depends only on the version it keeps, so the same
 * version kept twice (on two devices, or from the same file twice) is one record; and on the
 * whole version, not just its time, so two different versions saved in the same millisecond
 * are two records, never one overwriting the other.
 */
export const keptCopyId = (record: { id: string; updatedAt: number }): string =>
  stableId('kept-copy', `${record.id}\u0000${record.updatedAt}\u0000${versionOf(record)}`);
