import { Dexie, type EntityTable } from 'dexie';
import { createStore } from 'zustand/vanilla';
import type { Setting } from '../domain/records';
import { setConnectionState, useConnectionState } from './connection-status';
import type { LockRow } from './lock-row';
import { applySchema, SCHEMA_VERSIONS, type SchemaVersion } from './schema';
import type { StoredEntry, StoredRun } from './sealing';
import type { SyncConfigRow } from './sync-store';
import type { SyncMark } from '../domain/sync/reconcile';
import { anyUnsavedWords, onSaveSettled, saveEverythingBeforeLeaving } from './unsaved-words';

export const DATABASE_NAME = 'good-enough';

/** Records as they sit on disk: sealed ones must go through `openRecord` (sealing.ts) to be read. */
export type JournalDatabase = Dexie & {
  entries: EntityTable<StoredEntry, 'id'>;
  runs: EntityTable<StoredRun, 'id'>;
  settings: EntityTable<Setting, 'key'>;
  lock: EntityTable<LockRow, 'id'>;
  syncConfig: EntityTable<SyncConfigRow, 'id'>;
  syncMarks: EntityTable<SyncMark, 'key'>;
};

export function openJournalDatabase(
  name: string = DATABASE_NAME,
  versions: SchemaVersion[] = SCHEMA_VERSIONS,
): JournalDatabase {
  const db = new Dexie(name) as JournalDatabase;
  applySchema(db, versions);
  return db;
}

/**
 * The database in use: the app's own, opened on first use. (Tests point it at a database of
 * their own, one per test or one per pretend device.)
 */
export const databaseInUse = createStore<{ db: JournalDatabase | null }>(() => ({ db: null }));

/** The one database the app uses. */
export function database(): JournalDatabase {
  const { db } = databaseInUse.getState();
  if (db) return db;
  const opened = openJournalDatabase();
  makeWayForNewerVersions(opened);
  databaseInUse.setState({ db: opened });
  return opened;
}

/**
 * For a worker about to be ended: closes its connection to the journal and answers only after
 * a round trip to the databases that follows the close, so the close has arrived by then. In
 * WebKit (WebKitGTK 2.50 here) a worker ended just after closing its connection often left
 * that connection open for good, and another tab's upgrade or "Delete everything" then waited
 * for it for ever (tests/engines/scenarios-connections.ts). Its page ends it once this answers.
 */
export async function letGoOfTheJournal(): Promise<void> {
  databaseInUse.getState().db?.close();
  await indexedDB.databases?.();
}

/**
 * Two tabs running different versions of the app share one database. The newer one must
 * upgrade it, which waits until every older connection has closed.
 *
 * In the older tab: save what is typed here (a save that can't go through yet, on a full disk
 * say, keeps the journal open and the newer tab waiting, rather than losing those words), then
 * close for good. Dexie would reopen the database on the next read or write, at the newer
 * version, and this tab's older code would then write records the newer one does not expect:
 * after closing, nothing here reads or writes the journal until the tab is reloaded.
 *
 * In the newer tab: while an older tab holds on, say so instead of showing nothing.
 */
function makeWayForNewerVersions(db: JournalDatabase): void {
  db.on('versionchange', (event: IDBVersionChangeEvent) => {
    if (event.newVersion === null) {
      // "Delete everything" in another tab: nothing to save into a journal being deleted.
      db.close({ disableAutoOpen: true });
      setConnectionState('deleted-elsewhere');
    } else {
      void stepBack(db);
    }
    return false; // Not Dexie's own handling: it closes at once and reopens on the next use.
  });
  db.on('blocked', () => setConnectionState('waiting-for-older-tab'));
  db.on('ready', () => {
    if (useConnectionState.getState().state === 'waiting-for-older-tab') setConnectionState('open');
  });
}

const steppingBack = new WeakSet<JournalDatabase>();

async function stepBack(db: JournalDatabase): Promise<void> {
  if (steppingBack.has(db)) return;
  steppingBack.add(db);
  setConnectionState('stepping-back');
  await saveEverythingBeforeLeaving();
  if (anyUnsavedWords()) {
    await new Promise<void>((allSaved) => {
      const stop = onSaveSettled(() => {
        if (anyUnsavedWords()) return;
        stop();
        allSaved();
      });
    });
  }
  db.close({ disableAutoOpen: true });
  setConnectionState('closed-for-newer-version');
}
