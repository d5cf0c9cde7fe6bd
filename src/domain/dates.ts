import type { LocalDay } from './records';

/*
 * The first screen's date helpers, written out rather than taken from date-fns: its `format`
 * and `parseISO` bring about 20 kB (minified) that every start would load, and these need
 * only the device's own calendar. Their output is date-fns's to the character (the tests
 * compare them).
 */

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function valid(moment: Date | number): Date {
  const date = new Date(moment);
  // What date-fns's format throws, so a bad moment fails the same way.
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid time value');
  return date;
}

/** The local calendar day of a moment, in the device's current time zone. */
export function localDayOf(moment: Date | number): LocalDay {
  const date = valid(moment);
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "23:05": the device's clock at a moment (date-fns's `HH:mm`). */
export function clockOf(moment: Date | number): string {
  const date = valid(moment);
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Today's date line, "Thursday 3 December" (date-fns's `EEEE d MMMM`). scripts/first-paint.js
 * writes the same line before the app starts (tests/unit/first-paint.test.ts holds them equal).
 */
export function dayLine(moment: Date | number): string {
  const date = valid(moment);
  return `${WEEKDAYS[date.getDay()]} ${date.getDate()} ${MONTHS[date.getMonth()]}`;
}

/** "3 December 2026" for a local day (date-fns's `d MMMM yyyy`). */
export function longDay(day: LocalDay): string {
  const date = valid(dayToDate(day));
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${pad(date.getFullYear(), 4)}`;
}

/** 1 for the 1st of January, on the device's calendar (date-fns's `getDayOfYear`). */
export function dayOfYear(moment: Date | number): number {
  const date = valid(moment);
  const utcDay = (year: number, month: number, day: number) => Date.UTC(year, month, day) / 86_400_000;
  return utcDay(date.getFullYear(), date.getMonth(), date.getDate()) - utcDay(date.getFullYear(), 0, 1) + 1;
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
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return new Date(NaN);
  const [year, month, date] = match.slice(1).map(Number) as [number, number, number];
  const result = new Date(year, month - 1, date);
  // new Date(y, ...) reads years 0 to 99 as 1900 to 1999.
  result.setFullYear(year, month - 1, date);
  // Like parseISO, a day that doesn't exist (the 30th of February) is no date at all.
  return result.getMonth() === month - 1 && result.getDate() === date ? result : new Date(NaN);
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
