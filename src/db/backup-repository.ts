import type { Table } from 'dexie';
import type { Backup } from '../domain/backup/backup-schema';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../domain/backup/backup-format';
import { keptCopyId } from '../domain/kept-copy';
import { type MergeCounts, planMerge, planRecordMerge, type Versioned } from '../domain/backup/merge';
import type { Entry, ExperimentRun, Setting } from '../domain/records';
import { database } from './database';
import { guard } from './guard';
import { assertWritable, LOCK_ROW_ID } from './lock-row';
import { openRecords, type PlainOf, sealForWriting, type Stored } from './sealing';

export interface ImportPreview {
  entries: MergeCounts;
  runs: MergeCounts;
  settings: MergeCounts;
}

/**
 * Every record of every table, opened if sealed: a backup holds the journal as written.
 * A damaged sealed record can't be opened; it is left out and `onDamaged` says how many.
 * The drafts table is written empty: the journal has none, and older versions of the app
 * refuse a file without it.
 */
export function exportBackup(
  appVersion: string,
  now: Date = new Date(),
  onDamaged: (count: number) => void = () => {},
): Promise<Backup> {
  const db = database();
  return guard('read your journal for the backup', async () => {
    // One read transaction for a consistent copy; opening sealed records happens after it.
    const stored = await db.transaction('r', [db.entries, db.runs, db.settings], async () => ({
      entries: await db.entries.toArray(),
      runs: await db.runs.toArray(),
      settings: await db.settings.toArray(),
    }));
    return {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_VERSION,
      appVersion,
      exportedAt: now.toISOString(),
      tables: {
        entries: (await openRecords('entries', stored.entries, onDamaged)) as Backup['tables']['entries'],
        runs: (await openRecords('runs', stored.runs, onDamaged)) as Backup['tables']['runs'],
        drafts: [],
        settings: stored.settings,
      },
    };
  });
}

type RecordTable = 'entries' | 'runs';
type PlainTables = { entries: Entry[]; runs: ExperimentRun[]; settings: Setting[] };

/** What merging would write, and what it was planned against, so the write can check nothing moved. */
interface Plan {
  tables: PlainTables;
  counts: ImportPreview;
  /** Every key the plan read or will write, with the revision (or time) it had then; null if absent. */
  seen: { [Table in keyof PlainTables]: Map<string, number | null> };
}

async function planRecords<T extends RecordTable>(name: T, incoming: PlainOf<T>[], seen: Map<string, number | null>) {
  const table = database().table(name) as Table<Stored<T>, string>;
  const here = async (records: PlainOf<T>[]) => {
    const found = await inSlices(records, (slice) => table.bulkGet(slice.map((record) => record.id)));
    const stored = found.filter((record) => record !== undefined);
    return { stored, opened: new Map((await openRecords(name, stored)).map((record) => [record.id, record])) };
  };
  const first = await here(incoming);
  const damaged = new Set(first.stored.map((record) => (record as Versioned).id).filter((id) => !first.opened.has(id)));
  // A record here that can't be opened (damaged) stays as it is; the file's version comes in beside it.
  const beside = incoming.map((record) => (damaged.has(record.id) ? { ...record, id: keptCopyId(record) } : record));
  const { stored, opened: local } = damaged.size > 0 ? await here(beside) : first;
  for (const record of stored as Versioned[]) seen.set(record.id, record.rev);
  for (const record of beside) if (!seen.has(record.id)) seen.set(record.id, null);
  const ids = new Set(await table.toCollection().primaryKeys());
  const plan = planRecordMerge(beside, local, (id) => ids.has(id), keptCopyId);
  for (const record of plan.toWrite) if (!seen.has(record.id)) seen.set(record.id, null);
  return plan;
}

async function planSettings(incoming: Setting[], seen: Map<string, number | null>) {
  const existing = (await database().settings.bulkGet(incoming.map((record) => record.key))).filter(
    (record) => record !== undefined,
  );
  for (const record of incoming) seen.set(record.key, null);
  for (const record of existing) seen.set(record.key, record.updatedAt);
  return planMerge(incoming, new Map(existing.map((record) => [record.key, record.updatedAt])), (record) => record.key);
}

