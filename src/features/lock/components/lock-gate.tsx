import { type ReactNode, useEffect, useState } from 'react';
import { finishPendingWork, followLockChangeElsewhere, startLockedIfNeeded } from '../../../db/lock-repository';
import { onLockChangeElsewhere } from '../../../db/lock-channel';
import { useLockMode } from '../../../db/use-lock-mode';
import { useAutoLock } from '../hooks/use-auto-lock';
import { ResealProgressLine, useResealProgress } from './reseal-progress';
import { UnlockScreen } from './unlock-screen';

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
  const { progress, track } = useResealProgress();

  useEffect(() => {
    // If storage itself fails, the app opens and explains that where it reads.
    void startLockedIfNeeded()
      .catch(() => {})
      .finally(() => setChecked(true));
    return onLockChangeElsewhere(() => void followLockChangeElsewhere().catch(() => {}));
  }, []);

  useEffect(() => {
    if (mode === 'unlocked') void track((onProgress) => finishPendingWork(onProgress), true);
  }, [mode, track]);

  useAutoLock(mode === 'unlocked');

  if (!checked) return null;
  if (mode === 'locked') return <UnlockScreen care={care} forgotten={forgotten} />;
  return (
    <>
      {children}
      {progress ? <ResealProgressLine progress={progress} floating /> : null}
    </>
  );
}
