import type { Table } from 'dexie';
import * as v from 'valibot';
import { RECORD_SCHEMAS } from '../domain/backup/backup-schema';
import { isDataError } from '../domain/data-error';
import { type Decision, decide, type SyncedRecord, type SyncMark } from '../domain/sync/reconcile';
import { recordKeyOf, type SyncedTable } from '../domain/sync/sync-documents';
import { database } from './database';
import { guard } from './guard';
import { assertWritable, LOCK_ROW_ID } from './lock-row';
import { openRecord, openRecords, type PlainOf, sealForWriting, type Stored } from './sealing';

/**
 * The journal's side of sync: which records changed since this device and the server last
 * agreed, and bringing in versions from the server by the rule in domain/sync/reconcile.ts.
 * Everything here works in batches, each its own short transaction, so writing is never held up.
 */

type StoredMeta = SyncedRecord & { sealed?: unknown; deletedAt: number | null };

const tableOf = (name: SyncedTable) => database().table(name) as Table<StoredMeta, string>;

export interface Unsynced {
  table: SyncedTable;
  record: PlainOf<SyncedTable>;
  mark: SyncMark | undefined;
}

/**
 * One page of records (by id, after `afterId`) with the ones changed since the last agreement.
 * A damaged record can't be opened, so it is not sent (the lock lists it as damaged).
 */
export async function unsyncedPage(
  table: SyncedTable,
  afterId: string,
  limit: number,
): Promise<{ changed: Unsynced[]; lastId: string | null }> {
  return guard('read your journal for sync', async () => {
    const db = database();
    const page = await tableOf(table).where(':id').above(afterId).limit(limit).toArray();
    if (page.length === 0) return { changed: [], lastId: null };
    const marks = await db.syncMarks.bulkGet(page.map((record) => recordKeyOf(table, record.id)));
    const changedStored = page.filter((record, index) => marks[index]?.syncedRev !== record.rev);
    const opened = await openRecords(table, changedStored as Stored<SyncedTable>[]);
    const markOf = new Map(marks.filter((mark) => mark !== undefined).map((mark) => [mark.key, mark]));
    return {
      changed: opened.map((record) => ({ table, record, mark: markOf.get(recordKeyOf(table, record.id)) })),
      lastId: page.at(-1)!.id,
    };
  });
}

/** The server revision each document was last seen at here, by document id (to skip our own changes). */
export async function serverRevsOf(documentIds: string[]): Promise<Map<string, string | null>> {
  return guard('read what was synced', async () => {
    const db = database();
    // One lookup per id, all asked at once: `anyOf` walks a cursor one step at a time, which
    // made reading a page of 100 ids the slowest part of a sync.
    const marks = await db.transaction('r', db.syncMarks, () =>
      Promise.all(documentIds.map((id) => db.syncMarks.where('documentId').equals(id).first())),
    );
    return new Map(marks.flatMap((mark) => (mark ? [[mark.documentId, mark.serverRev] as const] : [])));
  });
}

export function saveMarks(marks: SyncMark[]): Promise<void> {
  return guard('remember what was synced', async () => void (await database().syncMarks.bulkPut(marks)));
}

export function readMarks(keys: string[]): Promise<(SyncMark | undefined)[]> {
  return guard('read what was synced', () => database().syncMarks.bulkGet(keys));
}

export interface Arrival {
  table: SyncedTable;
  record: unknown;
  counter: number;
  documentId: string;
  serverRev: string;
}

export interface ArrivalCounts {
  added: number;
  updated: number;
  keptBoth: number;
  rollbacks: number;
  /** Failed the same checks as a backup file's records: left on the server, not brought in. */
  refused: number;
}

export const noArrivals = (): ArrivalCounts => ({ added: 0, updated: 0, keptBoth: 0, rollbacks: 0, refused: 0 });

interface Planned {
  arrival: Arrival;
  id: string;
  key: string;
  /** The local revision the decision was made against (null: not here), checked again when writing. */
  seenRev: number | null;
  decision: Decision<PlainOf<SyncedTable>>;
  mark: SyncMark | undefined;
}

/**
 * Brings in one batch of versions from the server. A record saved here while the batch was
 * being decided is left alone and its mark not moved: the next push then meets the server's
 * newer revision, fetches it again, and decides once more with the new words.
 */
