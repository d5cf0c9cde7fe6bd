import { describe, expect, it } from 'vitest';
import {
  clockIn,
  isKnownTimeZone,
  knownTimeZone,
  localDayIn,
  offsetNameIn,
  wallClockAt,
  wallClockToEpoch,
} from '../../../../src/domain/time/zones';

/*
 * Expected values come from the published zone rules, worked out by hand: London GMT/BST
 * (changes 31 March and 27 October 2024 at 01:00 UTC), New York EST/EDT (10 March and
 * 3 November 2024, at 02:00 local), Kolkata +05:30 all year, Auckland NZDT +13 until
 * 7 April 2024 03:00 and NZST +12 until 29 September 2024 02:00.
 */

const utc = (iso: string) => Date.parse(iso);

/** A wall-clock reading as "2024-04-07 02:30:00", easier to read in a failure than an object. */
const shown = (iso: string, zone: string) => {
  const c = wallClockAt(utc(iso), zone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(c.year).padStart(4, '0')}-${two(c.month)}-${two(c.day)} ${two(c.hour)}:${two(c.minute)}:${two(c.second)}`;
};

describe('localDayIn', () => {
  const lateEveningUtc = Date.UTC(2023, 4, 1, 23, 30); // 2023-05-01 23:30 UTC
  const justAfterMidnightUtc = Date.UTC(2023, 4, 1, 0, 30); // 2023-05-01 00:30 UTC

  it('uses the calendar of the given zone', () => {
    expect(localDayIn(lateEveningUtc, 'America/Los_Angeles')).toBe('2023-05-01');
    expect(localDayIn(lateEveningUtc, 'Asia/Tokyo')).toBe('2023-05-02');
    expect(localDayIn(justAfterMidnightUtc, 'America/Los_Angeles')).toBe('2023-04-30');
    expect(localDayIn(justAfterMidnightUtc, 'Asia/Tokyo')).toBe('2023-05-01');
    expect(localDayIn(justAfterMidnightUtc, 'UTC')).toBe('2023-05-01');
  });

  it('falls back to UTC for a zone the platform does not know', () => {
    expect(localDayIn(lateEveningUtc, 'Mars/Olympus_Mons')).toBe('2023-05-01');
    expect(localDayIn(lateEveningUtc, '')).toBe('2023-05-01');
  });
});

describe('knownTimeZone', () => {
  it('keeps real zones and replaces anything else with UTC', () => {
    expect(knownTimeZone('Europe/London')).toBe('Europe/London');
    expect(knownTimeZone('Not/AZone')).toBe('UTC');
    expect(knownTimeZone(undefined)).toBe('UTC');
    expect(knownTimeZone('')).toBe('UTC');
  });
});

describe('wallClockToEpoch', () => {
  const at = (date: string, time: string, zone: string) => {
    const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
    const [hour = 0, minute = 0] = time.split(':').map(Number);
    return new Date(wallClockToEpoch({ year, month, day }, { hour, minute }, zone)).toISOString();
  };

  it('reads a time in UTC and in fixed, half-hour and odd offsets', () => {
    expect(at('2024-01-15', '09:30', 'UTC')).toBe('2024-01-15T09:30:00.000Z');
    expect(at('2024-01-15', '09:30', 'Asia/Tokyo')).toBe('2024-01-15T00:30:00.000Z');
    expect(at('2024-01-15', '09:30', 'Asia/Kolkata')).toBe('2024-01-15T04:00:00.000Z');
    expect(at('2024-01-15', '09:30', 'Asia/Kathmandu')).toBe('2024-01-15T03:45:00.000Z');
    expect(at('2024-01-01', '00:15', 'Asia/Tokyo')).toBe('2023-12-31T15:15:00.000Z');
  });

  it('follows Europe/London across the March 2024 clock change', () => {
    expect(at('2024-03-30', '12:00', 'Europe/London')).toBe('2024-03-30T12:00:00.000Z');
    expect(at('2024-03-31', '00:30', 'Europe/London')).toBe('2024-03-31T00:30:00.000Z');
    // 01:30 never happened that night: it is read as 02:30 BST, one hour later.
    expect(at('2024-03-31', '01:30', 'Europe/London')).toBe('2024-03-31T01:30:00.000Z');
    expect(at('2024-03-31', '02:30', 'Europe/London')).toBe('2024-03-31T01:30:00.000Z');
    expect(at('2024-03-31', '12:00', 'Europe/London')).toBe('2024-03-31T11:00:00.000Z');
  });

  it('takes the first of the two 01:30s when London clocks go back', () => {
    expect(at('2024-10-27', '00:30', 'Europe/London')).toBe('2024-10-26T23:30:00.000Z');
    expect(at('2024-10-27', '01:30', 'Europe/London')).toBe('2024-10-27T00:30:00.000Z');
    expect(at('2024-10-27', '02:30', 'Europe/London')).toBe('2024-10-27T02:30:00.000Z');
  });

  it('follows America/New_York across both 2024 clock changes', () => {
    expect(at('2024-03-10', '01:59', 'America/New_York')).toBe('2024-03-10T06:59:00.000Z');
    expect(at('2024-03-10', '02:30', 'America/New_York')).toBe('2024-03-10T07:30:00.000Z');
    expect(at('2024-03-10', '03:00', 'America/New_York')).toBe('2024-03-10T07:00:00.000Z');
    expect(at('2024-11-03', '01:30', 'America/New_York')).toBe('2024-11-03T05:30:00.000Z');
    expect(at('2024-11-03', '02:30', 'America/New_York')).toBe('2024-11-03T07:30:00.000Z');
    expect(at('2024-07-04', '21:00', 'America/New_York')).toBe('2024-07-05T01:00:00.000Z');
  });

  it('handles the southern hemisphere, where summer time spans the new year', () => {
    expect(at('2024-01-01', '09:00', 'Australia/Sydney')).toBe('2023-12-31T22:00:00.000Z');
    expect(at('2024-07-01', '09:00', 'Australia/Sydney')).toBe('2024-06-30T23:00:00.000Z');
  });

  it('reads times in an unknown zone as UTC', () => {
    expect(at('2024-03-31', '01:30', 'Nowhere/Special')).toBe('2024-03-31T01:30:00.000Z');
  });
});

describe('wallClockAt', () => {
  it('jumps from 00:59:59 GMT to 02:00:00 BST when London clocks go forward', () => {
    expect(shown('2024-03-31T00:59:59Z', 'Europe/London')).toBe('2024-03-31 00:59:59');
    expect(shown('2024-03-31T01:00:00Z', 'Europe/London')).toBe('2024-03-31 02:00:00');
  });

  it('shows 01:30 twice, an hour apart, when London and New York clocks go back', () => {
    expect(shown('2024-10-27T00:30:00Z', 'Europe/London')).toBe('2024-10-27 01:30:00');
    expect(shown('2024-10-27T01:30:00Z', 'Europe/London')).toBe('2024-10-27 01:30:00');
    expect(shown('2024-11-03T05:30:00Z', 'America/New_York')).toBe('2024-11-03 01:30:00');
    expect(shown('2024-11-03T06:30:00Z', 'America/New_York')).toBe('2024-11-03 01:30:00');
  });

  it('follows Auckland back from NZDT to NZST in April', () => {
    expect(shown('2024-04-06T13:59:59Z', 'Pacific/Auckland')).toBe('2024-04-07 02:59:59');
    expect(shown('2024-04-06T14:00:00Z', 'Pacific/Auckland')).toBe('2024-04-07 02:00:00');
  });

  it('reads a zone it does not know as UTC', () => {
    expect(shown('2024-03-31T01:30:15Z', 'Mars/Olympus_Mons')).toBe('2024-03-31 01:30:15');
  });
});

describe('localDayIn at local midnight', () => {
  it('turns the day exactly at midnight, in summer time and out of it', () => {
    expect(localDayIn(utc('2024-06-30T22:59:59Z'), 'Europe/London')).toBe('2024-06-30');
    expect(localDayIn(utc('2024-06-30T23:00:00Z'), 'Europe/London')).toBe('2024-07-01');
    expect(localDayIn(utc('2024-12-31T23:59:59Z'), 'Europe/London')).toBe('2024-12-31');
    expect(localDayIn(utc('2025-01-01T00:00:00Z'), 'Europe/London')).toBe('2025-01-01');
    expect(localDayIn(utc('2024-11-03T03:59:59Z'), 'America/New_York')).toBe('2024-11-02');
    expect(localDayIn(utc('2024-11-03T04:00:00Z'), 'America/New_York')).toBe('2024-11-03');
  });

  it('turns the day half an hour off the hour in Kolkata', () => {
    expect(localDayIn(utc('2024-01-14T18:29:59Z'), 'Asia/Kolkata')).toBe('2024-01-14');
    expect(localDayIn(utc('2024-01-14T18:30:00Z'), 'Asia/Kolkata')).toBe('2024-01-15');
  });

  it('turns the day while it is still the day before in UTC in Auckland', () => {
    expect(localDayIn(utc('2024-01-14T10:59:59Z'), 'Pacific/Auckland')).toBe('2024-01-14');
    expect(localDayIn(utc('2024-01-14T11:00:00Z'), 'Pacific/Auckland')).toBe('2024-01-15');
    expect(localDayIn(utc('2024-07-14T11:59:59Z'), 'Pacific/Auckland')).toBe('2024-07-14');
    expect(localDayIn(utc('2024-07-14T12:00:00Z'), 'Pacific/Auckland')).toBe('2024-07-15');
  });

  it('knows the leap day', () => {
    expect(localDayIn(utc('2024-02-28T11:00:00Z'), 'Pacific/Auckland')).toBe('2024-02-29');
    expect(localDayIn(utc('2024-02-29T12:00:00Z'), 'Pacific/Auckland')).toBe('2024-03-01');
    expect(localDayIn(utc('2024-03-01T04:59:59Z'), 'America/New_York')).toBe('2024-02-29');
  });

  it('keeps years below 100 as they are', () => {
    expect(localDayIn(utc('0050-06-01T12:00:00Z'), 'UTC')).toBe('0050-06-01');
  });
});

describe('wallClockToEpoch in Kolkata and Auckland', () => {
  const at = (date: [number, number, number], time: [number, number], zone: string) =>
    new Date(
      wallClockToEpoch({ year: date[0], month: date[1], day: date[2] }, { hour: time[0], minute: time[1] }, zone),
    ).toISOString();

  it('reads local midnight and the leap day half an hour off the hour', () => {
    expect(at([2024, 1, 15], [0, 0], 'Asia/Kolkata')).toBe('2024-01-14T18:30:00.000Z');
    expect(at([2024, 2, 29], [23, 45], 'Asia/Kolkata')).toBe('2024-02-29T18:15:00.000Z');
  });

  it('takes the earlier 02:30 when Auckland clocks go back', () => {
    expect(at([2024, 4, 7], [2, 30], 'Pacific/Auckland')).toBe('2024-04-06T13:30:00.000Z');
    expect(at([2024, 4, 7], [3, 30], 'Pacific/Auckland')).toBe('2024-04-06T15:30:00.000Z');
  });

  it('moves a time that never happened forward by the gap when Auckland clocks go forward', () => {
    expect(at([2024, 9, 29], [1, 59], 'Pacific/Auckland')).toBe('2024-09-28T13:59:00.000Z');
    expect(at([2024, 9, 29], [2, 30], 'Pacific/Auckland')).toBe('2024-09-28T14:30:00.000Z');
    expect(at([2024, 9, 29], [3, 0], 'Pacific/Auckland')).toBe('2024-09-28T14:00:00.000Z');
  });

  it('reads the leap day across the date line and keeps years below 100', () => {
    expect(at([2024, 2, 29], [0, 0], 'Pacific/Auckland')).toBe('2024-02-28T11:00:00.000Z');
    expect(at([2024, 2, 29], [9, 30], 'America/New_York')).toBe('2024-02-29T14:30:00.000Z');
    expect(at([50, 6, 1], [12, 0], 'UTC')).toBe('0050-06-01T12:00:00.000Z');
  });
});

describe('clockIn and offsetNameIn', () => {
  it('shows the hour and minute in the zone, or null for a zone it does not know', () => {
    expect(clockIn(utc('2024-01-14T18:29:59Z'), 'Asia/Kolkata')).toBe('23:59');
    expect(clockIn(utc('2024-01-14T18:30:00Z'), 'Asia/Kolkata')).toBe('00:00');
    expect(clockIn(utc('2024-04-06T14:05:00Z'), 'Pacific/Auckland')).toBe('02:05');
    expect(clockIn(utc('2024-04-06T14:05:00Z'), 'Not/A_Zone')).toBeNull();
    expect(clockIn(utc('2024-04-06T14:05:00Z'), '')).toBeNull();
  });

  it("names the offset from GMT, minding Etc's reversed sign", () => {
    expect(offsetNameIn(utc('2024-01-15T00:00:00Z'), 'Etc/GMT-9')).toBe('GMT+9');
    expect(offsetNameIn(utc('2024-01-15T00:00:00Z'), 'Asia/Kolkata')).toBe('GMT+5:30');
    expect(offsetNameIn(utc('2024-01-15T00:00:00Z'), 'Pacific/Auckland')).toBe('GMT+13');
    expect(offsetNameIn(utc('2024-07-15T00:00:00Z'), 'Pacific/Auckland')).toBe('GMT+12');
    expect(offsetNameIn(utc('2024-07-15T00:00:00Z'), 'Not/A_Zone')).toBeNull();
  });
});

describe('isKnownTimeZone', () => {
  it('knows real IANA names and nothing else', () => {
    expect(isKnownTimeZone('Asia/Kolkata')).toBe(true);
    expect(isKnownTimeZone('Etc/GMT-9')).toBe(true);
    expect(isKnownTimeZone('Not/AZone')).toBe(false);
    expect(isKnownTimeZone('')).toBe(false);
    expect(isKnownTimeZone(undefined)).toBe(false);
  });
});
