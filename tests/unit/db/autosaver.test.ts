import { describe, expect, it, vi } from 'vitest';
import { Autosaver, SAVE_DELAY_MS } from '../../../src/db/autosaver';
import { createEntry, getEntry, listAllLiveEntries, trashEntry, updateEntry } from '../../../src/db/entries-repository';
import type { SaveState } from '../../../src/domain/save-state';
import { withFreshDatabase } from '../../helpers/fresh-database';

withFreshDatabase();

function newSaver(fork = false, id = crypto.randomUUID(), savedRev: number | null = null) {
  const states: SaveState[] = [];
  const created = vi.fn();
  const saver = new Autosaver<{ title: string; text: string }>({
    id,
    savedRev,
    create: (newId, fields, startedAt) => createEntry({ id: newId, ...fields }, startedAt),
    update: (recordId, fields, rev, how) => updateEntry(recordId, fields, rev, how),
    isEmpty: (fields) => !fields.text.trim() && !fields.title.trim(),
    forkOnConflict: fork,
    onNewRecord: created,
    onState: (state) => states.push(state),
  });
  return { id, saver, states, created };
}

describe('autosaving a record as it is typed', () => {
  it('writes nothing for an empty new entry', async () => {
    const { id, saver, created } = newSaver();
    saver.change({ title: '', text: '   ' });
    await saver.flush();
    expect(await getEntry(id)).toBeUndefined();
    expect(created).not.toHaveBeenCalled();
  });

  it('creates the entry with the first words, then keeps updating it', async () => {
    const { id, saver, states, created } = newSaver();
    saver.change({ title: '', text: 'It' });
    await saver.flush();
    expect(created).toHaveBeenCalledTimes(1);
    saver.change({ title: 'Tuesday', text: 'It was fine, mostly.' });
    await saver.flush();
    expect(await getEntry(id)).toMatchObject({ title: 'Tuesday', text: 'It was fine, mostly.', rev: 2 });
    expect(created).toHaveBeenCalledTimes(1);
    expect(states.at(-1)).toEqual({ status: 'saved' });
  });

  it('saves by itself within half a second of the typing', async () => {
    const { id, saver } = newSaver();
    saver.change({ title: '', text: 'a' });
    saver.change({ title: '', text: 'ab' });
    saver.change({ title: '', text: 'abc' });
    expect(await getEntry(id)).toBeUndefined();
    await vi.waitFor(async () => expect((await getEntry(id))?.text).toBe('abc'), { timeout: SAVE_DELAY_MS * 4 });
    expect((await getEntry(id))?.rev).toBe(1);
  });

  it('saves every half second while typing goes on without a pause', async () => {
    const { id, saver } = newSaver();
    let text = '';
    // Two seconds of steady typing, a key every 50 ms.
    for (let key = 0; key < 40; key += 1) {
      text += 'a';
      saver.change({ title: '', text });
      await new Promise((done) => setTimeout(done, 50));
    }
    const savedWhileTyping = (await getEntry(id))?.text ?? '';
    expect(savedWhileTyping.length).toBeGreaterThan(20);
    await saver.flush();
  });

  it('never says "saved" while newer words are still waiting', async () => {
    const states: SaveState[] = [];
    const written: string[] = [];
    let finishWriting = () => {};
    const saver = new Autosaver<{ title: string; text: string }>({
      id: crypto.randomUUID(),
      savedRev: null,
      // A slow disk: each write finishes when the test says so.
      create: (_id, fields) =>
        new Promise((resolve) => {
          finishWriting = () => resolve({ rev: 1 });
          written.push(`${fields.title}|${fields.text}`);
        }),
      update: (_id, fields) => {
        written.push(`${fields.title}|${fields.text}`);
        return Promise.resolve({ rev: 2 });
      },
      isEmpty: () => false,
      onNewRecord: () => {},
      onState: (state) => states.push(state),
    });
    saver.change({ title: '', text: 'First words.' });
    const first = saver.flush();
    await vi.waitFor(() => expect(written).toEqual(['|First words.']));
    // A title typed while the first save is being written waits for its own save.
    saver.change({ title: 'Drawer', text: 'First words.' });
    finishWriting();
    await first;
    expect(states.at(-1)).toEqual({ status: 'saving' });
    await saver.flush();
    expect(written).toEqual(['|First words.', 'Drawer|First words.']);
    expect(states.at(-1)).toEqual({ status: 'saved' });
  });

  it('reports a conflict instead of overwriting a newer save from another tab', async () => {
    const first = newSaver();
    first.saver.change({ title: '', text: 'from this tab' });
    await first.saver.flush();
    await updateEntry(first.id, { text: 'from the other tab' }, 1);

    first.saver.change({ title: '', text: 'from this tab, later' });
    await first.saver.flush();
    expect(first.states.at(-1)).toEqual({ status: 'error', code: 'conflict' });
    expect((await getEntry(first.id))?.text).toBe('from the other tab');
  });

  it("with forking on, keeps both versions: the other tab's, and these words as a copy", async () => {
    const mine = newSaver(true);
    mine.saver.change({ title: '', text: 'from this tab' });
    await mine.saver.flush();
    await updateEntry(mine.id, { text: 'from the other tab' }, 1);

    mine.saver.change({ title: '', text: 'from this tab, later' });
    await mine.saver.flush();
    expect(mine.states.at(-1)).toEqual({ status: 'saved' });
    expect((await getEntry(mine.id))?.text).toBe('from the other tab');
    const [copyId, reason] = mine.created.mock.calls[1] as [string, string];
    expect(reason).toBe('forked');
    expect((await getEntry(copyId))?.text).toBe('from this tab, later');

    // Later typing goes on into the copy; the other tab's version is left alone.
    mine.saver.change({ title: '', text: 'from this tab, later still' });
    await mine.saver.flush();
    expect((await getEntry(copyId))?.text).toBe('from this tab, later still');
    expect((await getEntry(mine.id))?.text).toBe('from the other tab');
  });

  it('keeps an entry begun at 23:59 on that day, even when its first save lands after midnight', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const late = newSaver();
      vi.setSystemTime(new Date(2026, 10, 29, 23, 59, 59, 800));
      late.saver.change({ title: '', text: 'Just before midnight' });
      vi.setSystemTime(new Date(2026, 10, 30, 0, 0, 0, 400));
      await late.saver.flush();
      expect((await getEntry(late.id))?.day).toBe('2026-11-29');
    } finally {
      vi.useRealTimers();
    }
  });

  it('Delete pressed with words still on their way: they go into the trashed entry, and no copy comes back', async () => {
    const mine = newSaver(true);
    mine.saver.change({ title: '', text: 'First words.' });
    await mine.saver.flush();
    mine.saver.change({ title: '', text: 'First words. Last words.' });
    // What the Delete button does: tell the form, move the entry to the trash, leave the page.
    mine.saver.willDelete();
    await trashEntry(mine.id);
    await mine.saver.close();
    expect(await getEntry(mine.id)).toMatchObject({ text: 'First words. Last words.', deletedAt: expect.any(Number) });
    expect(await listAllLiveEntries()).toEqual([]);
    expect(mine.created).toHaveBeenCalledTimes(1);
  });

  it('a save that began before Delete was pressed, and meets the trash, goes into the trashed entry too', async () => {
    const id = crypto.randomUUID();
    await createEntry({ id, text: 'First words.' });
    let startWriting = () => {};
    const gate = new Promise<void>((open) => (startWriting = open));
    let saveBegan = () => {};
    const began = new Promise<void>((done) => (saveBegan = done));
    const created = vi.fn();
    const saver = new Autosaver<{ text: string }>({
      id,
      savedRev: 1,
      create: (newId, fields, startedAt) => createEntry({ id: newId, ...fields }, startedAt),
      // The first attempt is asked for before Delete is pressed, and reaches the disk after.
      update: async (recordId, fields, rev, how) => {
        const asked = { ...how };
        saveBegan();
        await gate;
        return updateEntry(recordId, fields, rev, asked);
      },
      isEmpty: (fields) => !fields.text.trim(),
      forkOnConflict: true,
      onNewRecord: created,
      onState: () => {},
    });
    saver.change({ text: 'First words. Last words.' });
    const underWay = saver.flush();
    await began;
    saver.willDelete();
    await trashEntry(id);
    startWriting();
    await underWay;
    expect(await getEntry(id)).toMatchObject({ text: 'First words. Last words.', deletedAt: expect.any(Number) });
    expect(await listAllLiveEntries()).toEqual([]);
    expect(created).not.toHaveBeenCalled();
  });

  it('an entry trashed elsewhere while this form goes on writing is a conflict: both versions are kept', async () => {
    const mine = newSaver(true);
    mine.saver.change({ title: '', text: 'Still writing here.' });
    await mine.saver.flush();
    await trashEntry(mine.id);
    mine.saver.change({ title: '', text: 'Still writing here, after all.' });
    await mine.saver.flush();
    expect(await getEntry(mine.id)).toMatchObject({ text: 'Still writing here.', deletedAt: expect.any(Number) });
    expect((await listAllLiveEntries()).map((entry) => entry.text)).toEqual(['Still writing here, after all.']);
  });

  it('Delete pressed here after another tab also saved: the words are kept as a live copy, not lost', async () => {
    const mine = newSaver(true);
    mine.saver.change({ title: '', text: 'Mine.' });
    await mine.saver.flush();
    await updateEntry(mine.id, { text: 'From the other tab.' }, 1);
    mine.saver.change({ title: '', text: 'Mine, more.' });
    mine.saver.willDelete();
    await trashEntry(mine.id);
    await mine.saver.close();
    expect(await getEntry(mine.id)).toMatchObject({ text: 'From the other tab.', deletedAt: expect.any(Number) });
    expect((await listAllLiveEntries()).map((entry) => entry.text)).toEqual(['Mine, more.']);
  });
});

describe('words being written', () => {
  it('count as unsaved until the write ends well, so nothing treats them as safe while it may still fail', async () => {
    let fail = () => {};
    const written = new Promise<never>((_, reject) => (fail = () => reject(new Error('disk full'))));
    let started = false;
    const write = () => {
      started = true;
      return written;
    };
    const saver = new Autosaver<{ text: string }>({
      id: crypto.randomUUID(),
      savedRev: null,
      create: write,
      update: write,
      isEmpty: (fields) => fields.text === '',
      onNewRecord: () => {},
      onState: () => {},
    });
    saver.change({ text: 'Half way to the disk' });
    const saving = saver.flush();
    await vi.waitFor(() => expect(started).toBe(true));
    expect(saver.hasUnsavedWords()).toBe(true); // being written, not yet known to be safe
    fail();
    await saving;
    expect(saver.hasUnsavedWords()).toBe(true); // failed: still waiting, still on screen
  });
});
