import type { Table } from 'dexie';
import { DataError } from '../domain/data-error';
import type { RecordMeta } from '../domain/records';
import { database } from './database';
import { guard } from './guard';
import { assertWritable, LOCK_ROW_ID } from './lock-row';
import { openRecord, type PlainOf, type SealedPayload, sealForWriting, type Stored } from './sealing';
import { askForPersistenceOnce } from './storage-persistence';

/**
 * Shared create / update / trash / restore for entries and runs. Updates are compare-and-set
 * on `rev`, so a stale tab can never silently overwrite a newer save: it gets a `conflict`
 * error and keeps its text on screen. With the lock on, records are sealed before the
 * transaction (WebCrypto is asynchronous and would let an IndexedDB transaction close), and
 * the transaction checks that nothing changed meanwhile.
 */

export type RecordTable = 'entries' | 'runs';
type RecordOf<T extends RecordTable> = PlainOf<T>;
/** What every stored entry or run has readable, sealed or not. */
type StoredMeta = RecordMeta & { sealed?: SealedPayload };

export type Changes<T extends RecordMeta> = Partial<Omit<T, keyof RecordMeta>>;

function tables<T extends RecordTable>(name: T) {
  const db = database();
  return { db, table: db.table(name) as Table<StoredMeta, string>, lock: db.lock };
}

export async function insertRecord<T extends RecordTable>(name: T, record: RecordOf<T>): Promise<RecordOf<T>> {
  const { db, table, lock } = tables(name);
  await guard('save', async () => {
    const stored = await sealForWriting(name, record);
    await db.transaction('rw', table, lock, async () => {
      assertWritable(await lock.get(LOCK_ROW_ID), stored);
      await table.add(stored as StoredMeta);
    });
  });
  void askForPersistenceOnce();
  return record;
}

/** `changes` may be worked out from the stored record as it is when the save begins. */
export async function updateRecord<T extends RecordTable>(
  name: T,
  id: string,
  changes: Changes<RecordOf<T>> | ((current: RecordOf<T>) => Changes<RecordOf<T>>),
  expectedRev: number,
  now: number = Date.now(),
  { evenIfTrashed = false }: SaveHow = {},
): Promise<RecordOf<T>> {
  const { db, table, lock } = tables(name);
  const saved = await guard('save', async () => {
    const current = await openRecord(name, checkRev(await table.get(id), expectedRev, evenIfTrashed) as Stored<T>);
    const patch = typeof changes === 'function' ? changes(current) : changes;
    const next = { ...current, ...patch, id, rev: current.rev + 1, updatedAt: now } as RecordOf<T>;
    const stored = await sealForWriting(name, next);
    return db.transaction('rw', table, lock, async () => {
      // Checked again: another tab may have saved, or Delete been pressed, while this one was sealing.
      const latest = checkRev(await table.get(id), expectedRev, evenIfTrashed);
      assertWritable(await lock.get(LOCK_ROW_ID), stored);
      // Trash and revision are readable beside the seal (see sealing.ts), so they follow the
      // record as it is now: moved to the trash meanwhile, it stays there with these words.
      const meta = { rev: latest.rev + 1, deletedAt: latest.deletedAt };
      await table.put({ ...stored, ...meta } as StoredMeta);
      return { ...next, ...meta };
    });
  });
  void askForPersistenceOnce();
  return saved;
}

export interface SaveHow {
  /**
   * The person deleted this record here while its last words were on their way: if the one
   * change since `expectedRev` is its move to the trash, save into the trashed record (it
   * stays in the trash, and Undo brings the words back) instead of calling it a conflict.
   */
  evenIfTrashed?: boolean;
}

function checkRev(stored: StoredMeta | undefined, expectedRev: number, evenIfTrashed = false): StoredMeta {
  if (!stored) throw new DataError('not-found', 'That record no longer exists');
  // Moving to the trash is the only change that makes a live record trashed, and it adds one
  // to `rev`: trashed at exactly the next revision means nothing else happened since.
  const onlyTrashedSince = evenIfTrashed && stored.deletedAt !== null && stored.rev === expectedRev + 1;
  if (stored.rev !== expectedRev && !onlyTrashedSince)
    throw new DataError('conflict', 'This was changed somewhere else since it was opened');
  return stored;
}

/** Soft delete: the record stays, marked with the time it went to the trash. */
export function trashRecord<T extends RecordTable>(name: T, id: string, now = Date.now()) {
  return setDeletedAt(name, id, now, now);
}

export function restoreRecord<T extends RecordTable>(name: T, id: string, now = Date.now()) {
  return setDeletedAt(name, id, null, now);
}

/** Only readable fields change, so a sealed record moves to the trash without its key being needed. */
function setDeletedAt<T extends RecordTable>(
  name: T,
  id: string,
  deletedAt: number | null,
  now: number,
): Promise<RecordOf<T>> {
  const { db, table } = tables(name);
  return guard('move to the trash', async () => {
    const stored = await db.transaction('rw', table, async () => {
      const current = await table.get(id);
      if (!current) throw new DataError('not-found', 'That record no longer exists');
      const next = { ...current, deletedAt, rev: current.rev + 1, updatedAt: now };
      await table.put(next);
      return next;
    });
    return openRecord(name, stored as Stored<T>);
  });
}

/** `id` may be chosen up front (e.g. a new entry's address) as long as it is a fresh UUID. */
export function newRecordMeta(now: number, id: string = crypto.randomUUID()): RecordMeta {
  return { id, createdAt: now, updatedAt: now, rev: 1, deletedAt: null };
}
