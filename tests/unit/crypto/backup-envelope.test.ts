import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../../../src/crypto/bytes';
import { decryptBackup, encryptBackup, encryptedBackupBytes } from '../../../src/crypto/backup-envelope';

const FAST = 100_000; // the lowest count a file may carry; the app writes 600,000
const BACKUP = JSON.stringify({ format: 'good-enough-backup', tables: { entries: [{ text: 'Ünïcode ✓ words' }] } });

describe('encrypted backup files', () => {
  it('round-trips with the right passphrase and keeps nothing readable', async () => {
    const envelope = await encryptBackup(BACKUP, 'harbour maple seven', FAST);
    expect(JSON.stringify(envelope)).not.toContain('words');
    expect(envelope.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: FAST });
    expect(await decryptBackup(JSON.parse(JSON.stringify(envelope)), 'harbour maple seven')).toEqual({
      ok: true,
      json: BACKUP,
      bytes: new TextEncoder().encode(BACKUP).length,
    });
  });

  it('knows the largest file a backup of a given size becomes, so the app can always read back what it made', async () => {
    for (const size of [0, 1, 2, 3, 1000, 65_537]) {
      const plain = 'x'.repeat(size);
      const envelope = await encryptBackup(plain, 'harbour maple seven', FAST);
      // The largest iteration count a file may carry, so the header is as long as it gets.
      const longest = JSON.stringify({ ...envelope, kdf: { ...envelope.kdf, iterations: 5_000_000 } });
      expect(longest.length).toBeLessThanOrEqual(encryptedBackupBytes(size));
      expect(encryptedBackupBytes(size) - longest.length).toBeLessThan(4096);
    }
  });

  it('refuses a wrong passphrase', async () => {
    const envelope = await encryptBackup(BACKUP, 'harbour maple seven', FAST);
    expect(await decryptBackup(envelope, 'harbour maple eight')).toEqual({ ok: false, reason: 'wrong-passphrase' });
  });

  it('refuses a file with one changed byte, a cut-off file, and a hostile or broken header', async () => {
    const envelope = await encryptBackup(BACKUP, 'harbour maple seven', FAST);
    const bytes = fromBase64(envelope.data);
    bytes[5] = (bytes[5] ?? 0) ^ 1;
    expect(await decryptBackup({ ...envelope, data: toBase64(bytes) }, 'harbour maple seven')).toMatchObject({
      ok: false,
    });
    expect(await decryptBackup({ ...envelope, data: envelope.data.slice(0, 40) }, 'harbour maple seven')).toMatchObject(
      { ok: false },
    );
    for (const broken of [
      { ...envelope, kdf: { ...envelope.kdf, iterations: 1e12 } },
      { ...envelope, kdf: { ...envelope.kdf, iterations: 10 } },
      { ...envelope, cipher: { ...envelope.cipher, iv: 'AAAA' } },
      { ...envelope, data: 'not base64!' },
      { ...envelope, formatVersion: 2 },
      null,
      'text',
    ]) {
      expect(await decryptBackup(broken, 'harbour maple seven')).toEqual({ ok: false, reason: 'damaged' });
    }
  });
});
