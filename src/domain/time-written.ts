import { clockOf, currentTimeZone } from './dates';
import type { LocalDay } from './records';
import { clockIn, offsetNameIn } from './time/zones';

/*
 * Times and order as they were where each record was written. Kept apart from dates.ts, which
 * the first screen loads: only the journal's lists, the entry page and exports need these.
 */

/** "Tokyo" for Asia/Tokyo, "Los Angeles" for America/Los_Angeles, "GMT+9" for Etc/GMT-9. */
function placeOf(moment: Date | number, timeZone: string): string {
  if (timeZone.startsWith('Etc/')) {
    // Etc/GMT-9 is nine hours *ahead* of GMT (the sign is POSIX's): let Intl name the offset.
    return offsetNameIn(moment, timeZone) ?? timeZone.slice(4);
  }
  return (timeZone.split('/').pop() ?? timeZone).replaceAll('_', ' ');
}

/** "23:30" as the clock where a record was written showed it (the device's clock when unknown). */
export function clockTimeIn(moment: Date | number, timeZone: string | null): string {
  return (timeZone && clockIn(moment, timeZone)) ?? clockOf(moment);
}

/**
 * The time of day a record was written, as the clock where it was written showed it: an
 * entry's day is fixed in its own zone, so its time must be too, or "23:30" in London would
 * show as "08:30" under the London day once the phone is in Tokyo. When that clock differs
 * from the device's clock now, the place is named ("08:45, Tokyo time"); another name for the
 * same zone (Calcutta, Kolkata) shows no place. An unknown zone (an old import, a zone this
 * browser lacks) falls back to the device's clock.
 */
export function timeWrittenAt(moment: Date | number, timeZone: string | null, here = currentTimeZone()): string {
  const there = timeZone ? clockIn(moment, timeZone) : null;
  const hereClock = clockIn(moment, here) ?? clockOf(moment);
  if (there === null || !timeZone) return clockOf(moment);
  return there === hereClock ? there : `${there}, ${placeOf(moment, timeZone)} time`;
}

/**
 * Oldest first: by the day each was written on, then by the moment. Days are compared as
 * written, not by the moment: after a flight or a corrected clock a record on a later day can
 * have an earlier moment, and ordering by moment alone would show one day twice, with another
 * day between.
 */
export function compareDayThenTime(a: { day: LocalDay; at: number }, b: { day: LocalDay; at: number }): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  return a.at - b.at;
}
