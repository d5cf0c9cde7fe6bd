import { anyUnsavedWords, flushAllAutosavers, saveEverythingBeforeLeaving } from './unsaved-words';
import { database } from './database';
import { guard } from './guard';
import { lockMode, lockWorkRunning, setLocked, setOff } from './keyring';
import { LOCK_ROW_ID, waitBeforeNextTry } from './lock-row';

/**
 * The small part of the lock every start needs: is there a passphrase, lock now, follow a
 * change made in another tab. The rest (lock-repository.ts) loads only when it is used.
 */

export interface LockStatus {
  on: boolean;
  /** Milliseconds to wait before the next passphrase may be tried (after several wrong ones). */
  waitMs: number;
  /** A passphrase change or removal that has not finished yet; it resumes after unlocking. */
  unfinished: boolean;
}

export async function readLockStatus(now = Date.now()): Promise<LockStatus> {
  const row = await guard('read the lock', () => database().lock.get(LOCK_ROW_ID));
  return { on: row !== undefined, waitMs: row ? waitBeforeNextTry(row, now) : 0, unfinished: !!row?.pending };
}

/** At start: a journal with a passphrase begins locked in every new tab. */
export async function startLockedIfNeeded(): Promise<LockStatus> {
  const status = await readLockStatus();
  if (status.on && lockMode() !== 'unlocked') setLocked();
  if (!status.on) setOff();
  return status;
}

/**
 * Saves whatever is being typed, then forgets the keys. Refuses (returns false) while words
 * can't be saved yet, or while the journal is being re-encrypted: locking then would take
 * unsaved words off the screen.
 */
export async function lockNow(): Promise<boolean> {
  if (lockMode() !== 'unlocked') return lockMode() === 'locked';
  if (lockWorkRunning()) return false;
  const allSaved = await saveEverythingBeforeLeaving();
  // Checked and locked in one step (no keystroke can land between microtasks).
  if (!allSaved || lockWorkRunning()) return false;
  setLocked();
  return true;
}

/**
 * Another tab turned the lock on or off or changed the passphrase: save what is typed here,
 * then ask for the passphrase again (or carry on without one).
 */
export async function followLockChangeElsewhere(): Promise<void> {
  await flushAllAutosavers().catch(() => {});
  const status = await readLockStatus();
  // Unsaved words stay on screen (their saves are refused, and say so) rather than vanish.
  if (anyUnsavedWords()) return;
  if (status.on) setLocked();
  else setOff();
}
