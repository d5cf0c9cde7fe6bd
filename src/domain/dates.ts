import { format, parseISO } from 'date-fns';
import type { LocalDay } from './records';

/** The local calendar day of a moment, in the device's current time zone. */
export function localDayOf(moment: Date | number): LocalDay {
  return format(moment, 'yyyy-MM-dd');
}

/** The device's IANA time zone, or UTC when the platform will not say. */
export function currentTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** A local day as a Date at local midnight, for display and date maths. */
export function dayToDate(day: LocalDay): Date {
  return parseISO(day);
}

/** "Good morning" and friends, by the hour of a moment. */
export function partOfDay(moment: Date): 'morning' | 'afternoon' | 'evening' | 'night' {
  const hour = moment.getHours();
  if (hour < 5) return 'night';
  if (hour < 12) return 'morning';
  if (hour < 18) return 'afternoon';
  if (hour < 23) return 'evening';
  return 'night';
}
