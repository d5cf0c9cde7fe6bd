import { useLiveQuery } from 'dexie-react-hooks';
import { isDataError } from '../domain/data-error';
import { followLockUnderThisTab } from './lock-status';
import { useLockMode } from './use-lock-mode';

/**
 * Re-renders whenever the data a repository read changes, in this tab or another.
 * Feature hooks use this instead of importing Dexie. Only repository reads belong inside
 * `read`: it is re-run by Dexie's observer, which tracks Dexie calls only.
 *
 * While the journal is locked nothing new can be opened: a screen kept under the unlock
 * screen (words not saved yet) keeps what it last showed instead of failing, and reads
 * again once the journal opens.
 */
export function useLiveData<T>(read: () => Promise<T>, deps: unknown[] = []): T | undefined {
  const mode = useLockMode();
  return useLiveQuery(() => readUnlessLocked(read), [...deps, mode]);
}

async function readUnlessLocked<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (!isDataError(error, 'locked')) throw error;
    // Refused in a tab that believed it was open: the lock changed without it hearing.
    void followLockUnderThisTab();
    // Never settles, so the last result stays; the lock mode changing reads again.
    return new Promise<T>(() => {});
  }
}
