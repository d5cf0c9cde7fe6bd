import { releaseProxy, type Remote, wrap } from 'comlink';
import { useEffect, useState } from 'react';
import { listAllLiveEntries } from '../../../db/entries-repository';
import { listAllRuns } from '../../../db/runs-repository';
import { entryDocument, runDocument, type SearchDocument } from '../../../domain/search/search-document';
import { makeSearchIndex, type SearchAnswer, type SearchIndex } from '../search-index-api';

/** Documents copied to the worker per message: each copy is a short task of its own. */
const SLICE = 500;

/** What the search screen asks; the same whether the index is in a worker or on the page. */
export interface JournalSearch {
  search: (...args: Parameters<SearchIndex['search']>) => Promise<SearchAnswer>;
}

/**
 * Builds the search index when the search screen opens, in a worker of its own (on the page
 * where there are no workers, as in a test's jsdom), and drops it when the screen closes.
 * The journal is read here (the lock's keys live on the page) and handed over in slices.
 */
export function useJournalSearch(): { search: JournalSearch | null; failed: boolean } {
  const [search, setSearch] = useState<JournalSearch | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    const index = startIndex();
    (async () => {
      const [entries, runs] = await Promise.all([listAllLiveEntries(), listAllRuns()]);
      const documents: SearchDocument[] = [...entries.map(entryDocument), ...runs.map(runDocument)];
      for (let from = 0; from < documents.length && live; from += SLICE) {
        await Promise.race([index.remote.add(documents.slice(from, from + SLICE)), index.stopped]);
      }
      if (live) setSearch({ search: (...args) => Promise.race([index.remote.search(...args), index.stopped]) });
    })().catch(() => live && setFailed(true));
    return () => {
      live = false;
      index.end();
    };
  }, []);
  return { search, failed };
}

function startIndex(): { remote: Remote<SearchIndex> | SearchIndex; stopped: Promise<never>; end: () => void } {
  if (typeof Worker === 'undefined')
    return { remote: makeSearchIndex(), stopped: new Promise(() => {}), end: () => {} };
  const worker = new Worker(new URL('../search.worker.ts', import.meta.url), { type: 'module' });
  const remote = wrap<SearchIndex>(worker);
  const stopped = new Promise<never>((_, reject) => {
    worker.addEventListener('error', () => reject(new Error('Search stopped.')), { once: true });
  });
  stopped.catch(() => {}); // Raced by every call; an error after the screen closed has no one to tell.
  return {
    remote,
    stopped,
    end: () => {
      remote[releaseProxy]();
      worker.terminate();
    },
  };
}
