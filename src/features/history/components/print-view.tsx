import { format, subDays } from 'date-fns';
import { useState } from 'react';
import { dayToDate, localDayOf } from '../../../domain/dates';
import { compareDayThenTime, timeWrittenAt } from '../../../domain/time-written';
import { InputField } from '../../../ui/fields';
import { useAllRuns } from '../hooks/use-all-runs';
import { useEntriesBetween } from '../hooks/use-entries';

/** A chosen stretch of the journal laid out for paper; the browser saves it as a PDF. */
export function PrintView() {
  const [from, setFrom] = useState(() => localDayOf(subDays(new Date(), 30)));
  const [to, setTo] = useState(() => localDayOf(new Date()));
  const entries = useEntriesBetween(from, to);
  const inOrder = [...(entries ?? [])].sort((a, b) =>
    compareDayThenTime({ day: a.day, at: a.createdAt }, { day: b.day, at: b.createdAt }),
  );
  const runs = useAllRuns();
  const inRange = (runs ?? []).filter((run) => run.day >= from && run.day <= to);

  return (
    <div className="stack">
      <div className="print-controls stack">
        <div className="actions">
          <InputField label="From" name="from" type="date" value={from} onChange={(value) => value && setFrom(value)} />
          <InputField label="To" name="to" type="date" value={to} onChange={(value) => value && setTo(value)} />
        </div>
        <p>
          {entries?.length ?? 0} entries and {inRange.length} experiment runs. Your browser's print window can save them
          as a PDF.
        </p>
        <p>
          <button type="button" className="button" onClick={() => window.print()}>
            Print or save as PDF
          </button>
        </p>
      </div>
      <div className="print-sheet">
        <h2 className="print-sheet__title">
          Good Enough · {format(dayToDate(from), 'd MMMM yyyy')} to {format(dayToDate(to), 'd MMMM yyyy')}
        </h2>
        {inOrder.map((entry) => (
          <article key={entry.id} className="print-entry">
            <p className="quiet">
              {format(dayToDate(entry.day), 'EEEE d MMMM yyyy')}, {timeWrittenAt(entry.createdAt, entry.timeZone)}
              {entry.tags.length ? ` · ${entry.tags.join(', ')}` : ''}
            </p>
            {entry.title ? <h3>{entry.title}</h3> : null}
            <p dir="auto" className="entry-text">
              {entry.text}
            </p>
          </article>
        ))}
        {inRange.map((run) => (
          <article key={run.id} className="print-entry">
            <p className="quiet">Experiment · {format(dayToDate(run.day), 'EEEE d MMMM yyyy')}</p>
            <h3>{run.experimentTitle}</h3>
            {[
              run.belief,
              run.prediction,
              run.safetyBehaviours ?? '',
              run.outcome,
              run.coping ?? '',
              run.learned,
              run.kinderRule,
            ]
              .filter((text) => text.trim())
              .map((text, index) => (
                <p key={index} dir="auto" className="entry-text">
                  {text}
                </p>
              ))}
          </article>
        ))}
      </div>
    </div>
  );
}
