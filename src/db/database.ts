import { Dexie, type EntityTable } from 'dexie';
import type { Setting } from '../domain/records';
import type { LockRow } from './lock-row';
import { applySchema, SCHEMA_VERSIONS, type SchemaVersion } from './schema';
import type { StoredDraft, StoredEntry, StoredRun } from './sealing';

export const DATABASE_NAME = 'good-enough';

/** Records as they sit on disk: sealed ones must go through `openRecord` (sealing.ts) to be read. */
export type JournalDatabase = Dexie & {
  entries: EntityTable<StoredEntry, 'id'>;
  runs: EntityTable<StoredRun, 'id'>;
  drafts: EntityTable<StoredDraft, 'key'>;
  settings: EntityTable<Setting, 'key'>;
  lock: EntityTable<LockRow, 'id'>;
};

export function openJournalDatabase(
  name: string = DATABASE_NAME,
  versions: SchemaVersion[] = SCHEMA_VERSIONS,
): JournalDatabase {
  const db = new Dexie(name) as JournalDatabase;
  applySchema(db, versions);
  return db;
}

let shared: JournalDatabase | null = null;

/** The one database the app uses. Tests may swap it with `setDatabaseForTests`. */
export function database(): JournalDatabase {
  shared ??= openJournalDatabase();
  return shared;
}

export function setDatabaseForTests(db: JournalDatabase | null): void {
  shared = db;
}
