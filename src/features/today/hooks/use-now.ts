import { useEffect, useState } from 'react';
import { localDayOf, partOfDay } from '../../../domain/dates';

/** Often enough that Today turns over within a minute of midnight; cheap, as it rarely re-renders. */
export const NOW_CHECK_MS = 30_000;

const shownAs = (moment: Date) => `${localDayOf(moment)} ${partOfDay(moment)}`;

/**
 * The moment Today is drawn for. An installed app can stay open for days, so Today moves on
 * by itself when the date or the part of the day changes, and at once when the app comes back
 * to the front (the clock or the time zone may have changed meanwhile). A timer set for
 * midnight would miss both a clock change and a sleeping phone; a short check misses neither.
 */
export function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const check = () =>
      setNow((shown) => {
        const current = new Date();
        return shownAs(current) === shownAs(shown) ? shown : current;
      });
    const timer = setInterval(check, NOW_CHECK_MS);
    // Coming back to the front, and back from the browser's page cache, both fire this.
    document.addEventListener('visibilitychange', check);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', check);
    };
  }, []);
  return now;
}
