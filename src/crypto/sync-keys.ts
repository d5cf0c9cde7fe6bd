import { ownBytes, toHex } from './bytes';
import { decryptBytes, encryptBytes, type Sealed } from './cipher';
import { pbkdf2Sha256 } from './keys';

/**
 * Keys for sync. One sync passphrase, typed on every device, is stretched with
 * PBKDF2-SHA-256 (the lock's strength) into 512 bits: the first half is the AES-256-GCM key
 * that seals every document sent to the server, the second an HMAC-SHA-256 key that turns a
 * record's table and id into an opaque document id (the same on every device, meaningless to
 * the server). Both are kept as non-extractable CryptoKeys; `raw` exists only so that, with the
 * privacy lock on, the device can keep them sealed under the lock's key instead.
 */

export interface SyncKeys {
  seal: CryptoKey;
  ids: CryptoKey;
}

export const SYNC_KEY_BYTES = 64;

export async function deriveSyncKeyBytes(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array<ArrayBuffer>> {
  // NFC: the same passphrase typed on another device's keyboard gives the same bytes.
  return new Uint8Array(await pbkdf2Sha256(passphrase.normalize('NFC'), salt, iterations, SYNC_KEY_BYTES * 8));
}

export async function importSyncKeys(raw: Uint8Array): Promise<SyncKeys> {
  const bytes = ownBytes(raw);
  const seal = await crypto.subtle.importKey('raw', bytes.slice(0, 32), { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  const ids = await crypto.subtle.importKey('raw', bytes.slice(32, 64), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return { seal, ids };
}

/** The server's name for a record: 128 bits of HMAC, so it says nothing of the table or id. */
export async function documentIdFor(keys: SyncKeys, recordKey: string): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', keys.ids, new TextEncoder().encode(recordKey));
  return `r${toHex(new Uint8Array(mac).subarray(0, 16))}`;
}

/**
 * Ciphertext lengths are rounded up to whole blocks, so the server learns roughly how long a
 * record is (within 1 KiB), not how many words it holds. JSON allows trailing spaces.
 */
export const PAD_BLOCK = 1024;

export function padded(json: string): Uint8Array<ArrayBuffer> {
  const bytes = new TextEncoder().encode(json);
  const length = Math.ceil((bytes.length + 1) / PAD_BLOCK) * PAD_BLOCK;
  const out = new Uint8Array(length).fill(0x20);
  out.set(bytes);
  return out;
}

/** Sealed and bound to its document id: moved to another document, it fails to open. */
export function sealDocument(keys: SyncKeys, documentId: string, value: unknown): Promise<Sealed> {
  return encryptBytes(keys.seal, padded(JSON.stringify(value)), `good-enough-sync:${documentId}`);
}

export async function openDocument<T>(keys: SyncKeys, documentId: string, sealed: Sealed): Promise<T> {
  const plain = await decryptBytes(keys.seal, sealed, `good-enough-sync:${documentId}`);
  return JSON.parse(new TextDecoder().decode(plain)) as T;
}
