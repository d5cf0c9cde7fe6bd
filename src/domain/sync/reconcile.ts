import { sameContent } from '../backup/merge';
import { keptCopyId } from '../kept-copy';

/**
 * What to do when a record's version arrives from the server. The rule is the one two tabs
 * and an import follow: a version changed only elsewhere replaces this device's; when both
 * devices changed the record since they last agreed, both versions are kept (the later one
 * keeps the id, the other becomes a copy), so no device ever loses words to another.
 */

/** A record as sync sees it: its words are whatever else it carries. */
export interface SyncedRecord {
  id: string;
  rev: number;
  updatedAt: number;
  baseUpdatedAt?: number | null;
}

/** What this device remembers of a record's last agreement with the server. */
export interface SyncMark {
  /** `table:id` */
  key: string;
  documentId: string;
  /** The server's revision of the document as last seen; null before it is known. */
  serverRev: string | null;
  /** The highest version counter seen or sent for this record: older ones are rollbacks. */
  counter: number;
  /** The local `rev` at which this device and the server last agreed; null: changed since. */
  syncedRev: number | null;
}

export type Decision<T> =
  /** The server sent an older version than one this device has seen: keep ours, send it again. */
  | { kind: 'rollback' }
  /** The very version this device sent or took last (its own save, read back from the feed). */
  | { kind: 'echo' }
  | { kind: 'same' }
  /** `record` takes the id; `copy`, when set, keeps the version that lost it. */
  | { kind: 'take'; record: T; copy: T | null }
  | { kind: 'keep-ours'; copy: T | null };

function copyOf<T extends SyncedRecord>(record: T): T {
  return { ...record, id: keptCopyId(record), rev: 1, baseUpdatedAt: null };
}

/** Later save wins the id; the same moment on two devices falls back to comparing the words, so both agree. */
function theirsWins(ours: SyncedRecord, theirs: SyncedRecord): boolean {
  if (theirs.updatedAt !== ours.updatedAt) return theirs.updatedAt > ours.updatedAt;
  return JSON.stringify(theirs) > JSON.stringify(ours);
}

export function decide<T extends SyncedRecord>(
  local: T | undefined,
  mark: SyncMark | undefined,
  theirs: T,
  counter: number,
): Decision<T> {
  if (mark && counter < mark.counter) return { kind: 'rollback' };
  if (mark && counter === mark.counter) return { kind: 'echo' };
  if (!local) return { kind: 'take', record: { ...theirs, rev: Math.max(1, theirs.rev) }, copy: null };
  if (sameContent(local, theirs)) return { kind: 'same' };
  const above = Math.max(local.rev, theirs.rev) + 1;
  const unchangedHere = mark !== undefined && mark.syncedRev === local.rev;
  if (unchangedHere) return { kind: 'take', record: { ...theirs, rev: above }, copy: null };
  if (theirsWins(local, theirs)) return { kind: 'take', record: { ...theirs, rev: above }, copy: copyOf(local) };
  return { kind: 'keep-ours', copy: copyOf(theirs) };
}
