import { describe, expect, it } from 'vitest';
import {
  addDays,
  asIfUtc,
  dayOfWeek,
  formatPlainDate,
  formatPlainTime,
  isRealDate,
} from '../../../../src/domain/time/plain-dates';

const date = (year: number, month: number, day: number) => ({ year, month, day });

describe('addDays', () => {
  it('rolls over month and year ends, the leap day included', () => {
    expect(addDays(date(2024, 2, 28), 1)).toEqual(date(2024, 2, 29));
    expect(addDays(date(2024, 2, 29), 1)).toEqual(date(2024, 3, 1));
    expect(addDays(date(2023, 2, 28), 1)).toEqual(date(2023, 3, 1));
    expect(addDays(date(2024, 3, 1), -1)).toEqual(date(2024, 2, 29));
    expect(addDays(date(2024, 1, 31), 30)).toEqual(date(2024, 3, 1));
    expect(addDays(date(2024, 12, 31), 1)).toEqual(date(2025, 1, 1));
  });

  it('gives the same date back for zero days', () => {
    expect(addDays(date(2024, 3, 31), 0)).toEqual(date(2024, 3, 31));
  });
});

describe('dayOfWeek', () => {
  it('counts from Sunday as 0', () => {
    expect(dayOfWeek(date(2023, 12, 31))).toBe(0); // a Sunday
    expect(dayOfWeek(date(2024, 1, 1))).toBe(1); // a Monday
    expect(dayOfWeek(date(2024, 2, 29))).toBe(4); // a Thursday
    expect(dayOfWeek(date(2000, 1, 1))).toBe(6); // a Saturday
  });
});

describe('isRealDate', () => {
  it('accepts 29 February only in leap years', () => {
    expect(isRealDate(date(2024, 2, 29))).toBe(true);
    expect(isRealDate(date(2000, 2, 29))).toBe(true);
    expect(isRealDate(date(2023, 2, 29))).toBe(false);
    expect(isRealDate(date(1900, 2, 29))).toBe(false);
  });

  it('refuses days and months that do not exist', () => {
    expect(isRealDate(date(2024, 4, 31))).toBe(false);
    expect(isRealDate(date(2024, 13, 1))).toBe(false);
    expect(isRealDate(date(2024, 0, 10))).toBe(false);
    expect(isRealDate(date(2024, 1, 0))).toBe(false);
    expect(isRealDate(date(2024, 1, 31))).toBe(true);
  });
});

describe('asIfUtc', () => {
  it('reads a wall-clock reading as a UTC instant, years below 100 kept literal', () => {
    expect(asIfUtc({ ...date(2024, 2, 29), hour: 23, minute: 59, second: 59 })).toBe(
      Date.parse('2024-02-29T23:59:59Z'),
    );
    expect(asIfUtc(date(99, 12, 31))).toBe(Date.parse('0099-12-31T00:00:00Z'));
  });
});

describe('formatting', () => {
  it('pads dates and times to yyyy-MM-dd and HH:mm', () => {
    expect(formatPlainDate(date(2024, 2, 9))).toBe('2024-02-09');
    expect(formatPlainDate(date(50, 6, 1))).toBe('0050-06-01');
    expect(formatPlainTime({ hour: 9, minute: 5 })).toBe('09:05');
    expect(formatPlainTime({ hour: 0, minute: 0 })).toBe('00:00');
  });
});
