import { type JournalDatabase, openJournalDatabase, databaseInUse } from '../../src/db/database';
import { listAllLiveEntries } from '../../src/db/entries-repository';
import { syncOnce } from '../../src/features/sync/sync-engine';
import { turnOnSync } from '../../src/features/sync/sync-setup';
import type { Entry } from '../../src/domain/records';

/**
 * Several devices in one test process: each its own IndexedDB database (fake-indexeddb), the
 * one the app's code uses switched with `on(device, work)`. Work on one device is awaited before
 * the next starts, as on real devices whose syncs take turns through the server.
 */
export interface Device {
  name: string;
  db: JournalDatabase;
}

let count = 0;
export function newDevice(name: string): Device {
  count += 1;
  return { name, db: openJournalDatabase(`device-${name}-${count}-${crypto.randomUUID()}`) };
}

export async function on<T>(device: Device, work: () => Promise<T>): Promise<T> {
  databaseInUse.setState({ db: device.db });
  try {
    return await work();
  } finally {
    databaseInUse.setState({ db: null });
  }
}

export const PASSPHRASE = 'a sync passphrase for tests';
/** The lowest count a setup document may say; real setups use 600,000 (what this test saves is time). */
export const TEST_ITERATIONS = 100_000;

export function signIn(device: Device, url: string, user: string, password: string, passphrase = PASSPHRASE) {
  return on(device, () => turnOnSync({ url, user, password, passphrase }, TEST_ITERATIONS));
}

export function sync(device: Device) {
  return on(device, () => syncOnce());
}

/** Each live entry's words, sorted: what a person would compare between two phones. */
export async function journalOf(device: Device): Promise<{ id: string; text: string; deletedAt: number | null }[]> {
  const entries: Entry[] = await on(device, () => listAllLiveEntries());
  return entries.map(({ id, text, deletedAt }) => ({ id, text, deletedAt })).sort((a, b) => a.id.localeCompare(b.id));
}

export async function everyEntry(device: Device): Promise<Entry[]> {
  return on(device, async () => (await device.db.entries.toArray()) as Entry[]);
}
