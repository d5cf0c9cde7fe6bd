import { useEffect } from 'react';
import { finishPendingWork } from '../../../db/lock-repository';
import { readLockStatus } from '../../../db/lock-status';
import { useAutoLock } from '../hooks/use-auto-lock';
import { ResealProgressLine, useResealProgress } from './reseal-progress';

/**
 * What an unlocked journal with a passphrase needs, loaded only when there is one: locking
 * again after the chosen time out of sight, and carrying on lock work left unfinished (here
 * or in a tab that was closed), with its progress.
 */
export function UnlockedHelpers() {
  const { progress, track } = useResealProgress();
  useAutoLock(true);
  useEffect(() => {
    void readLockStatus()
      .then((status) => (status.unfinished ? track(finishPendingWork, true) : undefined))
      .catch(() => {});
  }, [track]);
  return progress ? <ResealProgressLine progress={progress} floating /> : null;
}
