import * as v from 'valibot';
import { fromBase64, randomBytes, toBase64 } from './bytes';
import { decryptBytes, encryptBytes, IV_BYTES, WrongKeyOrDamagedError } from './cipher';
import { deriveWrappingKey, PBKDF2_ITERATIONS, SALT_BYTES } from './keys';

/**
 * An encrypted backup file: the ordinary backup JSON, encrypted whole with a key derived
 * from a passphrase. Documented in docs/ENCRYPTED-BACKUP.md; any tool with PBKDF2 and
 * AES-GCM can open it.
 */
export const ENCRYPTED_BACKUP_FORMAT = 'good-enough-encrypted-backup';
const VERSION = 1;
/** Bound into the ciphertext, so the header can't be swapped for another format's. */
const ASSOCIATED = `${ENCRYPTED_BACKUP_FORMAT}/${VERSION}`;

const Base64 = v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]*={0,2}$/));

const EnvelopeSchema = v.object({
  format: v.literal(ENCRYPTED_BACKUP_FORMAT),
  formatVersion: v.literal(VERSION),
  kdf: v.object({
    name: v.literal('PBKDF2'),
    hash: v.literal('SHA-256'),
    // Bounded: a hostile file must not make the phone derive a key for an hour.
    iterations: v.pipe(v.number(), v.integer(), v.minValue(100_000), v.maxValue(5_000_000)),
    salt: Base64,
  }),
  cipher: v.object({
    name: v.literal('AES-GCM'),
    keyLength: v.literal(256),
    tagLength: v.literal(128),
    iv: Base64,
  }),
  data: Base64,
});

export type EncryptedBackup = v.InferOutput<typeof EnvelopeSchema>;

/**
 * Whether a file's text is an encrypted backup, judged from its start (in any key order), so
 * a 100 MB file is not parsed twice to tell.
 */
export function looksLikeEncryptedBackup(text: string): boolean {
  return new RegExp(`"format"\\s*:\\s*"${ENCRYPTED_BACKUP_FORMAT}"`).test(text.slice(0, 2000));
}

export async function encryptBackup(
  backupJson: string,
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<EncryptedBackup> {
  const salt = randomBytes(SALT_BYTES);
  const key = await deriveWrappingKey(passphrase, salt, iterations);
  const sealed = await encryptBytes(key, new TextEncoder().encode(backupJson), ASSOCIATED);
  return {
    format: ENCRYPTED_BACKUP_FORMAT,
    formatVersion: VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', keyLength: 256, tagLength: 128, iv: toBase64(sealed.iv) },
    data: toBase64(sealed.data),
  };
}

export type OpenedBackup =
  { ok: true; json: string; bytes: number } | { ok: false; reason: 'damaged' | 'wrong-passphrase' };

/** Room for everything around the data (names, salt, IV, the largest iteration count), with plenty to spare. */
const ENVELOPE_OVERHEAD_BYTES = 4096;

/**
 * The largest encrypted backup file a backup of `plainBytes` bytes becomes: its data is the
 * ciphertext (the same length, plus a 16-byte tag) as base64, which grows it by a third.
 */
export function encryptedBackupBytes(plainBytes: number): number {
  return 4 * Math.ceil((plainBytes + 16) / 3) + ENVELOPE_OVERHEAD_BYTES;
}

/** The backup JSON inside, or why not: a damaged envelope, or a passphrase that doesn't open it. */
export async function decryptBackup(json: unknown, passphrase: string): Promise<OpenedBackup> {
  const parsed = v.safeParse(EnvelopeSchema, json);
  if (!parsed.success) return { ok: false, reason: 'damaged' };
  const { kdf, cipher, data } = parsed.output;
  let salt, iv, body;
  try {
    [salt, iv, body] = [fromBase64(kdf.salt), fromBase64(cipher.iv), fromBase64(data)];
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  if (salt.length < SALT_BYTES || iv.length !== IV_BYTES || body.length < 16) return { ok: false, reason: 'damaged' };
  const key = await deriveWrappingKey(passphrase, salt, kdf.iterations);
  try {
    const plain = await decryptBytes(key, { iv, data: body }, ASSOCIATED);
    return { ok: true, json: new TextDecoder('utf-8', { fatal: true }).decode(plain), bytes: plain.byteLength };
  } catch (error) {
    // AES-GCM can't tell a wrong key from changed bytes; a wrong passphrase is far likelier.
    if (error instanceof WrongKeyOrDamagedError) return { ok: false, reason: 'wrong-passphrase' };
    return { ok: false, reason: 'damaged' };
  }
}
