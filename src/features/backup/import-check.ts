import { proxy, releaseProxy, type Remote, wrap } from 'comlink';
import type { Backup } from '../../domain/backup/backup-schema';
import { currentTimeZone } from '../../domain/dates';
import type { ImportCheck, ReadingWithoutRecords } from './import-check-api';
import { readOtherJournal } from './other-journals';
import { type PreparedImport, prepareImport, withPreview } from './prepare-import';

/** Records copied into the page per message: each copy is a short task of its own. */
const SLICE = 500;

/**
 * Reads a chosen file in a worker and works out what importing it would do. The reading
 * (unzipping, decrypting, parsing, checking every record) happens off the page; only the
 * preview, which asks this journal's database, happens here. Where there are no workers (a
 * test's jsdom) the same reading runs on the page.
 */
export async function prepareImportOffThePage(
  file: Blob,
  onProgress: (checked: number, total: number) => void,
  passphrase?: string,
): Promise<PreparedImport> {
  if (typeof Worker === 'undefined') return prepareImport(file, readOtherJournal, onProgress, passphrase);
  const worker = new Worker(new URL('./import-check.worker.ts', import.meta.url), { type: 'module' });
  const check: Remote<ImportCheck> = wrap<ImportCheck>(worker);
  const stopped = failed(worker);
  stopped.catch(() => {}); // Raced below; an error after the end has no one left to tell.
  try {
    const read = await Promise.race([check.read(file, currentTimeZone(), passphrase, proxy(onProgress)), stopped]);
    if ('problem' in read) return read;
    const { sizes, ...rest } = read;
    const tables = await Promise.race([takeAll(check, sizes), stopped]);
    return await withPreview({ ...rest, tables });
  } finally {
    check[releaseProxy]();
    worker.terminate();
  }
}

async function takeAll(check: Remote<ImportCheck>, sizes: ReadingWithoutRecords['sizes']) {
  const tables: Backup['tables'] = { entries: [], runs: [], drafts: [], settings: [] };
  for (const table of Object.keys(tables) as (keyof Backup['tables'])[]) {
    const into = tables[table] as unknown[];
    for (let from = 0; from < sizes[table]; from += SLICE) into.push(...(await check.take(table, from, SLICE)));
  }
  return tables;
}

/** A worker that could not start (or died) rejects, rather than leaving the person waiting. */
function failed(worker: Worker): Promise<never> {
  return new Promise((_, reject) => {
    worker.addEventListener('error', () => reject(new Error('The import check stopped.')), { once: true });
  });
}
