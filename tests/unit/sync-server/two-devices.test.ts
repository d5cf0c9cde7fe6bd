import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEntry, getEntry, restoreEntry, trashEntry, updateEntry } from '../../../src/db/entries-repository';
import { applyImport } from '../../../src/db/backup-repository';
import { readSyncConfig } from '../../../src/db/sync-store';
import { readOtherJournal } from '../../../src/features/backup/other-journals';
import { prepareImport } from '../../../src/features/backup/prepare-import';
import { isSyncError } from '../../../src/features/sync/couch-client';
import { type CouchServer, startCouchServer } from '../../../tools/couch-server';
import { type Device, everyEntry, journalOf, newDevice, on, signIn, sync } from '../../helpers/sync-devices';

/**
 * Two devices (two IndexedDB databases) syncing through a real CouchDB-protocol server: what
 * arrives, what is kept when both changed, deletions, a wrong passphrase, a server that lost
 * its data, and one that sends back an older copy.
 */
let couch: CouchServer;
let url: string;
let a: Device;
let b: Device;
const USER = 'sam';
const PASSWORD = 'server password 1';
let journalCount = 0;

beforeAll(async () => {
  couch = await startCouchServer();
}, 90_000);
afterAll(async () => couch?.stop());

beforeEach(async () => {
  journalCount += 1;
  url = await couch.createJournal(`journal-${journalCount}`, `${USER}${journalCount}`, PASSWORD);
  a = newDevice('a');
  b = newDevice('b');
  await signIn(a, url, `${USER}${journalCount}`, PASSWORD);
});

const joinB = () => signIn(b, url, `${USER}${journalCount}`, PASSWORD);

