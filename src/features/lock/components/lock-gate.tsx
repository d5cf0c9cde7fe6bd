import './lock.css';
import { type ComponentType, type ReactNode, useEffect, useState } from 'react';
import { onLockChangeElsewhere } from '../../../db/lock-channel';
import { followLockChangeElsewhere, startLockedIfNeeded } from '../../../db/lock-status';
import { anyUnsavedWords, onSaveSettled } from '../../../db/unsaved-words';
import type { LockMode } from '../../../db/keyring';
import { useLockMode } from '../../../db/use-lock-mode';
import { isDataError } from '../../../domain/data-error';

// Only a journal with a passphrase needs these, so they load when first used (and are precached).
// Loaded by hand rather than with React.lazy: React holds a Suspense reveal back for up to
// 300 ms, which a person waiting to unlock would feel.
type UnlockScreenType = ComponentType<{ care?: ReactNode; forgotten?: ReactNode; keepingWords?: boolean }>;
const loadUnlockScreen = async (): Promise<UnlockScreenType> => (await import('./unlock-screen')).UnlockScreen;
const loadUnlockedHelpers = async (): Promise<ComponentType> => (await import('./unlocked-helpers')).UnlockedHelpers;

interface LockGateProps {
  children: ReactNode;
  /** Shown on the unlock screen: the way to help ("Get help"). */
  care?: ReactNode;
  /** Shown under "Forgot your passphrase?": a way to start again. */
  forgotten?: ReactNode;
}

/**
 * The app appears only when the journal is open: at once without a passphrase, or after
 * unlocking. Unfinished lock work (a passphrase change cut short) resumes after unlocking.
 *
 * Locked with every word saved, the app is taken away entirely: nothing of the journal stays
 * in the page. Locked while some words couldn't be saved (the lock changed in another tab
 * as they were typed, or the disk is full), the app stays mounted but hidden and inert under
 * the unlock screen, so those words survive; unlocking shows them again and saves them.
 */
export function LockGate({ children, care, forgotten }: LockGateProps) {
  const mode = useLockMode();
  const keepingWords = useKeepsWordsWhileLocked(mode);
  const [checked, setChecked] = useState(false);
  const [UnlockScreen, setUnlockScreen] = useState<UnlockScreenType | null>(null);
  const [Helpers, setHelpers] = useState<ComponentType | null>(null);
  const [storageBlocked, setStorageBlocked] = useState(false);

  useEffect(() => {
    // If storage itself fails, the app opens and explains that where it reads.
    // Tried twice: a passing IndexedDB hiccup at start must not open a locked journal as unlocked.
    void startLockedIfNeeded()
      .catch(() => new Promise((retry) => setTimeout(retry, 500)).then(startLockedIfNeeded))
      .then(async (status) => {
        if (status.on) {
          const screen = await loadUnlockScreen();
          setUnlockScreen(() => screen);
        }
      })
      .catch((error: unknown) => setStorageBlocked(isDataError(error, 'storage-unavailable')))
      .finally(() => setChecked(true));
    return onLockChangeElsewhere(() => void followLockChangeElsewhere().catch(() => {}));
  }, []);

  // Unlocked with a passphrase: auto-lock and unfinished work (remounted after every unlock).
  useEffect(() => {
    if (mode === 'unlocked' && !Helpers) void loadUnlockedHelpers().then((helpers) => setHelpers(() => helpers));
  }, [mode, Helpers]);

  // Locked later (timeout, Lock button, another tab): fetch the screen if this tab hasn't yet.
  useEffect(() => {
    if (mode === 'locked' && !UnlockScreen) void loadUnlockScreen().then((screen) => setUnlockScreen(() => screen));
  }, [mode, UnlockScreen]);

  if (!checked) return null;
  const locked = mode === 'locked';
  if (locked && !keepingWords) return UnlockScreen ? <UnlockScreen care={care} forgotten={forgotten} /> : null;
  return (
    <>
      {locked && UnlockScreen ? <UnlockScreen care={care} forgotten={forgotten} keepingWords /> : null}
      {storageBlocked ? <StorageBlocked /> : null}
      {/* Always this wrapper, locked or not, so React never remounts the app (and its words) under it. */}
      <div className="lock-keeps" hidden={locked} inert={locked}>
        {children}
      </div>
      {mode === 'unlocked' && Helpers ? <Helpers /> : null}
    </>
  );
}

/**
 * Decided at the moment the journal locks: were some words in this tab still unsaved (or being
 * written)? If a write under way then ends well and nothing else is waiting, the words are
 * safe, and the app leaves the page after all.
 */
function useKeepsWordsWhileLocked(mode: LockMode): boolean {
  const [seen, setSeen] = useState({ mode, keeping: false });
  let keeping = seen.keeping;
  if (seen.mode !== mode) {
    keeping = mode === 'locked' && anyUnsavedWords();
    setSeen({ mode, keeping });
  }
  useEffect(() => {
    if (!keeping) return;
    return onSaveSettled(() => {
      if (!anyUnsavedWords()) setSeen((current) => ({ ...current, keeping: false }));
    });
  }, [keeping]);
  return keeping;
}

/** No IndexedDB (blocked, or a private mode without it): say so before anyone writes. */
function StorageBlocked() {
  return (
    <aside className="storage-blocked" aria-label="Storage problem">
      <p role="alert">
        This browser isn&apos;t letting Good Enough keep anything on this device, so what you write here can&apos;t be
        saved. Private browsing or a setting that blocks site data usually causes this; a normal window, or allowing
        this site to store data, should fix it.
      </p>
    </aside>
  );
}
