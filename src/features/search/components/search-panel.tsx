import { useCallback, useEffect, useId, useState } from 'react';
import { NO_FILTERS, searchableQuery, type SearchFilters as Filters } from '../../../domain/search/search-document';
import { Notice } from '../../../ui/notice';
import { useAllTags } from '../hooks/use-all-tags';
import { type JournalSearch, useJournalSearch } from '../hooks/use-journal-search';
import type { ShownAnswer } from '../hooks/read-shown';
import type { SearchOrder } from '../index/compact-search';
import { SearchFilters } from './search-filters';
import { PAGE, SearchResults } from './search-results';

/** Search as you type over entries, answers and experiment runs. */
export function SearchPanel() {
  const { search, failed } = useJournalSearch();
  const tags = useAllTags();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [order, setOrder] = useState<SearchOrder>('relevance');
  // Asked at the keystroke itself: a keystroke renders only the field and this question (the
  // results are memoized), so the index's worker starts on it at once, while the field paints.
  const searchable = searchableQuery(query);
  const id = useId();
  const filtering = filters !== NO_FILTERS;
  const [shown, setShown] = useState(PAGE);
  // A query too short to search with (one letter) finds nothing, even with filters.
  const asked = searchable !== null && (searchable || filtering) ? { query: searchable, filters, order, shown } : null;
  const answered = useAnswer(search, asked);
  const showMore = useCallback(() => setShown((now) => now + PAGE * 2), []);

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
          onChange={(event) => {
            setQuery(event.target.value);
            setShown(PAGE);
          }}
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
      ) : searchable === null && query.trim() && !filtering ? (
        <p className="quiet" role="status">
          Keep typing: search starts from the second letter.
        </p>
      ) : searchable || filtering ? (
        searchable === null ? (
          <SearchResults answer={NOTHING} query=" " onShowMore={() => {}} />
        ) : answered ? (
          <SearchResults answer={answered.answer} query={answered.to.query || ' '} onShowMore={showMore} />
        ) : null
      ) : null}
    </div>
  );
}

type Question = { query: string; filters: Filters; order: SearchOrder; shown: number };
type Answered = { to: Question; answer: ShownAnswer };
const NOTHING: ShownAnswer = { total: 0, hits: [] };

/**
 * The latest answer to the latest question. Answers come back from the index's worker; one
 * that arrives after a newer question was asked is dropped, so results never go backwards.
 */
function useAnswer(search: JournalSearch | null, asked: Question | null): Answered | null {
  const [answer, setAnswer] = useState<Answered | null>(null);
  const { query, filters, order, shown } = asked ?? {};
  useEffect(() => {
    if (!search || query === undefined || !filters || !order || !shown) return;
    let latest = true;
    const question = { query, filters, order, shown };
    search
      .search(query, filters, order, shown)
      .then((found) => latest && setAnswer({ to: question, answer: found }))
      .catch(() => latest && setAnswer(null));
    return () => {
      latest = false;
    };
  }, [search, query, filters, order, shown]);
  if (!asked || !answer) return null;
  // Until this question's answer comes, the last one stays on screen (no flicker as you type),
  // marked with the words it was an answer to.
  return answer;
}