describe('two devices, one server', () => {
  it('sends what one device wrote to the other, words intact', async () => {
    const written = await on(a, () => createEntry({ title: 'Left it', text: 'Sent the email with a typo 🌱\nFine.' }));
    await sync(a);
    await joinB();
    const outcome = await sync(b);
    expect(outcome).toMatchObject({ kind: 'done', counts: { added: 1 } });
    const arrived = await on(b, () => getEntry(written.id));
    expect(arrived).toMatchObject({
      title: 'Left it',
      text: written.text,
      day: written.day,
      timeZone: written.timeZone,
    });
  });

  it('keeps both versions, on both devices, when both changed the same entry between syncs', async () => {
    const entry = await on(a, () => createEntry({ text: 'first words' }));
    await sync(a);
    await joinB();
    await sync(b);
    await on(a, () => updateEntry(entry.id, { text: 'changed on the phone' }, entry.rev));
    const onB = (await on(b, () => getEntry(entry.id)))!;
    await on(b, () => updateEntry(entry.id, { text: 'changed on the laptop' }, onB.rev));
    await sync(a);
    await sync(b);
    await sync(a);
    const texts = (await journalOf(a)).map((e) => e.text).sort();
    expect(texts).toEqual(['changed on the laptop', 'changed on the phone']);
    expect(await journalOf(b)).toEqual(await journalOf(a));
  });

  it('carries a move to the trash, and the way back', async () => {
    const entry = await on(a, () => createEntry({ text: 'to be trashed' }));
    await sync(a);
    await joinB();
    await sync(b);
    await on(a, () => trashEntry(entry.id));
    await sync(a);
    await sync(b);
    expect((await on(b, () => getEntry(entry.id)))?.deletedAt).not.toBeNull();
    await on(b, () => restoreEntry(entry.id));
    await sync(b);
    await sync(a);
    expect((await on(a, () => getEntry(entry.id)))?.deletedAt).toBeNull();
    expect(await journalOf(a)).toEqual([{ id: entry.id, text: 'to be trashed', deletedAt: null }]);
  });

  it('refuses a wrong sync passphrase on the second device and keeps nothing of it', async () => {
    await on(a, () => createEntry({ text: 'private' }));
    await sync(a);
    const refused = await signIn(b, url, `${USER}${journalCount}`, PASSWORD, 'not the passphrase').catch((e) => e);
    expect(isSyncError(refused, 'wrong-passphrase')).toBe(true);
    expect(await on(b, () => readSyncConfig())).toBeUndefined();
    expect(await everyEntry(b)).toEqual([]);
  });

  it('refuses a wrong password and a database that does not exist, in plain words', async () => {
    const wrong = await signIn(b, url, `${USER}${journalCount}`, 'nope').catch((e) => e);
    expect(isSyncError(wrong, 'wrong-password')).toBe(true);
    const missing = await signIn(b, `${couch.origin}/no-such-db`, `${USER}${journalCount}`, PASSWORD).catch((e) => e);
    expect(isSyncError(missing, 'no-database')).toBe(true);
  });

  it('stores nothing readable on the server: no words, no day, no time, no kind', async () => {
    const marker = 'zebracorn-marker';
    const entry = await on(a, () => createEntry({ title: marker, text: `${marker} text`, tags: [marker], mood: 2 }));
    await sync(a);
    const stored = JSON.stringify(await couch.allDocs(url));
    for (const clue of [
      marker,
      entry.day,
      String(entry.createdAt),
      String(entry.updatedAt),
      entry.timeZone,
      entry.id,
      '"free"',
      'entries',
    ])
      expect(stored).not.toContain(clue);
    const docs = await couch.allDocs(url);
    expect(docs).toHaveLength(2);
    const record = docs.find((doc) => doc._id !== 'good-enough-setup')!;
    expect(Object.keys(record).sort()).toEqual(['_id', '_rev', 'data', 'iv']);
    // Padded: a record's ciphertext is a whole number of 1 KiB blocks (plus the 16-byte tag).
    expect((Buffer.from(record.data as string, 'base64').length - 16) % 1024).toBe(0);
  });

  it('fills a server that lost its data again from the devices, and never empties a device', async () => {
    await on(a, () => createEntry({ text: 'kept on a' }));
    await sync(a);
    await joinB();
    await sync(b);
    await on(b, () => createEntry({ text: 'kept on b' }));
    await couch.restart();
    expect(await couch.allDocs(url)).toEqual([]);
    await sync(a);
    await sync(b);
    await sync(a);
    const texts = (await journalOf(a)).map((e) => e.text).sort();
    expect(texts).toEqual(['kept on a', 'kept on b']);
    expect(await journalOf(b)).toEqual(await journalOf(a));
    expect((await couch.allDocs(url)).length).toBe(3);
  });

  it('keeps the newer copy when the server sends back an older one', async () => {
    const entry = await on(a, () => createEntry({ text: 'version one' }));
    await sync(a);
    const docId = (await couch.allDocs(url)).find((doc) => doc._id !== 'good-enough-setup')!._id;
    const old = (await couch.allDocs(url)).find((doc) => doc._id === docId)!;
    const saved = (await on(a, () => getEntry(entry.id)))!;
    await on(a, () => updateEntry(entry.id, { text: 'version two' }, saved.rev));
    await sync(a);
    // The server puts the first version's ciphertext back, as a new revision.
    const current = (await couch.allDocs(url)).find((doc) => doc._id === docId)!;
    await fetch(`${url}/${docId}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ _id: docId, _rev: current._rev, iv: old.iv, data: old.data }),
    });
    const outcome = await sync(a);
    expect(outcome).toMatchObject({ kind: 'done', counts: { rollbacks: 1 } });
    expect((await on(a, () => getEntry(entry.id)))?.text).toBe('version two');
    await joinB();
    await sync(b);
    expect((await on(b, () => getEntry(entry.id)))?.text).toBe('version two');
  });

  it('brings the same import on two devices together as one journal, with no duplicates', async () => {
    const jrnl = JSON.stringify({
      tags: { '@walks': 1 },
      entries: [
        {
          title: 'Rain walk',
          body: 'Went out anyway.',
          date: '2024-03-02',
          time: '09:30',
          tags: ['@walks'],
          starred: false,
        },
        { title: 'Sent it', body: 'With the typo.', date: '2024-03-03', time: '18:05', tags: [], starred: true },
      ],
    });
    const bringIn = async () => {
      const prepared = await prepareImport(new Blob([jrnl], { type: 'application/json' }), readOtherJournal);
      if (!prepared.ok) throw new Error('the jrnl file was refused');
      await applyImport(prepared.tables);
    };
    await on(a, bringIn);
    await joinB();
    await on(b, bringIn);
    await sync(a);
    await sync(b);
    await sync(a);
    const onA = await journalOf(a);
    expect(onA.map((entry) => entry.text).sort()).toEqual(['Went out anyway.', 'With the typo.']);
    expect(await journalOf(b)).toEqual(onA);
  });
});
