import type { SearchDocument, SearchFilters } from '../../domain/search/search-document';
import { CompactSearch, type SearchHit, type SearchOrder } from './index/compact-search';

/** One page of an answer: how many matched in all, and the first `limit` of them (ids and matched words). */
export interface SearchAnswer {
  total: number;
  hits: SearchHit[];
}

/**
 * The search index behind a small interface, so it can live in a worker (search.worker.ts):
 * building it over ten thousand entries never holds up a tap there, and only the ids of the
 * results shown cross back to the page, which reads those records itself. The index keeps no
 * text, only its words in compact form. Held in memory only.
 */
export function makeSearchIndex() {
  const index = new CompactSearch();
  return {
    /** Adds documents (a slice at a time while the screen opens), or replaces changed ones. */
    add(documents: SearchDocument[]): void {
      index.add(documents);
    },
    /** Forgets documents by their search id (`entry:...`, `run:...`). */
    remove(ids: string[]): void {
      index.remove(ids);
    },
    /** Packs what was added into the compact arrays: called once the index is built. */
    settle(): void {
      index.settle();
    },
    search(query: string, filters: SearchFilters, order: SearchOrder, limit: number): SearchAnswer {
      return index.search(query, filters, order, limit);
    },
  };
}

export type SearchIndex = ReturnType<typeof makeSearchIndex>;
