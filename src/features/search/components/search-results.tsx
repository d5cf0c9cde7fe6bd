import { format } from 'date-fns';
import { useState } from 'react';
import { Link } from 'react-router';
import { dayToDate } from '../../../domain/dates';
import { highlight, type Segment } from '../../../domain/search/highlight';
import type { SearchHit } from '../search-index';

/** A first page of results, so each keystroke renders little; more on request. */
const PAGE = 20;
const kindWords = { entry: 'Entry', answer: 'Answer', run: 'Experiment run' } as const;

function Marked({ segments }: { segments: Segment[] }) {
  return segments.map((segment, index) => (segment.match ? <mark key={index}>{segment.text}</mark> : segment.text));
}

/** Results as plain text with the matching words marked; the first fifty are shown. */
export function SearchResults({ hits, query }: { hits: SearchHit[]; query: string }) {
  const [shown, setShown] = useState(PAGE);
  if (!query.trim() && hits.length === 0) return null;
  return (
    <>
      <p className="quiet" role="status">
        {hits.length === 0
          ? 'Nothing found. Another word, or fewer filters, may find it.'
          : hits.length === 1
            ? '1 result'
            : `${hits.length} results${hits.length > shown ? `, showing the first ${shown}` : ''}`}
      </p>
      <ul className="card-list">
        {hits.slice(0, shown).map(({ document, terms }) => (
          <li key={document.id}>
            <Link className="card" to={document.href}>
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
      {hits.length > shown ? (
        <p className="actions">
          <button type="button" className="button button--quiet" onClick={() => setShown((now) => now + PAGE * 2)}>
            Show more results
          </button>
        </p>
      ) : null}
    </>
  );
}
