import { describe, expect, it } from 'vitest';
import {
  createEntry,
  getEntry,
  listAllLiveEntries,
  listAnswersTo,
  listLatestDays,
  listTrashedEntries,
  restoreEntry,
  trashEntry,
  updateEntry,
} from '../../../src/db/entries-repository';
import { database } from '../../../src/db/database';
import { isDataError } from '../../../src/domain/data-error';
import { withFreshDatabase } from '../../helpers/fresh-database';

withFreshDatabase();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('entries repository', () => {
  it('creates an entry with a UUID, its local day, revision 1 and no deletion', async () => {
    const written = new Date(2026, 10, 29, 23, 30);
    const entry = await createEntry({ text: 'A first line', tags: ['calm'] }, written);
    expect(entry.id).toMatch(UUID);
    expect(entry).toMatchObject({
      kind: 'free',
      text: 'A first line',
      tags: ['calm'],
      day: '2026-11-29',
      rev: 1,
      deletedAt: null,
      createdAt: written.getTime(),
      updatedAt: written.getTime(),
    });
    expect(await getEntry(entry.id)).toEqual(entry);
  });

  it('marks an entry that answers a question as an answer', async () => {
    const entry = await createEntry({ text: 'yes', packId: 'ditching-perfect', questionId: 'what-it-costs' });
    expect(entry.kind).toBe('answer');
    expect(await listAnswersTo('what-it-costs')).toEqual([entry]);
    expect(await listAnswersTo('another-question')).toEqual([]);
  });

  it('saves an edit, raising the revision and keeping the creation time and day', async () => {
    const entry = await createEntry({ text: 'draft' }, new Date(2026, 0, 1, 9));
    const edited = await updateEntry(entry.id, { text: 'draft, edited', mood: 4 }, entry.rev);
    expect(edited).toMatchObject({ text: 'draft, edited', mood: 4, rev: 2, day: '2026-01-01' });
    expect(edited.createdAt).toBe(entry.createdAt);
    expect(edited.updatedAt).toBeGreaterThan(entry.updatedAt);
    expect(await getEntry(entry.id)).toEqual(edited);
  });

  it('refuses a save based on an old revision instead of overwriting the newer text', async () => {
    const entry = await createEntry({ text: 'one' });
    await updateEntry(entry.id, { text: 'two, from another tab' }, 1);
    const stale = updateEntry(entry.id, { text: 'three, from a stale tab' }, 1);
    await expect(stale).rejects.toSatisfy((error) => isDataError(error, 'conflict'));
    expect((await getEntry(entry.id))?.text).toBe('two, from another tab');
  });

  it('says not-found for an entry that does not exist', async () => {
    await expect(updateEntry(crypto.randomUUID(), { text: 'x' }, 1)).rejects.toSatisfy((error) =>
      isDataError(error, 'not-found'),
    );
  });

  it('moves an entry to the trash and back without losing it', async () => {
    const kept = await createEntry({ text: 'kept' }, new Date(2026, 5, 1));
    const binned = await createEntry({ text: 'binned' }, new Date(2026, 5, 2));
    await trashEntry(binned.id);
    expect((await listAllLiveEntries()).map((entry) => entry.text)).toEqual(['kept']);
    expect((await listTrashedEntries()).map((entry) => entry.text)).toEqual(['binned']);

    const restored = await restoreEntry(binned.id);
    expect(restored.deletedAt).toBeNull();
    expect((await listAllLiveEntries()).map((entry) => entry.text).sort()).toEqual(['binned', 'kept']);
    expect(kept.deletedAt).toBeNull();
  });

  it('pages the history by the day written, whole days at a time, even when moments disagree with days', async () => {
    const early = await createEntry({ text: 'written in Tokyo, already Wednesday' }, new Date(2026, 2, 10, 20, 0));
    await createEntry({ text: 'Tuesday evening' }, new Date(2026, 2, 10, 21, 0));
    await createEntry({ text: 'Tuesday night' }, new Date(2026, 2, 10, 22, 0));
    await createEntry({ text: 'Monday' }, new Date(2026, 2, 9, 12, 0));
    // The Tokyo entry's day was fixed there: a later day, at an earlier moment.
    await database().entries.update(early.id, { day: '2026-03-11' });

    expect((await listLatestDays(1)).entries.map((entry) => entry.text)).toEqual([
      'written in Tokyo, already Wednesday',
    ]);
    // Two asked for, and Tuesday has two: both come, never half a day.
    const twoDays = (await listLatestDays(2)).entries;
    expect(twoDays.map((entry) => entry.day)).toEqual(['2026-03-11', '2026-03-10', '2026-03-10']);
    expect(new Set(twoDays.map((entry) => entry.text))).toEqual(
      new Set(['written in Tokyo, already Wednesday', 'Tuesday evening', 'Tuesday night']),
    );
    expect((await listLatestDays(10)).entries).toHaveLength(4);
  });
});
