import { Dexie, type EntityTable } from 'dexie';
import type { Draft, Entry, ExperimentRun, Setting } from '../domain/records';
import { applySchema, SCHEMA_VERSIONS, type SchemaVersion } from './schema';

export const DATABASE_NAME = 'good-enough';

export type JournalDatabase = Dexie & {
  entries: EntityTable<Entry, 'id'>;
  runs: EntityTable<ExperimentRun, 'id'>;
  drafts: EntityTable<Draft, 'key'>;
  settings: EntityTable<Setting, 'key'>;
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
