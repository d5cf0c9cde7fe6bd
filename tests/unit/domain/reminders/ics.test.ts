import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  escapeText,
  foldLine,
  REMINDER_DESCRIPTION,
  REMINDER_SUMMARY,
  reminderCalendar,
  type ReminderOptions,
} from '../../../../src/domain/reminders/ics';

// Tuesday 26 March 2024, noon in London (still GMT; clocks change on the 31st).
const TUESDAY_NOON_UTC = new Date('2024-03-26T12:00:00Z');

function options(overrides: Partial<ReminderOptions> = {}): ReminderOptions {
  return {
    days: ['MO', 'WE', 'FR'],
    hour: 20,
    minute: 30,
    timeZone: 'Europe/London',
    start: TUESDAY_NOON_UTC,
    uid: 'reminder-3f6c1a2e@good-enough.local',
    stamp: new Date('2024-03-26T12:34:56.789Z'),
    ...overrides,
  };
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const event = calendar.getFirstSubcomponent('vevent');
  if (!event) throw new Error('no VEVENT');
  const alarm = event.getFirstSubcomponent('valarm');
  if (!alarm) throw new Error('no VALARM');
  const dtstart = event.getFirstProperty('dtstart');
  const start = dtstart?.getFirstValue() as ICAL.Time;
  const rrule = event.getFirstPropertyValue('rrule') as ICAL.Recur;
  return { calendar, event, alarm, dtstart, start, rrule };
}

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('reminderCalendar', () => {
  it('makes a calendar that ical.js reads, with the fixed headers', () => {
    const { calendar, event } = parse(reminderCalendar(options()));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Good Enough//Reminders//EN');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
    expect(event.getFirstPropertyValue('uid')).toBe('reminder-3f6c1a2e@good-enough.local');
    expect(event.getFirstPropertyValue('summary')).toBe('A few minutes for your journal');
    expect(event.getFirstPropertyValue('description')).toBe(REMINDER_DESCRIPTION);
    expect((event.getFirstPropertyValue('duration') as ICAL.Duration).toSeconds()).toBe(600);
  });

  it('stamps the file in UTC basic format', () => {
    const text = reminderCalendar(options());
    expect(text).toContain('\r\nDTSTAMP:20240326T123456Z\r\n');
    const { event } = parse(text);
    expect((event.getFirstPropertyValue('dtstamp') as ICAL.Time).toString()).toBe('2024-03-26T12:34:56Z');
  });

  it('starts on the first chosen day at the chosen local time, in the chosen zone', () => {
    const text = reminderCalendar(options());
    expect(text).toContain('\r\nDTSTART;TZID=Europe/London:20240327T203000\r\n');
    const { dtstart, start } = parse(text);
    expect(dtstart?.getParameter('tzid')).toBe('Europe/London');
    expect([start.year, start.month, start.day, start.hour, start.minute, start.second]).toEqual([
      2024, 3, 27, 20, 30, 0,
    ]);
    expect(start.dayOfWeek()).toBe(ICAL.Time.WEDNESDAY);
  });

  it('repeats weekly on the chosen days, listed Monday first', () => {
    const text = reminderCalendar(options({ days: ['FR', 'MO', 'WE', 'MO'] }));
    expect(text).toContain('\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR\r\n');
    const { rrule, start } = parse(text);
    expect(rrule.freq).toBe('WEEKLY');
    expect(rrule.parts.BYDAY).toEqual(['MO', 'WE', 'FR']);
    const iterator = rrule.iterator(start);
    const next = Array.from({ length: 5 }, () => iterator.next()?.toString());
    expect(next).toEqual([
      '2024-03-27T20:30:00',
      '2024-03-29T20:30:00',
      '2024-04-01T20:30:00',
      '2024-04-03T20:30:00',
      '2024-04-05T20:30:00',
    ]);
  });

  it('starts today when today is chosen and the time is still ahead, otherwise next time round', () => {
    const dtstartOf = (overrides: Partial<ReminderOptions>) =>
      /DTSTART;TZID=[^:]+:(\d{8}T\d{6})/.exec(reminderCalendar(options(overrides)))?.[1];
    expect(dtstartOf({ days: ['TU'], hour: 13, minute: 0 })).toBe('20240326T130000');
    expect(dtstartOf({ days: ['TU'], hour: 12, minute: 0 })).toBe('20240326T120000');
    expect(dtstartOf({ days: ['TU'], hour: 9, minute: 0 })).toBe('20240402T090000');
    expect(dtstartOf({ days: ['TU', 'SU'], hour: 9, minute: 0 })).toBe('20240331T090000');
    expect(dtstartOf({ days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], hour: 0, minute: 0 })).toBe('20240327T000000');
  });

  it("uses the start moment's day in the reminder's zone, not in UTC", () => {
    const dtstartOf = (overrides: Partial<ReminderOptions>) =>
      /DTSTART;TZID=([^:]+):(\d{8}T\d{6})/.exec(reminderCalendar(options(overrides)))?.slice(1);
    // 23:30 UTC on Tuesday is already 08:30 on Wednesday in Tokyo.
    const lateTuesdayUtc = new Date('2024-03-26T23:30:00Z');
    expect(dtstartOf({ start: lateTuesdayUtc, timeZone: 'Asia/Tokyo', days: ['WE'], hour: 9, minute: 0 })).toEqual([
      'Asia/Tokyo',
      '20240327T090000',
    ]);
    // 03:00 UTC on Wednesday is still 20:00 on Tuesday in Los Angeles.
    const earlyWednesdayUtc = new Date('2024-03-27T03:00:00Z');
    expect(
      dtstartOf({ start: earlyWednesdayUtc, timeZone: 'America/Los_Angeles', days: ['TU'], hour: 21, minute: 15 }),
    ).toEqual(['America/Los_Angeles', '20240326T211500']);
  });

  it('carries a display alarm at the start time', () => {
    const { alarm } = parse(reminderCalendar(options()));
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect((alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(0);
    expect(alarm.getFirstPropertyValue('description')).toBe(REMINDER_SUMMARY);
  });

  it('ends every line with CRLF and keeps every line within 75 octets', () => {
    const text = reminderCalendar(options({ uid: `${'very-long-id-'.repeat(12)}@good-enough.local` }));
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.slice(0, -2).split('\r\n');
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    // The description is long enough that it must have been folded, and ical.js unfolds it back.
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(parse(text).event.getFirstPropertyValue('uid')).toBe(`${'very-long-id-'.repeat(12)}@good-enough.local`);
  });

  it('is the same for the same options', () => {
    expect(reminderCalendar(options())).toBe(reminderCalendar(options()));
  });

  it.each([
    [{ days: [] }, 'Choose at least one day for the reminder.'],
    [{ days: ['XX'] as unknown as ReminderOptions['days'] }, 'One of the chosen days is not a weekday.'],
    [{ hour: 24 }, 'The reminder hour should be a whole number from 0 to 23.'],
    [{ hour: -1 }, 'The reminder hour should be a whole number from 0 to 23.'],
    [{ hour: 9.5 }, 'The reminder hour should be a whole number from 0 to 23.'],
    [{ minute: 60 }, 'The reminder minute should be a whole number from 0 to 59.'],
    [{ minute: Number.NaN }, 'The reminder minute should be a whole number from 0 to 59.'],
    [{ timeZone: 'Not/AZone' }, 'The time zone for the reminder is not one this device knows.'],
    [{ start: new Date('nope') }, 'The reminder needs a real start date.'],
    [{ uid: '  ' }, 'The reminder needs an id.'],
  ] as [Partial<ReminderOptions>, string][])('refuses %o with a plain message', (overrides, message) => {
    expect(() => reminderCalendar(options(overrides))).toThrow(message);
  });
});

describe('escapeText', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});

describe('foldLine', () => {
  it('leaves short lines alone', () => {
    expect(foldLine('SUMMARY:short')).toEqual(['SUMMARY:short']);
    expect(foldLine('X'.repeat(75))).toEqual(['X'.repeat(75)]);
  });

  it('folds at 75 octets with a leading space on each continuation', () => {
    const folded = foldLine('X'.repeat(200));
    expect(folded.map((line) => line.length)).toEqual([75, 75, 52]);
    expect(folded.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(folded.map((line, i) => (i === 0 ? line : line.slice(1))).join('')).toBe('X'.repeat(200));
  });

  it('never splits a multi-byte character', () => {
    const line = `DESCRIPTION:${'é🙂日'.repeat(30)}`;
    const folded = foldLine(line);
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(() => encodeURIComponent(part)).not.toThrow();
    }
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });
});
