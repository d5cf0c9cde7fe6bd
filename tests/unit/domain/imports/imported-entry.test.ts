import { describe, expect, it } from 'vitest';
import {
  cleanTags,
  countOf,
  knownTimeZone,
  localDayIn,
  stableId,
  wallClockToEpoch,
} from '../../../../src/domain/imports/imported-entry';

const UUID_V4_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('stableId', () => {
  it('looks like a version 4 UUID', () => {
    for (const key of ['', 'a', 'F0E1D2C3B4A5968778695A4B3C2D1E0F', '日記 ✍️', 'x'.repeat(10_000)]) {
      expect(stableId('dayone', key)).toMatch(UUID_V4_SHAPE);
    }
  });

  it('gives the same id for the same input, today and on every later release', () => {
    expect(stableId('dayone', 'ABC123')).toBe(stableId('dayone', 'ABC123'));
    // Pinned: changing the hash would duplicate every entry someone imports a second time.
    expect(stableId('dayone', 'ABC123')).toBe('af76d30b-78c6-4d82-88b9-6a7b008c8cad');
    expect(stableId('jrnl', '')).toBe('05fa69f1-98bc-4f08-a3fc-a93df8878dbe');
  });

  it('keeps sources apart, including where one part ends and the next begins', () => {
    expect(stableId('dayone', 'same')).not.toBe(stableId('jrnl', 'same'));
    expect(stableId('ab', 'c')).not.toBe(stableId('a', 'bc'));
    expect(stableId('dayone', 'key')).not.toBe(stableId('dayone', 'Key'));
  });

  it('does not collide across many similar keys', () => {
    const ids = new Set<string>();
    const count = 50_000;
    for (let i = 0; i < count; i++) ids.add(stableId('jrnl', `2024-03-31\u000009:${i}`));
    expect(ids.size).toBe(count);
  });
});

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

describe('cleanTags', () => {
  it('normalizes, drops empties and repeats ignoring case, and keeps the first spelling', () => {
    expect(cleanTags(['#Work', 'work', '  family   time ', '', '#', 'WORK', 'Family Time'])).toEqual([
      'Work',
      'family time',
    ]);
  });

  it('can prepare each tag first', () => {
    expect(cleanTags(['@work', '@@home', 'plain'], (tag) => tag.replace(/^@+/, ''))).toEqual(['work', 'home', 'plain']);
  });
});

describe('countOf', () => {
  it('says one or many', () => {
    expect(countOf(1, 'photo')).toBe('1 photo');
    expect(countOf(3, 'photo')).toBe('3 photos');
    expect(countOf(2, 'entry', 'entries')).toBe('2 entries');
  });
});
