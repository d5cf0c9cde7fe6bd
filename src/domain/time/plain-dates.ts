/**
 * Calendar dates and wall-clock readings with no time zone attached, and the arithmetic on
 * them. UTC stands in for "no zone" because it has no clock changes; setUTCFullYear keeps
 * years below 100 literal, where Date.UTC would read 24 as 1924.
 */

export interface PlainDate {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
}

export interface PlainTime {
  /** 0 to 23. */
  hour: number;
  minute: number;
}

/** What a clock on the wall shows: a date and a time to the second. */
export interface WallClock extends PlainDate, PlainTime {
  second: number;
}

/** The instant a wall-clock reading would be if it were read in UTC. */
export function asIfUtc(clock: PlainDate & Partial<WallClock>): number {
  const date = new Date(0);
  date.setUTCFullYear(clock.year, clock.month - 1, clock.day);
  date.setUTCHours(clock.hour ?? 0, clock.minute ?? 0, clock.second ?? 0, 0);
  return date.getTime();
}

/** The date `days` later (earlier when negative); months and years roll over as calendars do. */
export function addDays(date: PlainDate, days: number): PlainDate {
  const moment = new Date(0);
  moment.setUTCFullYear(date.year, date.month - 1, date.day + days);
  return { year: moment.getUTCFullYear(), month: moment.getUTCMonth() + 1, day: moment.getUTCDate() };
}

/** 0 for Sunday to 6 for Saturday, as Date.getDay() counts. */
export function dayOfWeek(date: PlainDate): number {
  return new Date(asIfUtc(date)).getUTCDay();
}

/** False for 2023-02-30 and friends, which Date would quietly roll into the next month. */
export function isRealDate(date: PlainDate): boolean {
  const same = addDays(date, 0);
  return same.year === date.year && same.month === date.month && same.day === date.day;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** yyyy-MM-dd. */
export function formatPlainDate(date: PlainDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** HH:mm. */
export function formatPlainTime(time: PlainTime): string {
  return `${pad(time.hour)}:${pad(time.minute)}`;
}
