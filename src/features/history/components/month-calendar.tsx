import './history.css';
import { addMonths, eachDayOfInterval, endOfMonth, format, getISODay, startOfMonth } from 'date-fns';
import { useState } from 'react';
import { Link } from 'react-router';
import { localDayOf } from '../../../domain/dates';
import { paths } from '../../../ui/paths';
import { useAllRuns } from '../hooks/use-all-runs';
import { useDaysWithEntries } from '../hooks/use-entries';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** A month at a time; days with writing are marked and open that day's page. */
export function MonthCalendar({ today }: { today: Date }) {
  const [month, setMonth] = useState(() => startOfMonth(today));
  const days = eachDayOfInterval({ start: month, end: endOfMonth(month) });
  const from = localDayOf(days[0] ?? month);
  const to = localDayOf(days[days.length - 1] ?? month);
  const entryDays = useDaysWithEntries(from, to);
  const runs = useAllRuns();
  const written = new Set([...(entryDays ?? []), ...(runs ?? []).map((run) => run.day)]);
  const count = days.filter((day) => written.has(localDayOf(day))).length;
  const lead = getISODay(month) - 1;

  return (
    <section aria-labelledby="calendar-month" className="calendar">
      <div className="calendar__head">
        <button type="button" className="button button--quiet" onClick={() => setMonth(addMonths(month, -1))}>
          <span aria-hidden="true">‹</span> <span className="visually-hidden">Previous month</span>
        </button>
        <h2 id="calendar-month" className="section-title" aria-live="polite">
          {format(month, 'MMMM yyyy')}
        </h2>
        <button type="button" className="button button--quiet" onClick={() => setMonth(addMonths(month, 1))}>
          <span className="visually-hidden">Next month</span> <span aria-hidden="true">›</span>
        </button>
      </div>
      <p className="quiet">
        {count === 0 ? 'No writing this month.' : `You wrote on ${count} ${count === 1 ? 'day' : 'days'} this month.`}
      </p>
      <ol className="calendar__grid">
        {WEEKDAYS.map((name) => (
          <li key={name} className="calendar__weekday" aria-hidden="true">
            {name}
          </li>
        ))}
        {Array.from({ length: lead }, (_, index) => (
          <li key={`blank-${index}`} aria-hidden="true" />
        ))}
        {days.map((day) => {
          const key = localDayOf(day);
          const label = format(day, 'EEEE d MMMM');
          return (
            <li key={key}>
              {written.has(key) ? (
                <Link
                  className="calendar__day calendar__day--written"
                  to={paths.day(key)}
                  aria-label={`${label}, has writing`}
                >
                  {format(day, 'd')}
                </Link>
              ) : (
                <span className="calendar__day" aria-label={label}>
                  {format(day, 'd')}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
