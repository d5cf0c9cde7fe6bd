import { describe, expect, it } from 'vitest';
import { applyImport, exportBackup } from '../../../src/db/backup-repository';
import { database } from '../../../src/db/database';
import { createEntry, getEntry, listAllLiveEntries } from '../../../src/db/entries-repository';
import { setOff } from '../../../src/db/keyring';
import { turnOnLock } from '../../../src/db/lock-repository';
import { draftEntryId } from '../../../src/domain/backup/draft-entry';
import { prepareImport } from '../../../src/features/backup/prepare-import';
import { withFreshDatabase } from '../../helpers/fresh-database';

/**
 * Backups made by older versions may hold drafts; the journal has no drafts any more, so each
 * comes in as a free entry, with an id taken from its key, under the rules entries follow.
 */
withFreshDatabase();

const AT = Date.UTC(2026, 1, 3, 21, 0);
const asFile = (text: string) => new Blob([text], { type: 'application/json' });

async function fileWithDrafts() {
  const backup = JSON.parse(JSON.stringify(await exportBackup('0.9.0')));
  backup.tables.drafts = [
    {
      key: 'entry:new',
      fields: { title: '', text: 'Half a thought ✍️', mood: null, tags: [] },
      baseRev: null,
      updatedAt: AT,
    },
    { key: 'run:abc', fields: { outcome: 'It went fine' }, baseRev: 3, updatedAt: AT + 1 },
    { key: 'entry:empty', fields: { text: '' }, baseRev: null, updatedAt: AT + 2 },
  ];
  return JSON.stringify(backup);
}

async function bringIn(text: string) {
  const prepared = await prepareImport(asFile(text));
  if (!prepared.ok) throw new Error(prepared.problem);
  return { prepared, counts: await applyImport(prepared.tables) };
}

describe("a backup's drafts", () => {
  it('come in as entries, counted as entries, and twice gives one entry each', async () => {
    const here = await createEntry({ text: 'already here' });
    const text = await fileWithDrafts();

    const first = await bringIn(text);
    expect(first.prepared.tables.drafts).toEqual([]);
    expect(first.prepared.preview.entries).toEqual({ added: 2, updated: 0, unchanged: 1, keptBoth: 0 });
    expect(first.counts.entries).toEqual(first.prepared.preview.entries);
    expect(await getEntry(draftEntryId('entry:new'))).toMatchObject({
      kind: 'free',
      text: 'Half a thought ✍️',
      rev: 1,
    });
    expect(await getEntry(draftEntryId('run:abc'))).toMatchObject({ text: 'It went fine', createdAt: AT + 1 });

    const second = await bringIn(text);
    expect(second.counts.entries).toEqual({ added: 0, updated: 0, unchanged: 3, keptBoth: 0 });
    expect((await listAllLiveEntries()).map((entry) => entry.text).sort()).toEqual([
      'Half a thought ✍️',
      'It went fine',
      here.text,
    ]);
    // A backup made now holds them as entries, and no drafts.
    const now = await exportBackup('test');
    expect(now.tables.drafts).toEqual([]);
    expect(now.tables.entries).toHaveLength(3);
  });

  it('are sealed like any entry when the journal has a passphrase', async () => {
    setOff();
    await turnOnLock('correct horse battery', undefined, 1_000);
    await bringIn(await fileWithDrafts());
    const stored = await database().entries.get(draftEntryId('entry:new'));
    expect(stored?.sealed).toBeDefined();
    expect(stored).not.toHaveProperty('sealedAs');
    expect(JSON.stringify(await database().entries.toArray())).not.toContain('Half a thought');
    expect((await getEntry(draftEntryId('entry:new')))?.text).toBe('Half a thought ✍️');
    setOff();
  });

  it('still refuse a file whose draft is not one the app writes', async () => {
    const backup = JSON.parse(await fileWithDrafts());
    backup.tables.drafts[0].fields = { text: { nested: 'no' } };
    const prepared = await prepareImport(asFile(JSON.stringify(backup)));
    expect(prepared).toMatchObject({ ok: false, problem: expect.stringContaining('draft number 1') });
    expect(await database().entries.count()).toBe(0);
  });
});
