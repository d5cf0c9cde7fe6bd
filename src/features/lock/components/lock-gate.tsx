import { type ComponentType, type ReactNode, useEffect, useState } from 'react';
import { onLockChangeElsewhere } from '../../../db/lock-channel';
import { followLockChangeElsewhere, readLockStatus, startLockedIfNeeded } from '../../../db/lock-status';
import { useLockMode } from '../../../db/use-lock-mode';
import { useAutoLock } from '../hooks/use-auto-lock';
import { ResealProgressLine, useResealProgress } from './reseal-progress';

// Only a journal with a passphrase needs these, so they load when first used (and are precached).
// Loaded by hand rather than with React.lazy: React holds a Suspense reveal back for up to
// 300 ms, which a person waiting to unlock would feel.
type UnlockScreenType = ComponentType<{ care?: ReactNode; forgotten?: ReactNode }>;
const loadUnlockScreen = async (): Promise<UnlockScreenType> => (await import('./unlock-screen')).UnlockScreen;
const finishPendingWork: (onProgress: (done: number, total: number) => void) => Promise<void> = async (onProgress) =>
  (await import('../../../db/lock-repository')).finishPendingWork(onProgress);

interface LockGateProps {
  children: ReactNode;
  /** Shown on the unlock screen: the care note. */
  care?: ReactNode;
  /** Shown under "Forgot your passphrase?": a way to start again. */
  forgotten?: ReactNode;
}

/**
 * The app appears only when the journal is open: at once without a passphrase, or after
 * unlocking. Unfinished lock work (a passphrase change cut short) resumes after unlocking.
 */
export function LockGate({ children, care, forgotten }: LockGateProps) {
  const mode = useLockMode();
  const [checked, setChecked] = useState(false);
  const [UnlockScreen, setUnlockScreen] = useState<UnlockScreenType | null>(null);
  const { progress, track } = useResealProgress();

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
      .catch(() => {})
      .finally(() => setChecked(true));
    return onLockChangeElsewhere(() => void followLockChangeElsewhere().catch(() => {}));
  }, []);

  // After every unlock: carry on any lock work left unfinished (here or in a closed tab).
  useEffect(() => {
    if (mode !== 'unlocked') return;
    void readLockStatus()
      .then((status) => (status.unfinished ? track(finishPendingWork, true) : undefined))
      .catch(() => {});
  }, [mode, track]);

  useAutoLock(mode === 'unlocked');

  // Locked later (timeout, Lock button, another tab): fetch the screen if this tab hasn't yet.
  useEffect(() => {
    if (mode === 'locked' && !UnlockScreen) void loadUnlockScreen().then((screen) => setUnlockScreen(() => screen));
  }, [mode, UnlockScreen]);

  if (!checked) return null;
  if (mode === 'locked') return UnlockScreen ? <UnlockScreen care={care} forgotten={forgotten} /> : null;
  return (
    <>
      {children}
      {progress ? <ResealProgressLine progress={progress} floating /> : null}
    </>
  );
}
