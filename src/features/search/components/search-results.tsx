import './search.css';
import { format } from 'date-fns';
import { memo } from 'react';
import { Link } from 'react-router';
import { dayToDate } from '../../../domain/dates';
import { highlight, type Segment } from '../../../domain/search/highlight';
import { paths } from '../../../ui/paths';
import type { ShownAnswer } from '../hooks/read-shown';

/** A first page of results, so each keystroke renders little; more on request. */
export const PAGE = 20;
const kindWords = { entry: 'Entry', answer: 'Answer', run: 'Experiment run' } as const;

function Marked({ segments }: { segments: Segment[] }) {
  return segments.map((segment, index) => (segment.match ? <mark key={index}>{segment.text}</mark> : segment.text));
}

/**
 * Results as plain text with the matching words marked, a page at a time. Drawn again only
 * when an answer comes, not at every keystroke before it.
 */
export const SearchResults = memo(function SearchResults({
  answer: { total, hits },
  query,
  onShowMore,
}: {
  answer: ShownAnswer;
  query: string;
  onShowMore: () => void;
}) {
  if (!query.trim() && total === 0) return null;
  return (
    <>
      <p className="quiet" role="status">
        {total === 0
          ? 'Nothing found. Another word, or fewer filters, may find it.'
          : total === 1
            ? '1 result'
            : `${total} results${total > hits.length ? `, showing the first ${hits.length}` : ''}`}
      </p>
      <ul className="card-list">
        {hits.map(({ document, terms }) => (
          <li key={document.id}>
            <Link className="card" to={paths.record(document.target)}>
              <span className="card__meta">
                {kindWords[document.kind]} · {format(dayToDate(document.day), 'd MMMM yyyy')}
              </span>
              {document.title ? (
                <span className="card__title">
                  <Marked segments={highlight(document.title, terms, 120)} />
                </span>
              ) : null}
              <span dir="auto" className="card__text entry-text">
                <Marked segments={highlight(document.text, terms)} />
              </span>
              {document.tags.length > 0 ? <span className="card__meta">Tags: {document.tags.join(', ')}</span> : null}
            </Link>
          </li>
        ))}
      </ul>
      {total > hits.length ? (
        <p className="actions">
          <button type="button" className="button button--quiet" onClick={onShowMore}>
            Show more results
          </button>
        </p>
      ) : null}
    </>
  );
});
