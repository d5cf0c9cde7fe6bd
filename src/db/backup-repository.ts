import type { Backup } from '../domain/backup/backup-schema';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../domain/backup/backup-format';
import { type MergeCounts, planMerge } from '../domain/backup/merge';
import type { Draft, Entry, ExperimentRun, Setting } from '../domain/records';
import { database } from './database';
import { guard } from './guard';

export interface ImportPreview {
  entries: MergeCounts;
  runs: MergeCounts;
  drafts: MergeCounts;
  settings: MergeCounts;
}

/** Every record of every table, exactly as stored. */
export function exportBackup(appVersion: string, now: Date = new Date()): Promise<Backup> {
  const db = database();
  return guard('read your journal for the backup', () =>
    db.transaction('r', [db.entries, db.runs, db.drafts, db.settings], async () => ({
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_VERSION,
      appVersion,
      exportedAt: now.toISOString(),
      tables: {
        entries: (await db.entries.toArray()) as Backup['tables']['entries'],
        runs: (await db.runs.toArray()) as Backup['tables']['runs'],
        drafts: await db.drafts.toArray(),
        settings: await db.settings.toArray(),
      },
    })),
  );
}

async function plans(tables: Backup['tables']) {
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
      const planned = await plans(tables);
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
  return guard('bring in the backup', () =>
    db.transaction('rw', [db.entries, db.runs, db.drafts, db.settings], async () => {
      const planned = await plans(tables);
      await db.entries.bulkPut(planned.entries.toWrite as Entry[]);
      await db.runs.bulkPut(planned.runs.toWrite as ExperimentRun[]);
      await db.drafts.bulkPut(planned.drafts.toWrite as Draft[]);
      await db.settings.bulkPut(planned.settings.toWrite as Setting[]);
      return {
        entries: planned.entries.counts,
        runs: planned.runs.counts,
        drafts: planned.drafts.counts,
        settings: planned.settings.counts,
      };
    }),
  );
}

/** Removes the whole database. The app reloads afterwards and starts empty. */
export function deleteEverything(): Promise<void> {
  return guard('delete the journal', () => database().delete());
}
