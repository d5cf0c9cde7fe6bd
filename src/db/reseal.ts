import type { Table } from 'dexie';
import { toHex } from '../crypto/bytes';
import { database } from './database';
import { isDataError } from '../domain/data-error';
import { LOCK_ROW_ID, type LockRow } from './lock-row';
import { idOf, openRecord, type SealableTable, sealKeyOf, type SealedPayload, sealWith, type Stored } from './sealing';

/**
 * Moves every record to the key the lock row's `pending` names (or opens them all, when the
 * lock is being removed), a batch at a time, then finishes the change in one transaction.
 * Every step can be interrupted: the row keeps saying what is unfinished, every key it
 * names stays usable, and the next unlock simply runs this again.
 */

export type ResealProgress = (done: number, total: number) => void;

const BATCH = 200;
const TABLES: SealableTable[] = ['entries', 'runs'];

type AnyStored = { sealed?: SealedPayload; rev?: number; updatedAt: number; deletedAt?: number | null };

/** Returns true when the journal is fully on the pending key (or nothing was pending). */
export async function reseal(onProgress: ResealProgress = () => {}): Promise<boolean> {
  const db = database();
  for (let pass = 0; pass < 5; pass += 1) {
    const row = await db.lock.get(LOCK_ROW_ID);
    if (!row?.pending) return true;
    const target = row.pending.keyId;
    // Records whose check fails can't be opened by any key; they are left as they are.
    const damaged = new Set<string>();
    const total = (await Promise.all(TABLES.map((name) => db.table(name).count()))).reduce((a, b) => a + b, 0);
    let done = 0;
    for (const name of TABLES) {
      const table = db.table(name) as Table<AnyStored, string>;
      const keys = (await table.toCollection().primaryKeys()) as string[];
      for (let start = 0; start < keys.length; start += BATCH) {
        await resealBatch(name, table, keys.slice(start, start + BATCH), target, row, damaged);
        done += Math.min(BATCH, keys.length - start);
        onProgress(done, total);
      }
    }
    if (await finish(row, damaged)) return true;
    // A record was saved with the old key while this pass ran: go round again.
  }
  return false;
}

async function resealBatch(
  name: SealableTable,
  table: Table<AnyStored, string>,
  keys: string[],
  target: string | null,
  row: LockRow,
  damaged: Set<string>,
) {
  const db = database();
  const found = (await table.bulkGet(keys)).filter((stored) => stored !== undefined);
  const candidates = found.filter((stored) => sealKeyOf(stored) !== target);
  const opened = await Promise.all(
    candidates.map(async (stored) => {
      try {
        return await openRecord(name, stored as Stored<typeof name>);
      } catch (error) {
        if (!isDataError(error, 'damaged')) throw error;
        damaged.add(`${name}:${idOf(stored)}`);
        return null;
      }
    }),
  );
  const moving = candidates.filter((_, index) => opened[index] !== null);
  if (moving.length === 0) return;
  const next = await Promise.all(
    opened.filter((record) => record !== null).map((record) => sealWith(name, record, target)),
  );
  await db.transaction('rw', table, db.lock, async () => {
    const current = await db.lock.get(LOCK_ROW_ID);
    if (current?.pending?.keyId !== row.pending?.keyId) return; // the lock changed again meanwhile
    const now = await table.bulkGet(moving.map((stored) => idOf(stored)));
    // Only records nobody saved since they were read; the rest are caught by the next pass.
    const unchanged = next.filter((_, index) => stampOf(now[index]) === stampOf(moving[index]));
    await table.bulkPut(unchanged as AnyStored[]);
  });
}

/** In one transaction: if every record is on the target key, retire the old keys and slots. */
async function finish(row: LockRow, damaged: Set<string>): Promise<boolean> {
  const db = database();
  const target = row.pending?.keyId ?? null;
  return db.transaction('rw', [db.entries, db.runs, db.lock], async () => {
    const current = await db.lock.get(LOCK_ROW_ID);
    if (!current?.pending || current.pending.keyId !== target) return true; // someone else finished
    for (const name of TABLES) {
      const stale = await (db.table(name) as Table<AnyStored, string>)
        .filter((stored) => sealKeyOf(stored) !== target && !damaged.has(`${name}:${idOf(stored)}`))
        .count();
      if (stale > 0) return false;
    }
    if (target === null) {
      await db.lock.delete(LOCK_ROW_ID);
      return true;
    }
    const keep = current.slots.find((slot) => slot.id === current.pending?.keepSlotId) ?? current.slots[0];
    if (!keep) return false;
    const wrapped = keep.wrapped[target];
    if (!wrapped) return false;
    await db.lock.put({
      ...current,
      slots: [{ ...keep, wrapped: { [target]: wrapped } }],
      keyIds: [target],
      pending: null,
      updatedAt: Date.now(),
    });
    return true;
  });
}

function stampOf(stored: AnyStored | undefined): string {
  if (!stored) return 'gone';
  const seal = stored.sealed ? `${stored.sealed.keyId}:${toHex(stored.sealed.iv)}` : 'plain';
  return `${stored.rev}:${stored.updatedAt}:${stored.deletedAt}:${seal}`;
}
