import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { applyImport } from '../../../src/db/backup-repository';
import { listAllLiveEntries } from '../../../src/db/entries-repository';
import { readOtherJournal } from '../../../src/features/backup/other-journals';
import { prepareImport } from '../../../src/features/backup/prepare-import';
import { withFreshDatabase } from '../../helpers/fresh-database';

withFreshDatabase();

const dayOne = {
  metadata: { version: '1.0' },
  entries: [
    {
      uuid: 'A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6',
      creationDate: '2024-03-10T07:30:00Z',
      modifiedDate: '2024-03-10T08:00:00Z',
      timeZone: 'America/Los_Angeles',
      text: 'Sent it anyway\\! Nobody minded\\.\n\n![](dayone-moment://ABC123)',
      tags: ['work'],
      starred: true,
      location: { placeName: 'Home' },
    },
  ],
};

const jrnl = {
  tags: { '@calm': 1 },
  entries: [
    {
      title: 'Evening',
      body: 'Left the dishes.\nIt was fine 🌙',
      date: '2024-05-02',
      time: '21:15',
      tags: ['@calm'],
      starred: false,
    },
  ],
};

const file = (value: unknown) => new Blob([JSON.stringify(value)], { type: 'application/json' });

describe('imports from other journals', () => {
  it('brings in a Day One zip with the words as written, and adds nothing the second time', async () => {
    const zip = zipSync({
      'Journal.json': new TextEncoder().encode(JSON.stringify(dayOne)),
      'photos/x.jpeg': new Uint8Array([1]),
    });
    const prepared = await prepareImport(new Blob([zip]), readOtherJournal);
    if (!prepared.ok) throw new Error(prepared.problem);
    expect(prepared.kind).toBe('dayone');
    expect(prepared.preview.entries).toEqual({ added: 1, updated: 0, unchanged: 0, keptBoth: 0 });
    await applyImport(prepared.tables);
    const [entry] = await listAllLiveEntries();
    expect(entry?.text).toContain('Sent it anyway! Nobody minded.');
    expect(entry?.text).toContain('[Photo from Day One]');
    expect(entry).toMatchObject({ day: '2024-03-09', tags: ['work'], timeZone: 'America/Los_Angeles' });

    const again = await prepareImport(new Blob([zip]), readOtherJournal);
    if (!again.ok) throw new Error(again.problem);
    expect(again.preview.entries).toEqual({ added: 0, updated: 0, unchanged: 1, keptBoth: 0 });
  });

  it('brings in every journal of an "All journals" zip, each entry tagged with its journal, once', async () => {
    const work = {
      ...dayOne,
      entries: [{ ...dayOne.entries[0], uuid: 'FFFF0000FFFF0000FFFF0000FFFF0000', text: 'Work' }],
    };
    const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
    // The same entry in two journals (Day One never does this, a hand-made zip might) comes in once.
    const zip = zipSync({
      'Journal.json': encode(dayOne),
      'Travel.json': encode({ entries: [...work.entries, ...dayOne.entries] }),
    });
    const prepared = await prepareImport(new Blob([zip]), readOtherJournal);
    if (!prepared.ok) throw new Error(prepared.problem);
    expect(prepared.journals).toEqual([
      { name: 'Journal', entries: 1 },
      { name: 'Travel', entries: 1 },
    ]);
    expect(prepared.notes).toContain('Journal: 1 photo could not be brought over; a note marks where it was.');
    await applyImport(prepared.tables);
    expect((await listAllLiveEntries()).map((entry) => entry.tags).sort()).toEqual([
      ['work', 'Journal'],
      ['work', 'Travel'],
    ]);
  });

  it('refuses a zip of several files when one of them is not a Day One journal, naming which', async () => {
    const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
    const zip = zipSync({ 'Journal.json': encode(dayOne), 'notes.json': encode({ hello: 'there' }) });
    expect(await prepareImport(new Blob([zip]), readOtherJournal)).toEqual({
      ok: false,
      problem: 'This zip has a file that isn\'t a Day One journal ("notes"), so nothing was brought in.',
    });
  });

  it("holds another journal's entries to the same bounds as a backup's", async () => {
    const old = { entries: [{ ...dayOne.entries[0], creationDate: '1850-01-01T10:00:00Z' }] };
    expect(await prepareImport(file(old), readOtherJournal)).toEqual({
      ok: false,
      problem:
        'Entry 1 in this Day One export can\'t be kept as it is: "createdAt" is a time before 1900. Nothing was imported.',
    });
  });

  it('brings in a jrnl export with its tags and multi-line body', async () => {
    const prepared = await prepareImport(file(jrnl), readOtherJournal);
    if (!prepared.ok) throw new Error(prepared.problem);
    expect(prepared.kind).toBe('jrnl');
    await applyImport(prepared.tables);
    const [entry] = await listAllLiveEntries();
    expect(entry).toMatchObject({
      title: 'Evening',
      text: 'Left the dishes.\nIt was fine 🌙',
      tags: ['calm'],
      day: '2024-05-02',
    });
  });

  it('explains a broken Day One file instead of importing part of it', async () => {
    const broken = { metadata: {}, entries: [{ creationDate: 'soon', text: 'x' }] };
    const prepared = await prepareImport(file(broken), readOtherJournal);
    expect(prepared.ok).toBe(false);
    if (!prepared.ok) expect(prepared.problem).toMatch(/Day One/);
    expect(await listAllLiveEntries()).toEqual([]);
  });
});
