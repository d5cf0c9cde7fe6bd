import type { SearchDocument, SearchFilters } from '../../domain/search/search-document';
import { JournalSearch, type SearchHit, type SearchOrder } from './search-index';

/** One page of an answer: how many matched in all, and the first `limit` of them. */
export interface SearchAnswer {
  total: number;
  hits: SearchHit[];
}

/**
 * The search index behind a small interface, so it can live in a worker (search.worker.ts):
 * building it over ten thousand entries takes a second of work that never holds up a tap
 * there, and only the results shown cross back to the page. Held in memory only.
 */
export function makeSearchIndex() {
  const index = new JournalSearch();
  return {
    /** Adds documents to the index (called a slice at a time while the screen opens). */
    add(documents: SearchDocument[]): Promise<void> {
      return index.addAll(documents);
    },
    search(query: string, filters: SearchFilters, order: SearchOrder, limit: number): SearchAnswer {
      const hits = index.search(query, filters, order);
      return { total: hits.length, hits: hits.slice(0, limit) };
    },
  };
}

export type SearchIndex = ReturnType<typeof makeSearchIndex>;
