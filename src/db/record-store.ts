import type { EntityTable } from 'dexie';
import { DataError } from '../domain/data-error';
import type { RecordMeta } from '../domain/records';
import { guard } from './guard';
import { askForPersistenceOnce } from './storage-persistence';

/**
 * Shared create / update / trash / restore for every record table. Updates are
 * compare-and-set on `rev`, inside one transaction, so a stale tab can never silently
 * overwrite a newer save: it gets a `conflict` error and keeps its text on screen.
 */

type Table<T extends RecordMeta> = EntityTable<T, 'id'>;

export type Changes<T extends RecordMeta> = Partial<Omit<T, keyof RecordMeta>>;

export async function insertRecord<T extends RecordMeta>(table: Table<T>, record: T): Promise<T> {
  await guard('save', () => table.add(record as never));
  void askForPersistenceOnce();
  return record;
}

/** `changes` may be worked out from the stored record, inside the same transaction. */
export async function updateRecord<T extends RecordMeta>(
  table: Table<T>,
  id: string,
  changes: Changes<T> | ((current: T) => Changes<T>),
  expectedRev: number,
  now: number = Date.now(),
): Promise<T> {
  const saved = await guard('save', () =>
    table.db.transaction('rw', table, async () => {
      const current = await table.get(id as never);
      if (!current) throw new DataError('not-found', 'That record no longer exists');
      if (current.rev !== expectedRev) {
        throw new DataError('conflict', 'This was changed somewhere else since it was opened');
      }
      const patch = typeof changes === 'function' ? changes(current) : changes;
      const next = { ...current, ...patch, id, rev: current.rev + 1, updatedAt: now } as T;
      await table.put(next as never);
      return next;
    }),
  );
  void askForPersistenceOnce();
  return saved;
}

/** Soft delete: the record stays, marked with the time it went to the trash. */
export function trashRecord<T extends RecordMeta>(table: Table<T>, id: string, now = Date.now()) {
  return setDeletedAt(table, id, now, now);
}

export function restoreRecord<T extends RecordMeta>(table: Table<T>, id: string, now = Date.now()) {
  return setDeletedAt(table, id, null, now);
}

function setDeletedAt<T extends RecordMeta>(
  table: Table<T>,
  id: string,
  deletedAt: number | null,
  now: number,
): Promise<T> {
  return guard('move to the trash', () =>
    table.db.transaction('rw', table, async () => {
      const current = await table.get(id as never);
      if (!current) throw new DataError('not-found', 'That record no longer exists');
      const next = { ...current, deletedAt, rev: current.rev + 1, updatedAt: now } as T;
      await table.put(next as never);
      return next;
    }),
  );
}

/** `id` may be chosen up front (e.g. a new entry's address) as long as it is a fresh UUID. */
export function newRecordMeta(now: number, id: string = crypto.randomUUID()): RecordMeta {
  return { id, createdAt: now, updatedAt: now, rev: 1, deletedAt: null };
}
