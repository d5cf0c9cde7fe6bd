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

let state: KeyringState = { mode: 'off', keys: new Map(), writeKeyId: null };
const listeners = new Set<() => void>();
/** Opened (decrypted) payloads by ciphertext IV, so a record is decrypted once per unlock. */
const opened = new Map<string, Record<string, unknown>>();

export function lockMode(): LockMode {
  return state.mode;
}

export function keyFor(keyId: string): CryptoKey | undefined {
  return state.keys.get(keyId);
}

export function writeKeyId(): string | null {
  return state.writeKeyId;
}

export function setUnlocked(keys: Map<string, CryptoKey>, writeKey: string | null): void {
  state = { mode: 'unlocked', keys: new Map(keys), writeKeyId: writeKey };
  notify();
}

/** Forgets every key and every decrypted record held for speed. */
export function setLocked(): void {
  state = { mode: 'locked', keys: new Map(), writeKeyId: null };
  opened.clear();
  notify();
}

export function setOff(): void {
  state = { mode: 'off', keys: new Map(), writeKeyId: null };
  opened.clear();
  notify();
}

export function subscribeToLockMode(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify() {
  for (const listener of listeners) listener();
}

export const openedCache = {
  get: (stamp: string) => opened.get(stamp),
  set: (stamp: string, payload: Record<string, unknown>) => void opened.set(stamp, payload),
};
