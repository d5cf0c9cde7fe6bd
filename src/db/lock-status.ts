import { anyUnsavedWords, flushAllAutosavers, onSaveSettled, saveEverythingBeforeLeaving } from './unsaved-words';
import { database } from './database';
import { guard } from './guard';
import { lockMode, lockWorkRunning, setLocked, setOff, subscribeToLockMode } from './keyring';
import { announceLockChange } from './lock-channel';
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
 * Saves whatever is being typed, then forgets the keys, in this tab only (the timeout: a tab
 * out of sight locks itself, not the one being written in). Refuses (returns false) while
 * words can't be saved yet, or while the journal is being re-encrypted: locking then would
 * take unsaved words off the screen.
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

export type LockOutcome = 'locked' | 'encrypting' | 'not-saved';

/**
 * The Lock button: locks this tab and every other tab of the journal. While words are still
 * being saved it waits for them (`onWaiting` says so) and locks once they are; if they can't
 * be saved (a full disk), it doesn't lock, so they stay on screen, and says why.
 */
export async function lockEverywhere(onWaiting: () => void = () => {}): Promise<LockOutcome> {
  let failed = false;
  const stopListening = onSaveSettled((saved) => (failed ||= !saved));
  try {
    if (await lockNow()) return lockedEverywhere();
    if (lockWorkRunning()) return 'encrypting';
    if (failed) return 'not-saved';
  } finally {
    stopListening();
  }
  onWaiting();
  // Words typed a moment ago, or typed while saving: lock as soon as their save ends well.
  return new Promise<LockOutcome>((resolve) => {
    const done = (outcome: LockOutcome) => {
      stopSaves();
      stopModes();
      resolve(outcome);
    };
    const stopSaves = onSaveSettled((saved) => {
      if (!saved) done('not-saved');
      else if (!anyUnsavedWords()) void lockNow().then((locked) => done(locked ? lockedEverywhere() : 'not-saved'));
    });
    // Locked meanwhile from another tab: nothing left to wait for.
    const stopModes = subscribeToLockMode(() => lockMode() === 'locked' && done('locked'));
  });
}

function lockedEverywhere(): LockOutcome {
  announceLockChange();
  return 'locked';
}

/**
 * Another tab locked the journal, turned the lock on or off, or changed the passphrase: save
 * what is typed here while that still works, then ask for the passphrase (or carry on without
 * one). Words that can't be saved are kept on screen, under the unlock screen, and saved once
 * it opens: they are never a reason to leave this tab readable.
 */
export async function followLockChangeElsewhere(): Promise<void> {
  if (lockWorkRunning()) return;
  const status = await readLockStatus();
  if (!status.on) return followLockOff();
  if (lockMode() === 'locked') return;
  await saveEverythingBeforeLeaving();
  if (!lockWorkRunning()) setLocked();
}

/**
 * A save or a read in this tab was refused because the lock changed without this tab hearing
 * of it (a message missed while the tab was frozen, say): follow the lock row as it is now.
 */
export async function followLockUnderThisTab(): Promise<void> {
  if (lockWorkRunning()) return;
  const status = await readLockStatus();
  if (!status.on) return followLockOff();
  if (lockMode() !== 'locked') setLocked();
}

/** The passphrase was removed elsewhere: no key is needed any more, so words waiting are saved now. */
function followLockOff(): void {
  if (lockMode() === 'off') return;
  setOff();
  void flushAllAutosavers().catch(() => {});
}