async function plan(tables: Backup['tables']): Promise<Plan> {
  // A file's drafts are already entries here: read-backup.ts made them so.
  const seen: Plan['seen'] = { entries: new Map(), runs: new Map(), settings: new Map() };
  const entries = await planRecords('entries', tables.entries as Entry[], seen.entries);
  const runs = await planRecords('runs', tables.runs as ExperimentRun[], seen.runs);
  const settings = await planSettings(tables.settings as Setting[], seen.settings);
  return {
    tables: { entries: entries.toWrite, runs: runs.toWrite, settings: settings.toWrite },
    counts: { entries: entries.counts, runs: runs.counts, settings: settings.counts },
    seen,
  };
}

/** What an import would do, without doing it. */
export function previewImport(tables: Backup['tables']): Promise<ImportPreview> {
  return guard('compare the backup with your journal', async () => (await plan(tables)).counts);
}

class JournalMoved extends Error {}

/**
 * Merges the backup in one transaction: all of it lands, or (on any failure, a full disk
 * included) none of it does. Records are opened, compared and sealed before the transaction
 * (WebCrypto would let it close); inside it, every record the plan looked at is checked again,
 * and if another tab saved meanwhile the merge is planned afresh.
 */
export function applyImport(tables: Backup['tables']): Promise<ImportPreview> {
  const db = database();
  return guard('bring in the backup', async () => {
    for (let attempt = 1; ; attempt += 1) {
      const planned = await plan(tables);
      const sealed = {
        entries: await Promise.all(planned.tables.entries.map((entry) => sealForWriting('entries', entry))),
        runs: await Promise.all(planned.tables.runs.map((run) => sealForWriting('runs', run))),
      };
      try {
        return await db.transaction('rw', [db.entries, db.runs, db.settings, db.lock], async () => {
          const lock = await db.lock.get(LOCK_ROW_ID);
          for (const record of [...sealed.entries, ...sealed.runs]) assertWritable(lock, record);
          await unmoved(db.entries, planned.seen.entries, (record) => record.rev);
          await unmoved(db.runs, planned.seen.runs, (record) => record.rev);
          await unmoved(db.settings, planned.seen.settings, (record) => record.updatedAt);
          await writeInSlices(sealed.entries, (slice) => db.entries.bulkPut(slice));
          await writeInSlices(sealed.runs, (slice) => db.runs.bulkPut(slice));
          await db.settings.bulkPut(planned.tables.settings);
          return planned.counts;
        });
      } catch (error) {
        if (!(error instanceof JournalMoved) || attempt >= 3) throw error;
      }
    }
  });
}

/**
 * Reads or writes many records a slice at a time, one after another: each slice's copying
 * is a short task of its own, so a big import never holds the page up. Inside a transaction
 * it stays one transaction (each request is made as the one before it succeeds).
 */
async function inSlices<T, R>(items: T[], read: (slice: T[]) => Promise<R[]>): Promise<R[]> {
  const results: R[] = [];
  for (let from = 0; from < items.length; from += SLICE) results.push(...(await read(items.slice(from, from + SLICE))));
  return results;
}
async function writeInSlices<T>(items: T[], write: (slice: T[]) => Promise<unknown>): Promise<void> {
  for (let from = 0; from < items.length; from += SLICE) await write(items.slice(from, from + SLICE));
}
const SLICE = 250;

async function unmoved<R>(
  table: { bulkGet(keys: string[]): Promise<(R | undefined)[]> },
  seen: Map<string, number | null>,
  versionOf: (record: R) => number,
) {
  const keys = [...seen.keys()];
  const now = await inSlices(keys, (slice) => table.bulkGet(slice));
  keys.forEach((key, index) => {
    const record = now[index];
    if ((record === undefined ? null : versionOf(record)) !== seen.get(key)) throw new JournalMoved();
  });
}

/** Removes the whole database. The app reloads afterwards and starts empty. */
export function deleteEverything(): Promise<void> {
  return guard('delete the journal', () => database().delete());
}
