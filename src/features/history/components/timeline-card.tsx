import { Link } from 'react-router';
import { timeWrittenAt } from '../../../domain/time-written';
import type { TimelineItem } from '../../../domain/history/timeline';

const kindWords: Record<TimelineItem['kind'], string> = {
  entry: 'Entry',
  answer: 'Answer',
  'run-planned': 'Experiment planned',
  'run-done': 'Experiment done',
};

export function hrefOf(item: TimelineItem): string {
  return item.target.type === 'entry'
    ? `/journal/${item.target.id}`
    : `/experiments/${item.target.experimentId}/runs/${item.target.id}`;
}

/** One entry or run in history: shown as plain text, never as HTML. */
export function TimelineCard({ item }: { item: TimelineItem }) {
  return (
    <Link className="card" to={hrefOf(item)}>
      <span className="card__meta">
        {kindWords[item.kind]} · {timeWrittenAt(item.at, item.timeZone)}
      </span>
      {item.title ? <span className="card__title">{item.title}</span> : null}
      {item.preview ? (
        <span dir="auto" className="card__text entry-text entry-text--preview">
          {item.preview}
        </span>
      ) : null}
    </Link>
  );
}
