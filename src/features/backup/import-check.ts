import { proxy, type Remote } from 'comlink';
import type { Backup } from '../../domain/backup/backup-schema';
import { currentTimeZone } from '../../domain/dates';
import { workerClient } from '../../ui/worker-client';
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
  const check = workerClient<ImportCheck>(worker, 'The import check stopped.');
  try {
    const read = await check.call(check.remote.read(file, currentTimeZone(), passphrase, proxy(onProgress)));
    if ('problem' in read) return read;
    const { sizes, ...rest } = read;
    const tables = await check.call(takeAll(check.remote, sizes));
    return await withPreview({ ...rest, tables });
  } finally {
    check.end();
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
