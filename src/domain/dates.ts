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

const clocks = new Map<string, Intl.DateTimeFormat>();

/** "23:30" as a clock in `timeZone` showed it, or null when the zone is unknown here. */
function clockIn(moment: Date | number, timeZone: string): string | null {
  let clock = clocks.get(timeZone);
  if (!clock) {
    try {
      clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
    } catch {
      return null;
    }
    clocks.set(timeZone, clock);
  }
  return clock.format(moment);
}

/** "Tokyo" for Asia/Tokyo, "Los Angeles" for America/Los_Angeles; zones without a place keep their name. */
function placeOf(timeZone: string): string {
  const place = timeZone.startsWith('Etc/') ? timeZone.slice(4) : (timeZone.split('/').pop() ?? timeZone);
  return place.replaceAll('_', ' ');
}

/**
 * The time of day a record was written, as the clock where it was written showed it: an
 * entry's day is fixed in its own zone, so its time must be too, or "23:30" in London would
 * show as "08:30" under the London day once the phone is in Tokyo. When that zone is not the
 * device's zone now, the place is named ("08:45, Tokyo time"). An unknown zone (an old
 * import, a zone this browser lacks) falls back to the device's zone.
 */
export function timeWrittenAt(moment: Date | number, timeZone: string | null, here = currentTimeZone()): string {
  const there = timeZone && timeZone !== here ? clockIn(moment, timeZone) : null;
  if (there !== null && timeZone) return `${there}, ${placeOf(timeZone)} time`;
  return format(moment, 'HH:mm');
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
