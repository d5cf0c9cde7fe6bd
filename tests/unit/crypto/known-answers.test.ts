import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../src/crypto/bytes';
import { decryptBytes, encryptBytes, WrongKeyOrDamagedError } from '../../../src/crypto/cipher';
import { importRawKey, pbkdf2Sha256 } from '../../../src/crypto/keys';

// Published vectors, so the derivation and the cipher are checked against the standards and
// not against themselves.

describe('PBKDF2-HMAC-SHA-256 (RFC 7914, section 11)', () => {
  it('matches the one-iteration vector', async () => {
    const bits = await pbkdf2Sha256('passwd', new TextEncoder().encode('salt'), 1, 512);
    expect(toHex(new Uint8Array(bits))).toBe(
      '55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc' +
        '49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783',
    );
  });

  it('matches the 80,000-iteration vector', async () => {
    const bits = await pbkdf2Sha256('Password', new TextEncoder().encode('NaCl'), 80_000, 512);
    expect(toHex(new Uint8Array(bits))).toBe(
      '4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56' +
        'a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d',
    );
  });
});

describe('AES-256-GCM (McGrew and Viega, GCM specification test cases 15 and 16)', () => {
  const key = 'feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308';
  const iv = 'cafebabefacedbaddecaf888';
  const plain =
    'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72' +
    '1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255';
  const cipher =
    '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa' +
    '8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad';

  it('encrypts test case 15 (no associated data) to the published ciphertext and tag', async () => {
    const sealed = await encryptBytes(await importRawKey(fromHex(key)), fromHex(plain), '', fromHex(iv));
    expect(toHex(sealed.data)).toBe(cipher + 'b094dac5d93471bdec1a502270e3cc6c');
  });

  it('encrypts test case 16 (with associated data) and opens it again', async () => {
    const aesKey = await importRawKey(fromHex(key));
    const associated = fromHex('feedfacedeadbeeffeedfacedeadbeefabaddad2');
    const sealed = await encryptBytes(aesKey, fromHex(plain.slice(0, 120)), associated, fromHex(iv));
    expect(toHex(sealed.data)).toBe(cipher.slice(0, 120) + '76fc6ece0f4e1768cddf8853bb2d551b');
    expect(toHex(new Uint8Array(await decryptBytes(aesKey, sealed, associated)))).toBe(plain.slice(0, 120));
  });

  it('refuses a ciphertext with one bit changed, or bound to other associated data', async () => {
    const aesKey = await importRawKey(fromHex(key));
    const sealed = await encryptBytes(aesKey, fromHex(plain), 'entries:1', fromHex(iv));
    const flipped = sealed.data.slice(0);
    flipped[3] = (flipped[3] ?? 0) ^ 1;
    await expect(decryptBytes(aesKey, { iv: sealed.iv, data: flipped }, 'entries:1')).rejects.toBeInstanceOf(
      WrongKeyOrDamagedError,
    );
    await expect(decryptBytes(aesKey, sealed, 'entries:2')).rejects.toBeInstanceOf(WrongKeyOrDamagedError);
    expect(toHex(new Uint8Array(await decryptBytes(aesKey, sealed, 'entries:1')))).toBe(plain);
  });
});
