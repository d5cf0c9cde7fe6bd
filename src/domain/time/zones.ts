import type { LocalDay } from '../records';
import {
  asIfUtc,
  formatPlainDate,
  formatPlainTime,
  type PlainDate,
  type PlainTime,
  type WallClock,
} from './plain-dates';

/**
 * Time-zone arithmetic on IANA zone names, through Intl alone: what a clock in a zone shows at
 * an instant, and which instant a clock reading in a zone means. The device's own zone plays no
 * part, so every result is the same on every device.
 */

// Building a formatter is slow and an import may hold thousands of entries, so keep one per
// zone. Only zones the platform knows get one, so a file full of made-up names cannot grow this.
const wallClockFormatters = new Map<string, Intl.DateTimeFormat>();

function wallClockFormatter(timeZone: string): Intl.DateTimeFormat | null {
  let formatter = wallClockFormatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      });
    } catch {
      return null;
    }
    wallClockFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether this platform knows the zone (an old browser may lack a newer name). */
export function isKnownTimeZone(timeZone: string | undefined): timeZone is string {
  return !!timeZone && wallClockFormatter(timeZone) !== null;
}

/** The zone itself when the platform knows it, otherwise 'UTC'. */
export function knownTimeZone(timeZone: string | undefined): string {
  return isKnownTimeZone(timeZone) ? timeZone : 'UTC';
}

function readWallClock(formatter: Intl.DateTimeFormat, instant: Date | number): WallClock {
  // Reading parts by type, not by position, keeps this independent of the locale's punctuation.
  const parts = formatter.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  };
}

/** What a clock on the wall in `timeZone` shows at `instant` (in UTC when the zone is unknown). */
export function wallClockAt(instant: Date | number, timeZone: string): WallClock {
  const formatter = wallClockFormatter(timeZone) ?? wallClockFormatter('UTC');
  // Every platform with Intl knows UTC.
  return readWallClock(formatter as Intl.DateTimeFormat, instant);
}

/** The local yyyy-MM-dd of an instant in a zone (UTC when the zone is unknown). */
export function localDayIn(instant: Date | number, timeZone: string): LocalDay {
  return formatPlainDate(wallClockAt(instant, timeZone));
}

/** "23:30" as a clock in the zone showed it, or null when the zone is unknown here. */
export function clockIn(instant: Date | number, timeZone: string): string | null {
  const formatter = wallClockFormatter(timeZone);
  return formatter && formatPlainTime(readWallClock(formatter, instant));
}

/** "GMT+9", "GMT-3:30": the zone's offset from GMT at an instant, or null when the zone is unknown. */
export function offsetNameIn(instant: Date | number, timeZone: string): string | null {
  if (!isKnownTimeZone(timeZone)) return null;
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'shortOffset' }).formatToParts(instant);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? null;
}

/** How far the zone's clocks are ahead of UTC at an instant, in ms. */
function offsetAt(instant: number, timeZone: string): number {
  const wholeSecond = instant - (((instant % 1000) + 1000) % 1000);
  return asIfUtc(wallClockAt(wholeSecond, timeZone)) - wholeSecond;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The instant a wall-clock reading in a zone refers to (read in UTC when the zone is unknown).
 * Around a clock change the offsets a day either side give the only two candidates. When the
 * reading happens twice (clocks go back) the earlier one wins; when it never happens (clocks go
 * forward) it is moved forward by the gap. Both match what calendars and Temporal's
 * 'compatible' choice do.
 */
export function wallClockToEpoch(date: PlainDate, time: PlainTime, timeZone: string): number {
  const zone = knownTimeZone(timeZone);
  const reading = asIfUtc({ ...date, ...time, second: 0 });
  const offsetBefore = offsetAt(reading - DAY_MS, zone);
  const offsetAfter = offsetAt(reading + DAY_MS, zone);
  const candidates = [reading - offsetBefore, reading - offsetAfter].filter(
    (candidate) => asIfUtc(wallClockAt(candidate, zone)) === reading,
  );
  return candidates.length > 0 ? Math.min(...candidates) : reading - offsetBefore;
}
