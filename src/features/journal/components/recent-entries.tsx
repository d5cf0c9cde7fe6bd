import { format } from 'date-fns';
import { Link } from 'react-router';
import { dayToDate } from '../../../domain/dates';
import { Notice } from '../../../ui/notice';
import { useRecentEntries } from '../hooks/use-recent-entries';

/** The newest entries, shown as plain text (never as HTML). */
export function RecentEntries() {
  const entries = useRecentEntries();
  if (entries === undefined) return null;
  if (entries.length === 0) {
    return (
      <Notice title="Nothing here yet">
        <p>
          This is where your entries and answers will gather, newest first. Everything you write stays on this device.
        </p>
      </Notice>
    );
  }
  return (
    <ul className="card-list">
      {entries.map((entry) => (
        <li key={entry.id}>
          <Link className="card" to={`/journal/${entry.id}`}>
            <span className="card__meta">{format(dayToDate(entry.day), 'EEEE d MMMM yyyy')}</span>
            {entry.title ? <span className="card__title">{entry.title}</span> : null}
            <span className="card__text entry-text entry-text--preview">{entry.text}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
