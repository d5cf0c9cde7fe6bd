import { lazy, type ReactNode, Suspense, useEffect, useState } from 'react';
import { onLockChangeElsewhere } from '../../../db/lock-channel';
import { followLockChangeElsewhere, startLockedIfNeeded } from '../../../db/lock-status';
import { useLockMode } from '../../../db/use-lock-mode';
import { useAutoLock } from '../hooks/use-auto-lock';
import { ResealProgressLine, useResealProgress } from './reseal-progress';

// Only a journal with a passphrase needs these, so they load when first used (and are precached).
const UnlockScreen = lazy(async () => ({ default: (await import('./unlock-screen')).UnlockScreen }));
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
  const [unfinished, setUnfinished] = useState(false);
  const { progress, track } = useResealProgress();

  useEffect(() => {
    // If storage itself fails, the app opens and explains that where it reads.
    void startLockedIfNeeded()
      .then((status) => setUnfinished(status.unfinished))
      .catch(() => {})
      .finally(() => setChecked(true));
    return onLockChangeElsewhere(() => void followLockChangeElsewhere().catch(() => {}));
  }, []);

  useEffect(() => {
    if (mode === 'unlocked' && unfinished) {
      void track(finishPendingWork, true)
        .then(() => setUnfinished(false))
        .catch(() => {});
    }
  }, [mode, unfinished, track]);

  useAutoLock(mode === 'unlocked');

  if (!checked) return null;
  if (mode === 'locked') {
    return (
      <Suspense fallback={null}>
        <UnlockScreen care={care} forgotten={forgotten} />
      </Suspense>
    );
  }
  return (
    <>
      {children}
      {progress ? <ResealProgressLine progress={progress} floating /> : null}
    </>
  );
}
