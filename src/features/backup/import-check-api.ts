import type { Backup } from '../../domain/backup/backup-schema';
import { otherJournalReader } from './other-journals';
import { type ImportReading, readImportFile, type Refusal } from './read-import-file';

/**
 * The import file check, run in a worker (import-check.worker.ts): parsing and checking tens
 * of thousands of records takes seconds on a phone, and there it never holds up a tap. It
 * reads the file and nothing else: no database, no keys, nothing logged. The records are
 * handed over a slice at a time (`take`): copying ten thousand entries into the page at once
 * would hold it up for as long.
 */
type TableName = keyof Backup['tables'];
export type ReadingWithoutRecords = Omit<ImportReading, 'tables'> & { sizes: Record<TableName, number> };

let held: Backup['tables'] | null = null;

export const importCheck = {
  async read(
    file: Blob,
    timeZone: string,
    passphrase: string | undefined,
    onProgress: (checked: number, total: number) => void,
  ): Promise<ReadingWithoutRecords | Refusal> {
    held = null;
    const read = await readImportFile(file, otherJournalReader(timeZone), onProgress, passphrase, timeZone);
    if ('problem' in read) return read;
    const { tables, ...rest } = read;
    held = tables;
    const sizes = {
      entries: tables.entries.length,
      runs: tables.runs.length,
      drafts: tables.drafts.length,
      settings: tables.settings.length,
    };
    return { ...rest, sizes };
  },
  take<T extends TableName>(table: T, from: number, count: number): Backup['tables'][T] {
    if (!held) throw new Error('Nothing has been read.');
    return held[table].slice(from, from + count) as Backup['tables'][T];
  },
};

export type ImportCheck = typeof importCheck;
