import MiniSearch from 'minisearch';
import {
  isLiteralQuery,
  passesFilters,
  type SearchDocument,
  type SearchFilters,
} from '../../domain/search/search-document';

export interface SearchHit {
  document: SearchDocument;
  /** The words that matched, for marking them in the result. */
  terms: string[];
  score: number;
}

export type SearchOrder = 'relevance' | 'newest';

/**
 * Full-text search over titles, text and tags with MiniSearch, held in memory only. Words
 * match as they are typed (prefixes) and allow small typos; a query of only punctuation is
 * matched literally instead.
 */
export class JournalSearch {
  private readonly index = new MiniSearch<SearchDocument>({
    fields: ['title', 'text', 'tags'],
    extractField: (document, field) => {
      const value = document[field as keyof SearchDocument];
      return Array.isArray(value) ? value.join(' ') : String(value ?? '');
    },
    searchOptions: {
      boost: { title: 2, tags: 1.5 },
      // Words match as they are typed (as prefixes) from their third letter: a two-letter prefix
      // matches so many words that every keystroke would rank most of the journal.
      prefix: (term) => term.length >= 3,
      // Forgive a typo in longer words, never in numbers or short words (too many false hits).
      fuzzy: (term) => (term.length > 4 && !/\d/.test(term) ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  private readonly documents = new Map<string, SearchDocument>();

  /** Adds documents in chunks, yielding between them so typing never waits for indexing. */
  async addAll(documents: SearchDocument[]): Promise<void> {
    for (const document of documents) this.documents.set(document.id, document);
    await this.index.addAllAsync(documents, { chunkSize: 400 });
  }

  get size(): number {
    return this.documents.size;
  }

  search(query: string, filters: SearchFilters, order: SearchOrder): SearchHit[] {
    const trimmed = query.trim();
    let hits: SearchHit[];
    if (!trimmed) {
      hits = [...this.documents.values()].map((document) => ({ document, terms: [], score: 0 }));
    } else if (isLiteralQuery(trimmed)) {
      const needle = trimmed.toLocaleLowerCase();
      hits = [...this.documents.values()]
        .filter((document) => `${document.title}\n${document.text}`.toLocaleLowerCase().includes(needle))
        .map((document) => ({ document, terms: [trimmed], score: 1 }));
    } else {
      hits = this.index.search(trimmed).flatMap((result) => {
        const document = this.documents.get(String(result.id));
        return document ? [{ document, terms: result.terms, score: result.score }] : [];
      });
    }
    const filtered = hits.filter((hit) => passesFilters(hit.document, filters));
    if (order === 'newest' || !trimmed) return filtered.sort((a, b) => b.document.at - a.document.at);
    // MiniSearch already returns its results best first; a literal match has no ranking.
    return filtered;
  }
}
