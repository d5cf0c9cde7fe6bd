import { differenceInCalendarMonths, format } from 'date-fns';
import { Link } from 'react-router';
import { dayToDate } from '../../../domain/dates';
import { onThisDayDates } from '../../../domain/history/timeline';
import { paths } from '../../../ui/paths';
import { useEntriesOnDays } from '../hooks/use-entries';

function ago(day: string, now: Date): string {
  const months = differenceInCalendarMonths(now, dayToDate(day));
  if (months % 12 === 0) return months === 12 ? 'A year ago today' : `${months / 12} years ago today`;
  return months === 1 ? 'A month ago today' : `${months} months ago today`;
}

/** What was written on this date in earlier months and years: a gentle look back. */
export function OnThisDay({ now }: { now: Date }) {
  const days = onThisDayDates(now);
  const entries = useEntriesOnDays(days);
  if (!entries || entries.length === 0) return null;
  return (
    <section aria-labelledby="on-this-day">
      <h2 id="on-this-day" className="section-title">
        On this day
      </h2>
      <ul className="card-list">
        {entries.slice(0, 3).map((entry) => (
          <li key={entry.id}>
            <Link className="card" to={paths.entry(entry.id)}>
              <span className="card__meta">
                {ago(entry.day, now)} · {format(dayToDate(entry.day), 'd MMMM yyyy')}
              </span>
              {entry.title ? <span className="card__title">{entry.title}</span> : null}
              <span dir="auto" className="card__text entry-text entry-text--preview">
                {entry.text}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
