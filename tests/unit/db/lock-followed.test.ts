import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver } from '../../../src/db/autosaver';
import { createEntry, getEntry, updateEntry } from '../../../src/db/entries-repository';
import { keyFor, lockMode, setOff, setUnlocked, writeKeyId } from '../../../src/db/keyring';
import { turnOffLock, turnOnLock } from '../../../src/db/lock-repository';
import { withFreshDatabase } from '../../helpers/fresh-database';

// Few iterations keep the tests quick; the app uses 600,000 (PBKDF2_ITERATIONS).
const FAST = 1_000;

withFreshDatabase();
beforeEach(() => setOff());

describe('a tab whose save is refused because the lock changed elsewhere', () => {
  it('carries on without a passphrase once it was removed, and saves the words it held', async () => {
    await turnOnLock('correct horse battery', undefined, FAST);
    const entry = await createEntry({ text: 'First words.' });
    // This tab's key, as it held it before another tab removed the passphrase.
    const keyId = writeKeyId()!;
    const key = keyFor(keyId)!;
    await turnOffLock('correct horse battery');
    setUnlocked(new Map([[keyId, key]]), keyId);

    const saver = new Autosaver<{ text: string }>({
      id: entry.id,
      savedRev: entry.rev,
      create: (id, fields) => createEntry({ id, text: fields.text }),
      update: (id, fields, rev) => updateEntry(id, fields, rev),
      isEmpty: (fields) => fields.text === '',
      onNewRecord: () => {},
      onState: () => {},
    });
    saver.register();
    saver.change({ text: 'First words. And more, typed meanwhile.' });
    await saver.flush();
    await vi.waitFor(async () =>
      expect((await getEntry(entry.id))?.text).toBe('First words. And more, typed meanwhile.'),
    );
    expect(lockMode()).toBe('off');
    expect(saver.hasUnsavedWords()).toBe(false);
  });
});
