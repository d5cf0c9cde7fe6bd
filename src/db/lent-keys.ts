import { keyring, type LockMode, setLocked, setOff, setUnlocked } from './keyring';

/**
 * The lock's keys, lent to a worker of this tab that reads or writes the journal itself
 * (insights, the lock's re-encryption), so the page is not held up by it. Posting a CryptoKey
 * to a worker copies the handle, never the key's bytes: a non-extractable key stays one there.
 * The worker holds them in its memory only, and goes when its work is done or the screen closes.
 */
export interface LentKeys {
  mode: LockMode;
  keys: Map<string, CryptoKey>;
  writeKeyId: string | null;
}

/** What this tab holds now, to post to a worker. */
export function keysToLend(): LentKeys {
  const { mode, keys, writeKeyId } = keyring.getState();
  return { mode, keys: new Map(keys), writeKeyId };
}

/** In a worker: hold the keys its page lent, as the page holds them. */
export function adoptLentKeys(lent: LentKeys): void {
  if (lent.mode === 'unlocked') setUnlocked(lent.keys, lent.writeKeyId);
  else if (lent.mode === 'off') setOff();
  else setLocked();
}
