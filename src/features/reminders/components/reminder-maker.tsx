import './reminders.css';
import { useId, useState } from 'react';
import { currentTimeZone } from '../../../domain/dates';
import { reminderCalendar, type Weekday } from '../../../domain/reminders/ics';
import { settingsSections } from '../../../ui/paths';
import { shareOrDownload } from '../../../ui/share-file';

const DAYS: { value: Weekday; label: string }[] = [
  { value: 'MO', label: 'Mon' },
  { value: 'TU', label: 'Tue' },
  { value: 'WE', label: 'Wed' },
  { value: 'TH', label: 'Thu' },
  { value: 'FR', label: 'Fri' },
  { value: 'SA', label: 'Sat' },
  { value: 'SU', label: 'Sun' },
];

/**
 * A web app cannot wake itself up to remind anyone, so the reminder is a calendar file:
 * a repeating event with an alarm, delivered by the phone's own calendar, app open or not.
 */
export function ReminderMaker() {
  const [days, setDays] = useState<Weekday[]>(DAYS.map((day) => day.value));
  const [time, setTime] = useState('21:00');
  const [message, setMessage] = useState<string | null>(null);
  const timeId = useId();

  const make = async () => {
    const [hour = 21, minute = 0] = time.split(':').map(Number);
    if (days.length === 0) return setMessage('Pick at least one day for the reminder.');
    const now = new Date();
    const ics = reminderCalendar({
      days,
      hour,
      minute,
      timeZone: currentTimeZone(),
      start: now,
      uid: `${crypto.randomUUID()}@good-enough.local`,
      stamp: now,
    });
    const outcome = await shareOrDownload(new File([ics], 'good-enough-reminder.ics', { type: 'text/calendar' }));
    setMessage(
      outcome === 'cancelled'
        ? 'No reminder was made.'
        : 'Open the file to add the reminder to your calendar. You can change or remove it there at any time.',
    );
  };

  return (
    <section aria-labelledby={settingsSections.reminder} className="stack">
      <h2 id={settingsSections.reminder} className="section-title">
        A gentle reminder
      </h2>
      <p>If it helps, your own calendar can remind you. Skipping a day is fine; nothing counts it.</p>
      <fieldset className="choices">
        <legend className="field-label">Which days?</legend>
        <div className="day-picker">
          {DAYS.map((day) => (
            <label key={day.value} className="day-picker__day">
              <input
                type="checkbox"
                checked={days.includes(day.value)}
                onChange={(event) =>
                  setDays(event.target.checked ? [...days, day.value] : days.filter((value) => value !== day.value))
                }
              />
              <span>{day.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={timeId} className="field-label">
          What time?
        </label>
        <input
          id={timeId}
          className="input"
          type="time"
          value={time}
          onChange={(event) => setTime(event.target.value || '21:00')}
        />
      </div>
      <p>
        <button type="button" className="button" onClick={() => void make()}>
          Add to my calendar
        </button>
      </p>
      {message ? <p role="status">{message}</p> : null}
    </section>
  );
}
