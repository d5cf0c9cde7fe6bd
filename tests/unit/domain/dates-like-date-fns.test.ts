import { format, getDayOfYear, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { clockOf, dayLine, dayOfYear, dayToDate, localDayOf, longDay } from '../../../src/domain/dates';

/*
 * The first screen's date helpers replaced date-fns (to keep it off the first screen); what
 * they write must stay date-fns's to the character. Run at every moment of the date matrix,
 * so in each of its time zones.
 */

const HOUR = 3_600_000;
// Every 7 hours for two years from a leap year's start (every hour of the day and every
// weekday, month ends, a leap day, both daylight-saving changes), plus far and odd years.
const start = new Date(2024, 0, 1).getTime();
const moments = [
  ...Array.from({ length: (2 * 366 * 24) / 7 }, (_, step) => start + step * 7 * HOUR),
  new Date(2099, 11, 31, 23, 59).getTime(),
  new Date(1970, 0, 1, 0, 0).getTime(),
  Date.UTC(50, 5, 15, 12),
];

describe('the date helpers write what date-fns writes', () => {
  it('day, clock, date line, long day and day of the year, at every moment', () => {
    for (const moment of moments) {
      expect(localDayOf(moment)).toBe(format(moment, 'yyyy-MM-dd'));
      expect(clockOf(moment)).toBe(format(moment, 'HH:mm'));
      expect(dayLine(moment)).toBe(format(moment, 'EEEE d MMMM'));
      expect(dayOfYear(moment)).toBe(getDayOfYear(moment));
      const day = localDayOf(moment);
      expect(longDay(day)).toBe(format(parseISO(day), 'd MMMM yyyy'));
      expect(dayToDate(day).getTime()).toBe(parseISO(day).getTime());
    }
  });

  it('reads a day that does not exist, or is no day, as no date, like parseISO', () => {
    for (const day of ['2026-02-30', '2026-13-01', '2026-1-1', 'soon', '']) {
      expect(Number.isNaN(dayToDate(day).getTime())).toBe(true);
      expect(Number.isNaN(parseISO(day).getTime())).toBe(true);
    }
  });

  it('refuses a moment that is no time, like format', () => {
    expect(() => localDayOf(NaN)).toThrow(RangeError);
    expect(() => format(NaN, 'yyyy-MM-dd')).toThrow(RangeError);
  });
});
