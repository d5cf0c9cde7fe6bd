import { listLiveEntriesAfter } from '../../../db/entries-repository';
import { listLiveRunsAfter } from '../../../db/runs-repository';
import { entryDocument, runDocument, type SearchDocument } from '../../../domain/search/search-document';

/**
 * Records read and handed to the index per step. Each step (reading them, opening them when
 * the journal is locked, copying them to the worker) stays a short task on the page, and only
 * one step's records are in the page's memory at a time, whatever the journal's size.
 */
const STEP = 500;

type Reader<T> = (after: string | null, limit: number) => Promise<{ records: T[]; last: string | null }>;

/** Reads the whole journal a step at a time into `add`, until it is read or `stopped()` says so. */
export async function feedIndex(add: (documents: SearchDocument[]) => Promise<void>, stopped: () => boolean) {
  await inSteps(listLiveEntriesAfter, (entries) => add(entries.map(entryDocument)), stopped);
  await inSteps(listLiveRunsAfter, (runs) => add(runs.map(runDocument)), stopped);
}

async function inSteps<T>(read: Reader<T>, each: (records: T[]) => Promise<void>, stopped: () => boolean) {
  let after: string | null = null;
  while (!stopped()) {
    const { records, last } = await read(after, STEP);
    if (stopped()) return;
    await each(records);
    if (last === null) return;
    after = last;
  }
}
