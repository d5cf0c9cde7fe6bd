import { Unzip, type UnzipDecoder, UnzipInflate, UnzipPassThrough } from 'fflate';

export interface JournalFile {
  /** The file's name inside the zip, folders included. */
  name: string;
  text: string;
}

export type ZipReading =
  { ok: true; journals: JournalFile[] } | { ok: false; reason: 'unreadable' | 'too-large' | 'no-journal' };

/** Bytes read from the file and handed to the unzipper at a time: a deflated run can grow ~1000-fold. */
const PIECE = 16 * 1024;

/** The journal JSON in a zip; photos, videos and everything else beside it are skipped. */
const isJournal = (name: string) => {
  const lower = name.toLowerCase();
  const base = lower.split('/').at(-1) ?? '';
  return lower.endsWith('.json') && !lower.startsWith('__macosx/') && !base.startsWith('.');
};

class TooLarge extends Error {}

/**
 * A decoder that unpacks journal files and lets every other file's bytes fall away as they
 * pass: the unzipper keeps the bytes of a file nobody started, so every file is started, and
 * a photo costs no memory. fflate hands each decoder the file's name.
 */
function selective(Inner: new () => UnzipDecoder, compression: number) {
  return class implements UnzipDecoder {
    static compression = compression;
    ondata: UnzipDecoder['ondata'] = () => {};
    private readonly inner: UnzipDecoder | null;
    constructor(name: string) {
      this.inner = isJournal(name) ? new Inner() : null;
      if (this.inner) this.inner.ondata = (error, data, final) => this.ondata(error, data, final);
    }
    push(chunk: Uint8Array, final: boolean) {
      this.inner?.push(chunk, final);
    }
  };
}

/**
 * Reads a zip as a stream, a piece at a time, and keeps only its journal JSON files, whose
 * total may not pass `limit` bytes: checked against each file's declared size before it is
 * unpacked, and against the bytes actually unpacked as they come (a zip can lie about sizes,
 * or a small file can unpack to gigabytes). Media beside the journals is never held.
 */
export async function readJournalsInZip(file: Blob, limit: number): Promise<ZipReading> {
  const journals: { name: string; decoder: TextDecoder; parts: string[]; done: boolean }[] = [];
  let total = 0;
  let failure: Error | null = null;
  const unzip = new Unzip((entry) => {
    if (!isJournal(entry.name)) {
      entry.ondata = () => {};
      entry.start();
      return;
    }
    if (entry.originalSize !== undefined && total + entry.originalSize > limit) {
      failure ??= new TooLarge();
      return;
    }
    const journal = { name: entry.name, decoder: new TextDecoder('utf-8'), parts: [] as string[], done: false };
    journals.push(journal);
    entry.ondata = (error, data, final) => {
      if (failure) return;
      if (error) {
        failure = error;
        return;
      }
      total += data.length;
      if (total > limit) {
        failure = new TooLarge();
        entry.terminate();
        return;
      }
      journal.parts.push(journal.decoder.decode(data, { stream: !final }));
      journal.done ||= final;
    };
    entry.start();
  });
  unzip.register(selective(UnzipPassThrough, 0));
  unzip.register(selective(UnzipInflate, 8));

  try {
    for await (const chunk of chunksOf(file)) {
      for (let start = 0; start < chunk.length && !failure; start += PIECE) {
        unzip.push(chunk.subarray(start, start + PIECE), false);
      }
      if (failure) break;
    }
    if (!failure) unzip.push(new Uint8Array(0), true);
  } catch (error) {
    failure ??= error instanceof Error ? error : new Error('unreadable');
  }
  if (failure) return { ok: false, reason: failure instanceof TooLarge ? 'too-large' : 'unreadable' };
  if (journals.length === 0) return { ok: false, reason: 'no-journal' };
  if (journals.some((journal) => !journal.done)) return { ok: false, reason: 'unreadable' };
  return { ok: true, journals: journals.map(({ name, parts }) => ({ name, text: parts.join('') })) };
}

/** The file's bytes in order, without ever holding all of them. */
async function* chunksOf(file: Blob): AsyncGenerator<Uint8Array> {
  if (typeof file.stream === 'function') {
    const reader = file.stream().getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      // Stopped early (too large, or not a zip): the rest of the file is never read.
      void reader.cancel().catch(() => {});
    }
  }
  // Where a Blob has no stream(), slices of it do the same.
  for (let start = 0; start < file.size; start += 1024 * 1024) {
    yield new Uint8Array(await file.slice(start, start + 1024 * 1024).arrayBuffer());
  }
}
