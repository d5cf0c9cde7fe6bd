import type { Backup } from '../domain/backup/backup-schema';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../domain/backup/backup-format';
import { type MergeCounts, planMerge } from '../domain/backup/merge';
import type { Draft, Entry, ExperimentRun, Setting } from '../domain/records';
import { database } from './database';
import { guard } from './guard';
import { assertWritable, LOCK_ROW_ID } from './lock-row';
import { openRecords, sealForWriting, type StoredDraft, type StoredEntry, type StoredRun } from './sealing';

export interface ImportPreview {
  entries: MergeCounts;
  runs: MergeCounts;
  drafts: MergeCounts;
  settings: MergeCounts;
}

/**
 * Every record of every table, opened if sealed: a backup holds the journal as written.
 * A damaged sealed record can't be opened; it is left out and `onDamaged` says how many.
 */
export function exportBackup(
  appVersion: string,
  now: Date = new Date(),
  onDamaged: (count: number) => void = () => {},
): Promise<Backup> {
  const db = database();
  return guard('read your journal for the backup', async () => {
    // One read transaction for a consistent copy; opening sealed records happens after it.
    const stored = await db.transaction('r', [db.entries, db.runs, db.drafts, db.settings], async () => ({
      entries: await db.entries.toArray(),
      runs: await db.runs.toArray(),
      drafts: await db.drafts.toArray(),
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
        drafts: await openRecords('drafts', stored.drafts, onDamaged),
        settings: stored.settings,
      },
    };
  });
}

interface StoredTables {
  entries: StoredEntry[];
  runs: StoredRun[];
  drafts: StoredDraft[];
  settings: Setting[];
}

async function plans(tables: StoredTables) {
  const db = database();
  const times = async <T extends { updatedAt: number }>(records: T[], keyOf: (record: T) => string) =>
    new Map(records.map((record) => [keyOf(record), record.updatedAt]));
  const byId = (record: { id: string }) => record.id;
  const byKey = (record: { key: string }) => record.key;
  return {
    entries: planMerge(tables.entries, await times(await db.entries.toArray(), byId), byId),
    runs: planMerge(tables.runs, await times(await db.runs.toArray(), byId), byId),
    drafts: planMerge(tables.drafts, await times(await db.drafts.toArray(), byKey), byKey),
    settings: planMerge(tables.settings, await times(await db.settings.toArray(), byKey), byKey),
  };
}

/** What an import would do, without doing it. */
export function previewImport(tables: Backup['tables']): Promise<ImportPreview> {
  const db = database();
  return guard('compare the backup with your journal', () =>
    db.transaction('r', [db.entries, db.runs, db.drafts, db.settings], async () => {
      const planned = await plans(tables as StoredTables);
      return {
        entries: planned.entries.counts,
        runs: planned.runs.counts,
        drafts: planned.drafts.counts,
        settings: planned.settings.counts,
      };
    }),
  );
}

/**
 * Merges the backup in one transaction: all of it lands, or (on any failure, a full disk
 * included) none of it does. Planned again inside the transaction, so it is right even if
 * the journal changed since the preview.
 */
export function applyImport(tables: Backup['tables']): Promise<ImportPreview> {
  const db = database();
  return guard('bring in the backup', async () => {
    // With the lock on, the backup's records are sealed before the transaction opens.
    const sealed: StoredTables = {
      entries: await Promise.all(tables.entries.map((entry) => sealForWriting('entries', entry as Entry))),
      runs: await Promise.all(tables.runs.map((run) => sealForWriting('runs', run as ExperimentRun))),
      drafts: await Promise.all(tables.drafts.map((draft) => sealForWriting('drafts', draft as Draft))),
      settings: tables.settings as Setting[],
    };
    return db.transaction('rw', [db.entries, db.runs, db.drafts, db.settings, db.lock], async () => {
      const lock = await db.lock.get(LOCK_ROW_ID);
      for (const record of [...sealed.entries, ...sealed.runs, ...sealed.drafts]) assertWritable(lock, record);
      const planned = await plans(sealed);
      await db.entries.bulkPut(planned.entries.toWrite);
      await db.runs.bulkPut(planned.runs.toWrite);
      await db.drafts.bulkPut(planned.drafts.toWrite);
      await db.settings.bulkPut(planned.settings.toWrite);
      return {
        entries: planned.entries.counts,
        runs: planned.runs.counts,
        drafts: planned.drafts.counts,
        settings: planned.settings.counts,
      };
    });
  });
}

/** Removes the whole database. The app reloads afterwards and starts empty. */
export function deleteEverything(): Promise<void> {
  return guard('delete the journal', () => database().delete());
}
