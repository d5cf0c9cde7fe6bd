import { useDeferredValue, useId, useMemo, useState } from 'react';
import { listAllTags } from '../../../db/entries-repository';
import { useLiveData } from '../../../db/live';
import { NO_FILTERS, searchableQuery, type SearchFilters as Filters } from '../../../domain/search/search-document';
import { Notice } from '../../../ui/notice';
import { useJournalSearch } from '../hooks/use-journal-search';
import type { SearchOrder } from '../search-index';
import { SearchFilters } from './search-filters';
import { SearchResults } from './search-results';

/** Search as you type over entries, answers and experiment runs. */
export function SearchPanel() {
  const { search, failed } = useJournalSearch();
  const tags = useLiveData(() => listAllTags()) ?? [];
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [order, setOrder] = useState<SearchOrder>('relevance');
  // Typing stays immediate; results follow as soon as the browser has a moment.
  const deferredQuery = useDeferredValue(query);
  const searchable = searchableQuery(deferredQuery);
  const id = useId();
  const hits = useMemo(
    () => (search && searchable !== null ? search.search(searchable, filters, order) : []),
    [search, searchable, filters, order],
  );
  const filtering = filters !== NO_FILTERS;

  return (
    <div className="stack">
      <form
        role="search"
        aria-busy={search === null && !failed}
        onSubmit={(event) => event.preventDefault()}
        className="stack"
      >
        <label htmlFor={id} className="field-label">
          Search your journal
        </label>
        <input
          id={id}
          className="input"
          type="search"
          value={query}
          autoComplete="off"
          enterKeyHint="search"
          onChange={(event) => setQuery(event.target.value)}
        />
        <label className="field">
          <span className="field-label">Order</span>
          <select className="input" value={order} onChange={(event) => setOrder(event.target.value as SearchOrder)}>
            <option value="relevance">Best match first</option>
            <option value="newest">Newest first</option>
          </select>
        </label>
        <SearchFilters filters={filters} tags={tags} onChange={setFilters} />
      </form>
      {failed ? (
        <Notice tone="warm" role="alert">
          <p>Search couldn't read your journal just now. Your entries are safe; reopening this screen may help.</p>
        </Notice>
      ) : search === null ? (
        <p className="quiet" role="status">
          Getting search ready...
        </p>
      ) : searchable === null && deferredQuery.trim() && !filtering ? (
        <p className="quiet" role="status">
          Keep typing: search starts from the second letter.
        </p>
      ) : searchable || filtering ? (
        <SearchResults hits={hits} query={searchable || ' '} />
      ) : null}
    </div>
  );
}
