import { format } from 'date-fns';
import { restoreEntry } from '../../../db/entries-repository';
import { dayToDate } from '../../../domain/dates';
import { Notice } from '../../../ui/notice';
import { useTrashedEntries } from '../hooks/use-trashed-entries';

/** Entries moved to the trash, newest first, each one a tap from being back. */
export function TrashList() {
  const entries = useTrashedEntries();
  if (entries === undefined) return null;
  if (entries.length === 0) {
    return (
      <Notice title="The trash is empty">
        <p>Entries you delete wait here, so you can bring them back.</p>
      </Notice>
    );
  }
  return (
    <ul className="card-list">
      {entries.map((entry) => (
        <li key={entry.id} className="card">
          <span className="card__meta">Written {format(dayToDate(entry.day), 'd MMMM yyyy')}</span>
          {entry.title ? <span className="card__title">{entry.title}</span> : null}
          <span dir="auto" className="card__text entry-text entry-text--preview">
            {entry.text}
          </span>
          <button type="button" className="button button--quiet" onClick={() => void restoreEntry(entry.id)}>
            Restore <span className="visually-hidden">{entry.title || 'this entry'}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
