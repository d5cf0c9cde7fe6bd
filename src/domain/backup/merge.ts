/**
 * How an import merges. Settings: by key, the newer update wins. Entries and runs
 * are the person's words, so a file's version never silently replaces words written here.
 * Nothing is ever deleted, and importing the same file twice adds nothing.
 */
export interface MergeCounts {
  added: number;
  updated: number;
  unchanged: number;
  /** Changed both here and in the file since they parted: both versions are kept. */
  keptBoth: number;
}

export interface MergePlan<T> {
  toWrite: T[];
  counts: MergeCounts;
}

const noCounts = (): MergeCounts => ({ added: 0, updated: 0, unchanged: 0, keptBoth: 0 });

export function planMerge<T extends { updatedAt: number }>(
  incoming: T[],
  existingUpdatedAt: Map<string, number>,
  keyOf: (record: T) => string,
): MergePlan<T> {
  const counts = noCounts();
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

/**
 * What an entry or run carries to tell versions apart. `updatedAt` names a version (a save is
 * one moment on one device); `baseUpdatedAt` is the version a record was last brought in as
 * from a file, kept through later saves, so a later import can tell "this device's copy is
 * what the other side started from" apart from "both sides changed".
 */
export interface Versioned {
  id: string;
  rev: number;
  updatedAt: number;
  baseUpdatedAt?: number | null;
}

const VERSION_FIELDS = new Set(['rev', 'updatedAt', 'baseUpdatedAt']);

/** Same words and choices, whatever the revision or time. */
export function sameContent(a: object, b: object): boolean {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) {
    if (VERSION_FIELDS.has(key)) continue;
    if (JSON.stringify(left[key]) !== JSON.stringify(right[key])) return false;
  }
  return true;
}

/** Edited on this device since it last came in from a file (or never came from one). */
const editedHere = (local: Versioned) => local.baseUpdatedAt !== local.updatedAt;

/**
 * Merges entries or runs by id. Where the file's version is newer it takes the id, with a
 * revision above both sides' (so an editor still open on the old revision gets a conflict
 * and keeps its words as a copy, instead of overwriting what came in). When both sides
 * changed since they parted, the version that loses the id is kept as a separate record:
 * - the file's version is newer, and this device's was edited here and is not the version
 *   the file's one was based on: this device's version is kept as a copy;
 * - this device's version is newer but can't have grown from the file's (its revision is not
 *   above the file's, and it wasn't brought in as that version): the file's is kept as a copy.
 * A version equal in time to ours is the same version, left alone.
 */
export function planRecordMerge<T extends Versioned>(
  incoming: T[],
  local: Map<string, T>,
  exists: (id: string) => boolean,
  copyIdOf: (record: T) => string,
): MergePlan<T> {
  const counts = noCounts();
  const toWrite: T[] = [];
  const keepCopy = (record: T) => {
    const id = copyIdOf(record);
    // Already kept by an earlier import of the same file.
    if (exists(id)) return;
    toWrite.push({ ...record, id, rev: 1, baseUpdatedAt: null });
    counts.keptBoth += 1;
  };
  for (const theirs of incoming) {
    const ours = local.get(theirs.id);
    if (ours === undefined) {
      counts.added += 1;
      toWrite.push({ ...theirs, baseUpdatedAt: theirs.updatedAt });
    } else if (theirs.updatedAt === ours.updatedAt || sameContent(theirs, ours)) {
      counts.unchanged += 1;
    } else if (theirs.updatedAt > ours.updatedAt) {
      counts.updated += 1;
      toWrite.push({ ...theirs, rev: Math.max(ours.rev, theirs.rev) + 1, baseUpdatedAt: theirs.updatedAt });
      if (editedHere(ours) && theirs.baseUpdatedAt !== ours.updatedAt) keepCopy(ours);
    } else {
      counts.unchanged += 1;
      const grewFromTheirs = ours.rev > theirs.rev || ours.baseUpdatedAt === theirs.updatedAt;
      if (!grewFromTheirs) keepCopy(theirs);
    }
  }
  return { toWrite, counts };
}
