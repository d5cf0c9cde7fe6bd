import { afterEach, beforeEach, expect, it } from 'vitest';
import { Autosaver } from '../../../src/db/autosaver';
import { useConnectionState } from '../../../src/db/connection-status';
import { DATABASE_NAME, database, databaseInUse } from '../../../src/db/database';
import { SCHEMA_VERSIONS } from '../../../src/db/schema';
import { DataError } from '../../../src/domain/data-error';

/*
 * Another tab opens the journal at a newer schema version (here: a raw IndexedDB open one
 * version up, as Dexie would ask for it). The page's own database must make way, once its
 * words are saved, and never open again behind the person's back.
 */
const NEWER = (SCHEMA_VERSIONS.at(-1)!.version + 1) * 10;

function openNewer(onBlocked: () => void = () => {}): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE_NAME, NEWER);
    request.onblocked = onBlocked;
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

beforeEach(() => databaseInUse.setState({ db: null }));
afterEach(async () => {
  databaseInUse.setState({ db: null });
  useConnectionState.setState({ state: 'open' });
  await new Promise((done) => (indexedDB.deleteDatabase(DATABASE_NAME).onsuccess = done));
});

it('makes way for a newer version, then closes for good: nothing reads or writes the journal again', async () => {
  await database().settings.put({ key: 'theme', value: 'dark', updatedAt: 1 });
  const newer = await openNewer();
  expect(useConnectionState.getState().state).toBe('closed-for-newer-version');

  // Dexie would reopen on the next use, at the newer version: here it refuses instead.
  await expect(database().settings.put({ key: 'theme', value: 'light', updatedAt: 2 })).rejects.toThrow();
  const theme = await new Promise((resolve) => {
    const request = newer.transaction('settings').objectStore('settings').get('theme');
    request.onsuccess = () => resolve(request.result);
  });
  expect(theme).toEqual({ key: 'theme', value: 'dark', updatedAt: 1 });
  newer.close();
});

it('holds the journal open while words typed here cannot be saved yet, and lets go once they are', async () => {
  let diskFull = true;
  const saved: string[] = [];
  const saver = new Autosaver<{ text: string }>({
    id: crypto.randomUUID(),
    savedRev: null,
    create: async (id, fields) => {
      if (diskFull) throw new DataError('storage-full', 'save your words');
      await database().settings.put({ key: `words-${id}`, value: fields.text, updatedAt: 1 });
      saved.push(fields.text);
      return { rev: 1 };
    },
    update: () => Promise.resolve({ rev: 2 }),
    isEmpty: (fields) => !fields.text,
    onNewRecord: () => {},
    onState: () => {},
  });
  saver.register();
  await database().open();
  saver.change({ text: 'Words the disk has no room for yet.' });

  let blocked = false;
  const opening = openNewer(() => (blocked = true));
  await expect.poll(() => blocked).toBe(true);
  expect(useConnectionState.getState().state).toBe('stepping-back');

  // Room again: the words are saved into this version's journal, and only then does it close.
  diskFull = false;
  await saver.flush();
  const newer = await opening;
  expect(saved).toEqual(['Words the disk has no room for yet.']);
  expect(useConnectionState.getState().state).toBe('closed-for-newer-version');
  newer.close();
  await saver.close().catch(() => {});
});
