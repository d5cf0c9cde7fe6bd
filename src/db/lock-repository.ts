import { randomBytes } from '../crypto/bytes';
import {
  deriveWrappingKey,
  generateWrappableKey,
  PBKDF2_ITERATIONS,
  SALT_BYTES,
  unwrapDataKey,
  wrapDataKey,
} from '../crypto/keys';
import { DataError } from '../domain/data-error';
import { flushAllAutosavers } from './unsaved-words';
import { database } from './database';
import { guard } from './guard';
import { setLockWorkRunning, setOff, setUnlocked } from './keyring';
import { announceLockChange } from './lock-channel';
import { LOCK_ROW_ID, type LockRow, type PassphraseSlot, waitBeforeNextTry, writeKeyOf } from './lock-row';
import type { ResealProgress } from './reseal';
import { resealOffThePage } from './reseal-off-page';

/**
 * The privacy lock: turn it on, unlock, change or remove the passphrase, lock now. See
 * lock-row.ts for what is stored and reseal.ts for how records move between keys.
 */

async function newSlot(passphrase: string, iterations: number) {
  const salt = randomBytes(SALT_BYTES);
  const wrappingKey = await deriveWrappingKey(passphrase, salt, iterations);
  const slot: PassphraseSlot = { id: crypto.randomUUID(), salt, iterations, wrapped: {} };
  return { slot, wrappingKey };
}

async function newDataKey(wrappingKeys: CryptoKey[]) {
  const id = crypto.randomUUID();
  const extractable = await generateWrappableKey();
  const wrapped = await Promise.all(wrappingKeys.map((wrappingKey) => wrapDataKey(extractable, id, wrappingKey)));
  // The copy kept in memory cannot be read out, even by this app's own code.
  const usable = await unwrapDataKey(wrapped[0]!, id, wrappingKeys[0]!);
  return { id, wrapped, usable };
}

/** Turns the lock on: new passphrase, new data key, then every record is sealed. */
export async function turnOnLock(
  passphrase: string,
  onProgress?: ResealProgress,
  iterations = PBKDF2_ITERATIONS,
): Promise<void> {
  await flushAllAutosavers();
  const { slot, wrappingKey } = await newSlot(passphrase, iterations);
  const key = await newDataKey([wrappingKey]);
  slot.wrapped[key.id] = key.wrapped[0]!;
  const db = database();
  await guard('turn on the lock', () =>
    db.transaction('rw', db.lock, async () => {
      if (await db.lock.get(LOCK_ROW_ID)) throw new DataError('lock-state', 'The lock is already on');
      await db.lock.put(newRow([slot], [key.id], { keyId: key.id, keepSlotId: slot.id }));
    }),
  );
  setUnlocked(new Map([[key.id, key.usable]]), key.id);
  announceLockChange();
  await finishPendingWork(onProgress);
}

function newRow(slots: PassphraseSlot[], keyIds: string[], pending: LockRow['pending']): LockRow {
  return { id: 'lock', slots, keyIds, pending, failedTries: 0, lastFailedAt: null, updatedAt: Date.now() };
}

/**
 * Tries a passphrase against every slot (two while a change is unfinished). A wrong one is
 * counted, and after a few the next try must wait. Unfinished work resumes afterwards.
 */
export async function unlock(passphrase: string, now = Date.now()): Promise<void> {
  const db = database();
  const row = await guard('read the lock', () => db.lock.get(LOCK_ROW_ID));
  if (!row) {
    setOff();
    return;
  }
  if (waitBeforeNextTry(row, now) > 0) throw new DataError('wait', 'Too many tries; wait a moment');
  const keys = await openSlots(row, passphrase, false);
  if (!keys) {
    // Counted from the row as it is now, so tries made at the same moment all count.
    await patchRow((current) => ({ failedTries: current.failedTries + 1, lastFailedAt: now }));
    throw new DataError('wrong-passphrase', 'That passphrase does not open this journal');
  }
  if (row.failedTries > 0) {
    await patchRow({ failedTries: 0, lastFailedAt: null });
  }
  setUnlocked(keys.keys, writeKeyOf(row));
  // Words kept on screen while the journal was locked (their save was refused) are saved now.
  void flushAllAutosavers().catch(() => {});
}

/** Read, change, write back, in one transaction (Dexie's `update` copies typed arrays badly in tests). */
function patchRow(changes: Partial<LockRow> | ((row: LockRow) => Partial<LockRow>), expectedUpdatedAt?: number) {
  const db = database();
  return guard('save the lock', () =>
    db.transaction('rw', db.lock, async () => {
      const row = await db.lock.get(LOCK_ROW_ID);
      if (!row) return;
      if (expectedUpdatedAt !== undefined && row.updatedAt !== expectedUpdatedAt) {
        throw new DataError('lock-state', 'The lock changed meanwhile');
      }
      const patch = typeof changes === 'function' ? changes(row) : changes;
      await db.lock.put({ ...row, ...patch, updatedAt: Date.now() });
    }),
  );
}

