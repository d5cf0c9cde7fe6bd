// @vitest-environment node
import { proxy } from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { database } from '../../../src/db/database';
import { createEntry, listAllLiveEntries } from '../../../src/db/entries-repository';
import { setLocked, setOff } from '../../../src/db/keyring';
import { keysToLend } from '../../../src/db/lent-keys';
import { LOCK_ROW_ID } from '../../../src/db/lock-row';
import { turnOnLock, unlock } from '../../../src/db/lock-repository';
import { resealWork } from '../../../src/db/reseal-work';
import { withFreshDatabase } from '../../helpers/fresh-database';
import { overAChannel } from '../../helpers/over-a-channel';

withFreshDatabase();
afterEach(() => setOff());

/** The re-encryption as the page calls it: across a MessageChannel, as across its worker. */
const workOverAChannel = () => overAChannel(resealWork);

/** A lock change left unfinished: a row whose pending work is to seal every plain record. */
async function halfTurnedOn() {
  for (let index = 0; index < 450; index += 1) await createEntry({ text: `Entry ${index}` });
  const db = database();
  await turnOnLock('correct horse battery', undefined, 1_000);
  // Put back a pending seal onto the row and one plain record, as a tab closed half-way leaves it.
  const row = (await db.lock.get(LOCK_ROW_ID))!;
  await db.lock.put({ ...row, pending: { keyId: row.keyIds[0]!, keepSlotId: row.slots[0]!.id } });
  const plain = await createEntryPlain(db);
  return { row, plain };
}

async function createEntryPlain(db: ReturnType<typeof database>) {
  const one = (await db.entries.toArray())[0]!;
  const opened = (await listAllLiveEntries()).find((entry) => entry.id === one.id)!;
  await db.entries.put(opened);
  return one.id;
}

describe('the lock re-encryption behind its worker interface', () => {
  it('finishes the pending work with the lent keys, telling its progress, and ends the change', async () => {
    const { plain } = await halfTurnedOn();
    const lent = keysToLend();
    setLocked(); // Only the lent keys can seal here now.
    const progress: [number, number][] = [];
    const { remote, close } = workOverAChannel();
    const outcome = await remote.run(
      lent,
      proxy((done: number, total: number) => void progress.push([done, total])),
    );
    close();
    expect(outcome).toEqual({ done: true });
    expect(progress.at(-1)).toEqual([450, 450]);
    // It let go of the journal as soon as it was done; the page reads it with its own connection.
    expect(database().isOpen()).toBe(false);
    await database().open();
    const db = database();
    expect((await db.lock.get(LOCK_ROW_ID))?.pending).toBeNull();
    expect((await db.entries.get(plain))?.sealed).toBeDefined();
    await unlock('correct horse battery');
    expect(await listAllLiveEntries()).toHaveLength(450);
  });

  it('comes back with the code of what went wrong, and leaves the work pending', async () => {
    await halfTurnedOn();
    setLocked();
    const { remote, close } = workOverAChannel();
    const outcome = await remote.run(
      keysToLend(),
      proxy(() => {}),
    );
    close();
    expect(outcome).toEqual({ failed: 'locked' });
    expect(database().isOpen()).toBe(false);
    await database().open();
    expect((await database().lock.get(LOCK_ROW_ID))?.pending).not.toBeNull();
  });

  it('lets go of the journal when its page asks, before ending it', async () => {
    await createEntry({ text: 'Held open until asked.' });
    expect(database().isOpen()).toBe(true);
    const { remote, close } = workOverAChannel();
    await remote.letGo();
    close();
    expect(database().isOpen()).toBe(false);
  });
});
