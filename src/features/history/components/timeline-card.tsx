import { Link } from 'react-router';
import { timeWrittenAt } from '../../../domain/time-written';
import type { TimelineItem } from '../../../domain/history/timeline';
import { paths } from '../../../ui/paths';

const kindWords: Record<TimelineItem['kind'], string> = {
  entry: 'Entry',
  answer: 'Answer',
  'run-planned': 'Experiment planned',
  'run-done': 'Experiment done',
  unopenable: '',
};

/** One entry or run in history: shown as plain text, never as HTML. */
export function TimelineCard({ item }: { item: TimelineItem }) {
  if (item.target.type === 'unopenable') {
    // Nothing to open, so not a link: it only keeps the record's place, honestly.
    return (
      <div className="card card--unopenable">
        <span className="card__meta">
          {item.target.what === 'entry' ? "This entry can't be opened" : "This experiment can't be opened"} ·{' '}
          {timeWrittenAt(item.at, item.timeZone)}
        </span>
        <span className="card__text">
          It was damaged on this device, so nobody can read its words any more. Everything else in your journal is fine.
        </span>
      </div>
    );
  }
  return (
    <Link className="card" to={paths.record(item.target)}>
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
