import { useStore } from 'zustand';
import { keyring, type LockMode } from './keyring';

/** Whether the journal has no passphrase, is locked, or is unlocked in this tab. */
export function useLockMode(): LockMode {
  return useStore(keyring, (state) => state.mode);
}