export async function bringIn(arrivals: Arrival[]): Promise<ArrivalCounts> {
  const counts = noArrivals();
  const checked: { arrival: Arrival; theirs: PlainOf<SyncedTable>; key: string }[] = [];
  for (const arrival of arrivals) {
    const parsed = v.safeParse(RECORD_SCHEMAS[arrival.table], arrival.record);
    if (!parsed.success) counts.refused += 1;
    else {
      const theirs = parsed.output as PlainOf<SyncedTable>;
      checked.push({ arrival, theirs, key: recordKeyOf(arrival.table, theirs.id) });
    }
  }
  // One read each for the batch's records and marks, not two per record.
  const [storedList, marks] = await Promise.all([
    readByTable(checked.map(({ arrival, theirs }) => ({ table: arrival.table, id: theirs.id }))),
    database().syncMarks.bulkGet(checked.map(({ key }) => key)),
  ]);
  const opened = await Promise.all(
    checked.map(async (_, index) => {
      const stored = storedList[index];
      try {
        return {
          local: stored ? await openRecord(checked[index]!.arrival.table, stored as Stored<SyncedTable>) : undefined,
        };
      } catch (error) {
        // Damaged here (its key retired): never written over, never sent; the lock lists it.
        if (isDataError(error, 'damaged')) return null;
        throw error;
      }
    }),
  );
  const plans: Planned[] = [];
  checked.forEach(({ arrival, theirs, key }, index) => {
    const found = opened[index];
    if (found === null || found === undefined) return;
    const mark = marks[index];
    const decision = decide(found.local, mark, theirs, arrival.counter);
    plans.push({ arrival, id: theirs.id, key, seenRev: storedList[index]?.rev ?? null, decision, mark });
  });
  const writes = await Promise.all(plans.map(sealPlan));
  await guard('save what came from your server', () => writeBatch(writes, counts));
  return counts;
}

interface SealedPlan extends Planned {
  record: Stored<SyncedTable> | null;
  copy: Stored<SyncedTable> | null;
}

async function sealPlan(plan: Planned): Promise<SealedPlan> {
  const { decision, arrival } = plan;
  const record = decision.kind === 'take' ? await sealForWriting(arrival.table, decision.record) : null;
  const copy =
    (decision.kind === 'take' || decision.kind === 'keep-ours') && decision.copy
      ? await sealForWriting(arrival.table, decision.copy)
      : null;
  return { ...plan, record, copy };
}

/** Records by table and id, in the order asked, with one bulkGet per table. */
async function readByTable(wanted: { table: SyncedTable; id: string }[]): Promise<(StoredMeta | undefined)[]> {
  const found: (StoredMeta | undefined)[] = new Array(wanted.length);
  for (const table of new Set(wanted.map((item) => item.table))) {
    const at = wanted.flatMap((item, index) => (item.table === table ? [index] : []));
    const records = await tableOf(table).bulkGet(at.map((index) => wanted[index]!.id));
    at.forEach((index, n) => (found[index] = records[n]));
  }
  return found;
}

/**
 * Writes a decided batch in one transaction: one read of everything it touches, then one
 * bulkPut per table and one for the marks (hundreds of single puts kept the page busy). The
 * batch's own writes are tracked as they are planned, so a kept copy that also arrives in the
 * same batch is written once.
 */
async function writeBatch(writes: SealedPlan[], counts: ArrivalCounts): Promise<void> {
  const db = database();
  await db.transaction('rw', [db.entries, db.runs, db.syncMarks, db.lock], async () => {
    const lockRow = await db.lock.get(LOCK_ROW_ID);
    const touched = writes.flatMap((write) => [
      { table: write.arrival.table, id: write.id },
      ...(write.copy ? [{ table: write.arrival.table, id: write.copy.id }] : []),
    ]);
    const before = await readByTable(touched);
    /** The rev each touched record has now, batch writes included (null: not here). */
    const revNow = new Map(touched.map((item, index) => [`${item.table}:${item.id}`, before[index]?.rev ?? null]));
    const puts = new Map<SyncedTable, StoredMeta[]>();
    const put = (table: SyncedTable, record: StoredMeta) => {
      if (!puts.has(table)) puts.set(table, []);
      puts.get(table)!.push(record);
      revNow.set(`${table}:${record.id}`, record.rev);
    };
    const marks: SyncMark[] = [];
    for (const write of writes) {
      const { arrival, decision, mark } = write;
      if (revNow.get(`${arrival.table}:${write.id}`) !== write.seenRev) continue;
      const agreed = (syncedRev: number | null): SyncMark => ({
        key: write.key,
        documentId: arrival.documentId,
        serverRev: arrival.serverRev,
        counter: Math.max(mark?.counter ?? 0, arrival.counter),
        syncedRev,
      });
      if (decision.kind === 'rollback') {
        counts.rollbacks += 1;
        // Ours is newer: sent again over the server's revision, with a higher counter.
        marks.push({ ...agreed(null), counter: mark!.counter });
        continue;
      }
      if (decision.kind === 'echo') {
        // Nothing new; only the server's revision is noted, so the next send goes on top of it.
        marks.push({ ...mark!, documentId: arrival.documentId, serverRev: arrival.serverRev });
        continue;
      }
      const copy = write.copy;
      if (copy && revNow.get(`${arrival.table}:${copy.id}`) === null) {
        assertWritable(lockRow, copy);
        put(arrival.table, copy as StoredMeta);
        counts.keptBoth += 1;
      }
      if (decision.kind === 'same') {
        marks.push(agreed(write.seenRev));
      } else if (decision.kind === 'keep-ours') {
        marks.push(agreed(null));
      } else if (write.record) {
        assertWritable(lockRow, write.record);
        put(arrival.table, write.record as StoredMeta);
        if (write.seenRev === null) counts.added += 1;
        else counts.updated += 1;
        marks.push(agreed(decision.record.rev));
      }
    }
    for (const [table, records] of puts) await tableOf(table).bulkPut(records);
    // Later marks for the same key replace earlier ones, as the single puts did.
    await db.syncMarks.bulkPut(marks);
  });
}