/** Every data key the passphrase opens, or null when it opens none of the slots. */
async function openSlots(row: LockRow, passphrase: string, extractable: boolean) {
  for (const slot of row.slots) {
    const wrappingKey = await deriveWrappingKey(passphrase, slot.salt, slot.iterations);
    try {
      const entries = await Promise.all(
        Object.entries(slot.wrapped).map(
          async ([id, wrapped]) => [id, await unwrapDataKey(wrapped, id, wrappingKey, extractable)] as const,
        ),
      );
      return { keys: new Map(entries), slot, wrappingKey };
    } catch {
      // Not this slot's passphrase; try the next.
    }
  }
  return null;
}

let running: Promise<void> | null = null;

/** Runs any unfinished lock work; safe to call at any time (a second call joins the first). */
export function finishPendingWork(onProgress?: ResealProgress): Promise<void> {
  running ??= (async () => {
    setLockWorkRunning(true);
    try {
      const before = await guard('read the lock', () => database().lock.get(LOCK_ROW_ID));
      if (!before?.pending) return;
      const done = await resealOffThePage(onProgress);
      if (!done) throw new DataError('unknown', 'The lock change did not finish; it will carry on next time');
      const row = await guard('read the lock', () => database().lock.get(LOCK_ROW_ID));
      if (!row) setOff();
      announceLockChange();
    } finally {
      setLockWorkRunning(false);
      running = null;
    }
  })();
  return running;
}

/**
 * Changes the passphrase and moves every record to a new data key. Until that finishes both
 * passphrases open both keys, so closing the tab half-way loses nothing.
 */
export async function changePassphrase(
  current: string,
  next: string,
  onProgress?: ResealProgress,
  iterations = PBKDF2_ITERATIONS,
): Promise<void> {
  await flushAllAutosavers();
  const db = database();
  await finishPendingWork();
  const row = await guard('read the lock', () => db.lock.get(LOCK_ROW_ID));
  if (!row) throw new DataError('lock-state', 'The lock is off');
  const opened = await openSlots(row, current, true);
  if (!opened) throw new DataError('wrong-passphrase', 'That is not the current passphrase');
  const fresh = await newSlot(next, iterations);
  const key = await newDataKey([opened.wrappingKey, fresh.wrappingKey]);
  const oldSlot: PassphraseSlot = { ...opened.slot, wrapped: { ...opened.slot.wrapped, [key.id]: key.wrapped[0]! } };
  fresh.slot.wrapped[key.id] = key.wrapped[1]!;
  for (const [id, oldKey] of opened.keys) fresh.slot.wrapped[id] = await wrapDataKey(oldKey, id, fresh.wrappingKey);
  const keyIds = [...opened.keys.keys(), key.id];
  await guard('change the passphrase', () =>
    db.transaction('rw', db.lock, async () => {
      const now = await db.lock.get(LOCK_ROW_ID);
      if (!now || now.updatedAt !== row.updatedAt) throw new DataError('lock-state', 'The lock changed meanwhile');
      await db.lock.put(newRow([oldSlot, fresh.slot], keyIds, { keyId: key.id, keepSlotId: fresh.slot.id }));
    }),
  );
  // Keep non-extractable copies only: the extractable ones go out of scope here.
  const usable = new Map(
    await Promise.all(
      keyIds.map(async (id) => [id, await unwrapDataKey(fresh.slot.wrapped[id]!, id, fresh.wrappingKey)] as const),
    ),
  );
  setUnlocked(usable, key.id);
  announceLockChange();
  await finishPendingWork(onProgress);
}

/** Removes the passphrase: every record is opened and stored plain again. */
export async function turnOffLock(current: string, onProgress?: ResealProgress): Promise<void> {
  await flushAllAutosavers();
  const db = database();
  await finishPendingWork();
  const row = await guard('read the lock', () => db.lock.get(LOCK_ROW_ID));
  if (!row) throw new DataError('lock-state', 'The lock is off');
  const opened = await openSlots(row, current, false);
  if (!opened) throw new DataError('wrong-passphrase', 'That is not the current passphrase');
  await patchRow({ pending: { keyId: null, keepSlotId: null } }, row.updatedAt);
  setUnlocked(opened.keys, null);
  announceLockChange();
  await finishPendingWork(onProgress);
}
