import { format } from 'date-fns';
import { timeWrittenAt } from '../../../domain/time-written';
import type { Entry } from '../../../domain/records';

/** When an entry was written, by the clock where it was written; when it was last changed. */
export function WrittenAt({ entry }: { entry: Entry }) {
  const edited = entry.updatedAt - entry.createdAt > 60_000;
  return (
    <p className="quiet">
      Written at {timeWrittenAt(entry.createdAt, entry.timeZone)}.
      {edited ? ` Last edited ${format(entry.updatedAt, 'd MMMM yyyy, HH:mm')}.` : ''}
    </p>
  );
}
