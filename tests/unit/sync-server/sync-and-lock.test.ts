import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEntry, getEntry } from '../../../src/db/entries-repository';
import { setLocked, setOff } from '../../../src/db/keyring';
import { turnOnLock, unlock } from '../../../src/db/lock-repository';
import { readSyncConfig } from '../../../src/db/sync-store';
import { type CouchServer, startCouchServer } from '../../../tools/couch-server';
import { newDevice, on, signIn, sync } from '../../helpers/sync-devices';

/**
 * The lock and sync together: with the lock on, the server password and sync key are kept
 * sealed under the lock's key; a locked device does not sync until unlocked; and a lock turned
 * on after sync was set up takes the plain secrets off the disk, asking for them once more.
 */
let couch: CouchServer;
beforeAll(async () => {
  couch = await startCouchServer();
}, 90_000);
afterAll(async () => couch?.stop());
afterEach(() => setOff());

const LOCK = 'lock passphrase for tests';
const PASSWORD = 'the server password';

describe('sync with the passphrase lock', () => {
  it('keeps the secrets sealed, waits while locked, and syncs again once unlocked', async () => {
    const url = await couch.createJournal('locked-journal', 'lee', PASSWORD);
    const device = newDevice('locked');
    await on(device, () => turnOnLock(LOCK, undefined, 100_000));
    await signIn(device, url, 'lee', PASSWORD);
    const row = await on(device, () => readSyncConfig());
    expect(row?.secrets.kind).toBe('sealed');
    expect(JSON.stringify(row)).not.toContain(PASSWORD);

    const entry = await on(device, () => createEntry({ text: 'written while unlocked' }));
    setLocked();
    expect(await sync(device)).toEqual({ kind: 'locked' });
    expect(await couch.allDocs(url)).toHaveLength(1); // the setup document only

    await on(device, () => unlock(LOCK));
    expect(await sync(device)).toMatchObject({ kind: 'done', sent: 1 });
    // One keyring per process: the second device, which has no lock, starts from "off".
    setOff();
    const other = newDevice('other');
    await signIn(other, url, 'lee', PASSWORD);
    await sync(other);
    expect((await on(other, () => getEntry(entry.id)))?.text).toBe('written while unlocked');
  });

  it('takes plain secrets off the disk when the lock is turned on later, and asks for them once', async () => {
    const url = await couch.createJournal('later-lock', 'kim', PASSWORD);
    const device = newDevice('later');
    await signIn(device, url, 'kim', PASSWORD);
    expect((await on(device, () => readSyncConfig()))?.secrets.kind).toBe('plain');
    await on(device, () => turnOnLock(LOCK, undefined, 100_000));
    expect(await sync(device)).toEqual({ kind: 'sign-in' });
    const row = await on(device, () => readSyncConfig());
    expect(row?.secrets).toEqual({ kind: 'none' });
    await signIn(device, url, 'kim', PASSWORD);
    expect((await on(device, () => readSyncConfig()))?.secrets.kind).toBe('sealed');
    expect(await sync(device)).toMatchObject({ kind: 'done' });
  });
});
