import { ownBytes, randomBytes } from './bytes';

/**
 * AES-256-GCM with a fresh random 96-bit IV per message and a 128-bit tag. The associated
 * data names what the message belongs to (e.g. a record's table and id), so a ciphertext
 * moved to another record fails to open, just as a changed byte does.
 */
/** 96 bits, the size GCM is designed for. */
export const IV_BYTES = 12;

export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  /** Ciphertext followed by the 16-byte tag. */
  data: Uint8Array<ArrayBuffer>;
}

/** What the ciphertext is bound to: text (UTF-8) or bytes. */
export type Associated = string | Uint8Array<ArrayBuffer>;

const bytesOf = (associated: Associated) =>
  typeof associated === 'string' ? new TextEncoder().encode(associated) : associated;

export class WrongKeyOrDamagedError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('The key does not open this, or it was changed', options);
    this.name = 'WrongKeyOrDamagedError';
  }
}

export async function encryptBytes(
  key: CryptoKey,
  plain: Uint8Array<ArrayBuffer>,
  associated: Associated,
  iv: Uint8Array<ArrayBuffer> = randomBytes(IV_BYTES),
): Promise<Sealed> {
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: bytesOf(associated) }, key, plain);
  return { iv, data: new Uint8Array(data) };
}

export async function decryptBytes(key: CryptoKey, sealed: Sealed, associated: Associated): Promise<ArrayBuffer> {
  try {
    return await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: ownBytes(sealed.iv), additionalData: bytesOf(associated) },
      key,
      ownBytes(sealed.data),
    );
  } catch (error) {
    throw new WrongKeyOrDamagedError({ cause: error });
  }
}

export function encryptJson(key: CryptoKey, value: unknown, associated: string): Promise<Sealed> {
  return encryptBytes(key, new TextEncoder().encode(JSON.stringify(value)), associated);
}

export async function decryptJson<T>(key: CryptoKey, sealed: Sealed, associated: string): Promise<T> {
  const plain = await decryptBytes(key, sealed, associated);
  return JSON.parse(new TextDecoder().decode(plain)) as T;
}
