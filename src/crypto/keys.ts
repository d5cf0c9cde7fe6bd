import { ownBytes, randomBytes } from './bytes';
import { IV_BYTES } from './cipher';

/**
 * Keys for the privacy lock. A passphrase is stretched with PBKDF2-SHA-256 into a wrapping
 * key; that key wraps (encrypts) the random data keys that seal the journal's records. Only
 * salts, iteration counts and wrapped keys are stored: the passphrase and every usable key
 * live in memory only, as non-extractable CryptoKeys.
 */

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256. A slot stores its own count, so it can rise later. */
export const PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;

const AES_GCM = { name: 'AES-GCM', length: 256 } as const;

/** The raw PBKDF2-SHA-256 output, exposed for known-answer tests of the derivation. */
export async function pbkdf2Sha256(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
  bits = 256,
): Promise<ArrayBuffer> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveBits',
  ]);
  return crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, bits);
}

/** The key a passphrase makes; it can only wrap and unwrap data keys, and never be read back. */
export async function deriveWrappingKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  // NFC: the same passphrase typed on another device (or keyboard) gives the same bytes.
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  const params = { name: 'PBKDF2', hash: 'SHA-256', salt: ownBytes(salt), iterations };
  return crypto.subtle.deriveKey(params, material, AES_GCM, false, ['wrapKey', 'unwrapKey', 'encrypt', 'decrypt']);
}

export interface WrappedKey {
  iv: Uint8Array<ArrayBuffer>;
  data: Uint8Array<ArrayBuffer>;
}

/**
 * A new random data key. It is extractable only so it can be wrapped now; the caller keeps
 * the non-extractable copy that `unwrapDataKey` returns and drops this one.
 */
export function generateWrappableKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey(AES_GCM, true, ['encrypt', 'decrypt']);
}

/** `keyId` is bound in as associated data, so a wrapped key cannot be passed off as another. */
export async function wrapDataKey(key: CryptoKey, keyId: string, wrappingKey: CryptoKey): Promise<WrappedKey> {
  const iv = randomBytes(IV_BYTES);
  const additionalData = new TextEncoder().encode(keyId);
  const data = await crypto.subtle.wrapKey('raw', key, wrappingKey, { name: 'AES-GCM', iv, additionalData });
  return { iv, data: new Uint8Array(data) };
}

/**
 * Unwraps a data key. AES-GCM authenticates, so a wrong passphrase (a wrong wrapping key)
 * fails here: the wrapped key doubles as the passphrase verifier. `extractable` is true only
 * while changing the passphrase, to wrap the same key under the new one.
 */
export function unwrapDataKey(
  wrapped: WrappedKey,
  keyId: string,
  wrappingKey: CryptoKey,
  extractable = false,
): Promise<CryptoKey> {
  return crypto.subtle.unwrapKey(
    'raw',
    ownBytes(wrapped.data),
    wrappingKey,
    { name: 'AES-GCM', iv: ownBytes(wrapped.iv), additionalData: new TextEncoder().encode(keyId) },
    AES_GCM,
    extractable,
    ['encrypt', 'decrypt'],
  );
}

/** Imports raw key bytes, non-extractable; for known-answer tests. */
export function importRawKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, AES_GCM, false, ['encrypt', 'decrypt']);
}
