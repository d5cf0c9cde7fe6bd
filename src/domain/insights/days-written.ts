import type { LocalDay } from '../records';

export interface DaysWritten {
  /** Distinct days with something written, in the month of `today`. */
  thisMonth: number;
  /** Distinct days with something written, in the year of `today`. */
  thisYear: number;
  /** Every distinct day ever written on: the days someone came back. */
  allTime: number;
}

/**
 * Counts the days someone came back, by the day each record was written on (its stored day,
 * so a flight or a changed clock never moves it). Never a streak: a missed day takes nothing away.
 */
export function countDaysWritten(days: Iterable<LocalDay>, today: LocalDay): DaysWritten {
  const month = today.slice(0, 7);
  const year = today.slice(0, 4);
  const distinct = new Set(days);
  let thisMonth = 0;
  let thisYear = 0;
  for (const day of distinct) {
    if (day.startsWith(year)) thisYear += 1;
    if (day.startsWith(month)) thisMonth += 1;
  }
  return { thisMonth, thisYear, allTime: distinct.size };
}
