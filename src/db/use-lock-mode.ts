import { useSyncExternalStore } from 'react';
import { type LockMode, lockMode, subscribeToLockMode } from './keyring';

/** Whether the journal has no passphrase, is locked, or is unlocked in this tab. */
export function useLockMode(): LockMode {
  return useSyncExternalStore(subscribeToLockMode, lockMode, lockMode);
}
