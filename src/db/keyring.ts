import { createStore } from 'zustand/vanilla';

/**
 * The unlocked keys, in this tab's memory only: never written anywhere, gone on lock, reload
 * or close. `off` means the journal has no passphrase; `locked` means it has one and this tab
 * does not hold its keys.
 */
export type LockMode = 'off' | 'locked' | 'unlocked';

interface KeyringState {
  mode: LockMode;
  keys: Map<string, CryptoKey>;
  /** The key new writes are sealed with; null writes plain records (lock off, or being removed). */
  writeKeyId: string | null;
}

/** Read it anywhere (use-lock-mode.ts does, for React); change it only through the setters below. */
export const keyring = createStore<KeyringState>(() => ({ mode: 'off', keys: new Map(), writeKeyId: null }));
/**
 * Opened (decrypted) payloads, one per record (`table:id`), with the stamp of the ciphertext
 * they came from, so each version is decrypted once per unlock and only the latest is kept.
 */
const opened = new Map<string, { stamp: string; data: Uint8Array; payload: Record<string, unknown> }>();
/** Rises on every lock change, so a decryption that finishes after locking isn't kept. */
let generation = 0;

/** True while this tab re-encrypts the journal (turning the lock on, changing or removing it). */
let lockWork = false;
export const lockWorkRunning = () => lockWork;
export const setLockWorkRunning = (running: boolean) => void (lockWork = running);

export function lockMode(): LockMode {
  return keyring.getState().mode;
}

export function keyFor(keyId: string): CryptoKey | undefined {
  return keyring.getState().keys.get(keyId);
}

export function writeKeyId(): string | null {
  return keyring.getState().writeKeyId;
}

export function setUnlocked(keys: Map<string, CryptoKey>, writeKey: string | null): void {
  generation += 1;
  keyring.setState({ mode: 'unlocked', keys: new Map(keys), writeKeyId: writeKey });
}

/** Forgets every key and every decrypted record held for speed. */
export function setLocked(): void {
  generation += 1;
  opened.clear();
  keyring.setState({ mode: 'locked', keys: new Map(), writeKeyId: null });
}

export function setOff(): void {
  generation += 1;
  opened.clear();
  keyring.setState({ mode: 'off', keys: new Map(), writeKeyId: null });
}

/** Told on every lock change, outside React. */
export function subscribeToLockMode(listener: () => void): () => void {
  return keyring.subscribe(listener);
}

export const openedCache = {
  generation: () => generation,
  /** Only for exactly the same ciphertext: a changed byte must be decrypted (and refused) again. */
  get: (record: string, stamp: string, data: Uint8Array) => {
    const found = opened.get(record);
    return found?.stamp === stamp && sameBytes(found.data, data) ? found.payload : undefined;
  },
  set: (record: string, stamp: string, data: Uint8Array, payload: Record<string, unknown>, since: number) => {
    if (since === generation) opened.set(record, { stamp, data, payload });
  },
};

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false;
  return true;
}
