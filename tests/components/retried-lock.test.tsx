import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver } from '../../src/db/autosaver';
import { createEntry } from '../../src/db/entries-repository';
import { lockMode, setOff } from '../../src/db/keyring';
import { turnOnLock } from '../../src/db/lock-repository';
import { DataError } from '../../src/domain/data-error';
import { LockButton } from '../../src/features/lock/components/lock-button';
import { Toaster } from '../../src/ui/toaster';
import { withFreshDatabase } from '../helpers/fresh-database';

withFreshDatabase();
beforeEach(() => setOff());

/** An open editor's autosaver, saving into the real (fake-indexeddb) journal unless told to fail. */
function openEditor(save: (id: string, text: string) => Promise<void>) {
  const saver = new Autosaver<{ text: string }>({
    id: crypto.randomUUID(),
    savedRev: null,
    create: async (id, fields) => {
      await save(id, fields.text);
      return createEntry({ id, text: fields.text });
    },
    update: async (_id, fields, rev) => {
      await save(_id, fields.text);
      return { rev: rev + 1 };
    },
    isEmpty: (fields) => fields.text === '',
    onNewRecord: () => {},
    onState: () => {},
  });
  saver.register();
  return saver;
}

function later() {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  return { released, release };
}

describe('the Lock button while words are being saved', () => {
  it('locks once the words typed during the save are saved too, never before', async () => {
    await turnOnLock('kettle gravel orbit lantern', undefined, 1_000);
    const firstSave = later();
    let saves = 0;
    const saver = openEditor(async () => {
      saves += 1;
      if (saves === 1) await firstSave.released;
    });
    render(
      <>
        <LockButton />
        <Toaster />
      </>,
    );
    // Typed just before pressing Lock, so it is the lock that starts saving them. (Pressed at
    // once: a click slow enough for autosave's half second would start the save itself.)
    saver.change({ text: 'The first words' });
    fireEvent.click(screen.getByRole('button', { name: 'Lock the journal' }));
    await vi.waitFor(() => expect(saves).toBe(1));
    // A word typed while the first save is still being written: the lock must wait for it.
    saver.change({ text: 'The first words, and more' });
    firstSave.release();
    await screen.findByText('Locking as soon as your latest words are saved.');
    expect(lockMode()).toBe('unlocked');
    await vi.waitFor(() => expect(lockMode()).toBe('locked'), { timeout: 5_000 });
    expect(saver.hasUnsavedWords()).toBe(false);
    expect(saves).toBe(2);
  });

  it("stays open and says so when the words can't be saved, keeping them", async () => {
    await turnOnLock('kettle gravel orbit lantern', undefined, 1_000);
    const saver = openEditor(async () => {
      throw new DataError('storage-full', 'Could not save');
    });
    saver.change({ text: 'Words on a full disk' });
    render(
      <>
        <LockButton />
        <Toaster />
      </>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Lock the journal' }));
    await screen.findByText(/can't be saved just now, so they stay here on screen/);
    expect(lockMode()).toBe('unlocked');
    expect(saver.hasUnsavedWords()).toBe(true);
  });
});
