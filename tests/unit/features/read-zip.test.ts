import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readJournalsInZip } from '../../../src/features/backup/read-zip';

const asBlob = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>]);

/** A zip made as a stream: no sizes in its local headers, only after the data. */
function streamedZip(name: string, pieces: Uint8Array[]): Uint8Array {
  const out: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    out.push(chunk);
  });
  const file = new ZipDeflate(name, { level: 9 });
  zip.add(file);
  pieces.forEach((piece, index) => file.push(piece, index === pieces.length - 1));
  zip.end();
  const whole = new Uint8Array(out.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of out) whole.set(chunk, (at += chunk.length) - chunk.length);
  return whole;
}

describe('reading journals from a zip', () => {
  it('takes every journal JSON and skips photos, hidden files and macOS leftovers', async () => {
    const zip = zipSync({
      'Journal.json': strToU8('{"entries":[]}'),
      'More/Work.json': strToU8('{"entries":[1]}'),
      'photos/a.jpeg': new Uint8Array(5000).fill(1),
      '__MACOSX/._Journal.json': strToU8('junk'),
      '.hidden.json': strToU8('junk'),
    });
    const read = await readJournalsInZip(asBlob(zip), 1000);
    expect(read).toEqual({
      ok: true,
      journals: [
        { name: 'Journal.json', text: '{"entries":[]}' },
        { name: 'More/Work.json', text: '{"entries":[1]}' },
      ],
    });
  });

  it('refuses a journal whose declared size is past the limit, before unpacking it', async () => {
    const zip = zipSync({ 'Journal.json': strToU8(' '.repeat(2000)) });
    expect(await readJournalsInZip(asBlob(zip), 1000)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('refuses a journal that unpacks past the limit while its header says nothing of its size', async () => {
    const zip = streamedZip('Journal.json', [strToU8('{"entries":['), new Uint8Array(200_000).fill(0x20)]);
    expect(zip.length).toBeLessThan(2000);
    expect(await readJournalsInZip(asBlob(zip), 100_000)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('counts every journal in the zip towards the limit together', async () => {
    const zip = zipSync({ 'A.json': strToU8(' '.repeat(600)), 'B.json': strToU8(' '.repeat(600)) });
    expect(await readJournalsInZip(asBlob(zip), 1000)).toEqual({ ok: false, reason: 'too-large' });
    expect((await readJournalsInZip(asBlob(zip), 1200)).ok).toBe(true);
  });

  it('says so when a zip is cut short or holds no journal', async () => {
    const zip = zipSync({ 'Journal.json': strToU8('{"entries":[]}'), 'photo.jpeg': new Uint8Array(100) });
    expect(await readJournalsInZip(asBlob(zip.subarray(0, 40)), 1000)).toMatchObject({ ok: false });
    const photosOnly = zipSync({ 'photo.jpeg': new Uint8Array(100) });
    expect(await readJournalsInZip(asBlob(photosOnly), 1000)).toEqual({ ok: false, reason: 'no-journal' });
  });
});
