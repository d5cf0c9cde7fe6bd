import { useEffect, useState } from 'react';
import type { SearchFilters } from '../../../domain/search/search-document';
import { workerClient } from '../../../ui/worker-client';
import type { SearchOrder } from '../index/compact-search';
import { makeSearchIndex, type SearchIndex } from '../search-index-api';
import { feedIndex } from './feed-index';
import { readShown, type ShownAnswer } from './read-shown';

/** What the search screen asks; the same whether the index is in a worker or on the page. */
export interface JournalSearch {
  search: (query: string, filters: SearchFilters, order: SearchOrder, limit: number) => Promise<ShownAnswer>;
}

/**
 * Builds the search index when the search screen opens, in a worker of its own (on the page
 * where there are no workers, as in a test's jsdom), and drops it when the screen closes.
 * The journal is read here (the lock's keys live on the page) and handed over a step at a time (feed-index.ts); the
 * worker keeps only its words, and the records of the results shown are read again here.
 */
export function useJournalSearch(): { search: JournalSearch | null; failed: boolean } {
  const [search, setSearch] = useState<JournalSearch | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    const index = startIndex();
    (async () => {
      await feedIndex(
        (documents) => index.call(index.remote.add(documents)),
        () => !live,
      );
      if (!live) return;
      await index.call(index.remote.settle());
      // The answer names records; their text is read here, for the shown page only.
      const search = async (...args: Parameters<SearchIndex['search']>) =>
        readShown(await index.call(index.remote.search(...args)));
      if (live) setSearch({ search });
    })().catch(() => live && setFailed(true));
    return () => {
      live = false;
      index.end();
    };
  }, []);
  return { search, failed };
}

/** The index in a worker of its own; on the page itself where there are no workers. */
function startIndex() {
  if (typeof Worker === 'undefined') {
    return {
      remote: makeSearchIndex(),
      call: async <P>(answer: P): Promise<Awaited<P>> => await answer,
      end: () => {},
    };
  }
  return workerClient<SearchIndex>(
    new Worker(new URL('../search.worker.ts', import.meta.url), { type: 'module' }),
    'Search stopped.',
  );
}
