import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { timeWrittenAt } from '../../../src/domain/time-written';
import { entryItem, toRows } from '../../../src/domain/history/timeline';
import type { Entry } from '../../../src/domain/records';
import { anEntry } from '../../helpers/records';

const at = (iso: string) => Date.parse(iso);

function entry(text: string, createdAt: number, day: string, timeZone: string): Entry {
  return anEntry({ id: text, createdAt, updatedAt: createdAt, text, day, timeZone });
}

describe('timeWrittenAt', () => {
  const london = at('2026-03-10T23:30:00Z');

  it('shows the time the clock where it was written showed, naming the place when that is elsewhere', () => {
    expect(timeWrittenAt(london, 'Europe/London', 'Asia/Tokyo')).toBe('23:30, London time');
    expect(timeWrittenAt(at('2026-03-10T23:45:00Z'), 'Asia/Tokyo', 'America/Los_Angeles')).toBe('08:45, Tokyo time');
    expect(timeWrittenAt(at('2026-03-10T21:30:00Z'), 'America/Los_Angeles', 'Europe/London')).toBe(
      '14:30, Los Angeles time',
    );
    expect(timeWrittenAt(london, 'Etc/GMT-9', 'Europe/London')).toBe('08:30, GMT+9 time');
    // Another name for the device's own zone is no other place.
    expect(timeWrittenAt(london, 'Asia/Calcutta', 'Asia/Kolkata')).toBe('05:00');
  });

  it('shows the plain device time when the zone is the device zone, unknown, or missing', () => {
    // The device's own zone shows its clock, with no place named.
    expect(timeWrittenAt(london, 'Europe/London', 'Europe/London')).toBe('23:30');
    expect(timeWrittenAt(london, 'Asia/Tokyo', 'Asia/Tokyo')).toBe('08:30');
    // An unknown zone, or none, falls back to this device's clock.
    const here = format(london, 'HH:mm');
    expect(timeWrittenAt(london, 'Not/A_Zone', 'Europe/London')).toBe(here);
    expect(timeWrittenAt(london, null, 'Europe/London')).toBe(here);
  });
});

describe('toRows', () => {
  // Written in this order: London 23:30, Tokyo (already Wednesday), the clock put back three
  // hours, then Los Angeles. The last two have earlier moments than the first two.
  const written = [
    entry('london', at('2026-03-10T23:30:00Z'), '2026-03-10', 'Europe/London'),
    entry('tokyo', at('2026-03-10T23:45:00Z'), '2026-03-11', 'Asia/Tokyo'),
    entry('corrected', at('2026-03-10T20:50:00Z'), '2026-03-11', 'Asia/Tokyo'),
    entry('los-angeles', at('2026-03-10T21:30:00Z'), '2026-03-10', 'America/Los_Angeles'),
  ];

  it('shows each day once, newest day first, and the newest first within a day', () => {
    const rows = toRows(written.map(entryItem));
    expect(rows.map((row) => (row.type === 'day' ? row.day : row.item.key))).toEqual([
      '2026-03-11',
      'entry:tokyo',
      'entry:corrected',
      '2026-03-10',
      'entry:london',
      'entry:los-angeles',
    ]);
  });

  it('keeps the zone each entry was written in, for its time', () => {
    expect(entryItem(written[1]!).timeZone).toBe('Asia/Tokyo');
  });
});
