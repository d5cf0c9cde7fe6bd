/** Small byte helpers: base64 for files, and a fresh random value for every salt and IV. */

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode(...huge) would overflow the call stack.
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

/** Throws on anything that is not base64. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  const clean = hex.replace(/\s+/g, '');
  return new Uint8Array(clean.match(/../g)?.map((pair) => parseInt(pair, 16)) ?? []);
}

export function toHex(bytes: Uint8Array): string {
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * A copy in this realm's own Uint8Array (stored bytes are always Uint8Arrays, never bare
 * ArrayBuffers, because only a view copies correctly across realms). Bytes read back from IndexedDB can come from
 * another JavaScript realm (fake-indexeddb under jsdom does this), which some WebCrypto
 * bindings refuse; copying a few hundred bytes is cheap and always accepted.
 */
export function ownBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}
