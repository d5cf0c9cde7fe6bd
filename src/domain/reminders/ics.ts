import { addDays, dayOfWeek, type PlainDate } from '../time/plain-dates';
import { isKnownTimeZone, wallClockAt } from '../time/zones';

/**
 * A calendar file (RFC 5545) for a gentle, repeating journal reminder, so the person's own
 * calendar does the reminding and the app never needs notifications or a server.
 *
 * No VTIMEZONE block is written: Apple Calendar, Google Calendar, Outlook and Thunderbird all
 * resolve a TZID by its IANA name, and a hand-built VTIMEZONE would go stale when zone rules change.
 */

export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';

export interface ReminderOptions {
  days: Weekday[];
  hour: number;
  minute: number;
  timeZone: string;
  /** The reminder starts on the first chosen day at the chosen time at or after this moment. */
  start: Date;
  uid: string;
  /** When the file is made (DTSTAMP). */
  stamp: Date;
}

// In Date.getDay() order, Sunday first.
const WEEKDAYS: readonly Weekday[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
// RRULE lists days Monday first, the way people read a week.
const WEEK_ORDER: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export const REMINDER_SUMMARY = 'A few minutes for your journal';
export const REMINDER_DESCRIPTION =
  'Only if you feel like it. A line or two is plenty, and skipping a day is fine too. Good Enough will be there whenever you are.';

/** TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 section 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Splits a content line into lines of at most 75 octets (RFC 5545 section 3.1); each
 * continuation starts with a space. Counting UTF-8 bytes per code point means a character is
 * never cut in half, which some calendars would show as garbage.
 */
export function foldLine(line: string): string[] {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > 75) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** 20240331T090000Z */
function utcStamp(moment: Date): string {
  return (
    `${pad(moment.getUTCFullYear(), 4)}${pad(moment.getUTCMonth() + 1)}${pad(moment.getUTCDate())}` +
    `T${pad(moment.getUTCHours())}${pad(moment.getUTCMinutes())}${pad(moment.getUTCSeconds())}Z`
  );
}

function firstOccurrence(options: ReminderOptions): PlainDate {
  const now = wallClockAt(options.start, options.timeZone);
  const nowMinute = now.hour * 60 + now.minute;
  const reminderMinute = options.hour * 60 + options.minute;
  // Eight days so that a chosen day whose time has already passed today comes round next week.
  for (let offset = 0; offset < 8; offset++) {
    const candidate = addDays(now, offset);
    const stillAhead = offset > 0 || reminderMinute >= nowMinute;
    if (stillAhead && options.days.includes(WEEKDAYS[dayOfWeek(candidate)] ?? 'SU')) return candidate;
  }
  throw new Error('Choose at least one day for the reminder.');
}

function validate(options: ReminderOptions): void {
  if (options.days.length === 0) throw new Error('Choose at least one day for the reminder.');
  if (options.days.some((day) => !WEEK_ORDER.includes(day)))
    throw new Error('One of the chosen days is not a weekday.');
  if (!Number.isInteger(options.hour) || options.hour < 0 || options.hour > 23) {
    throw new Error('The reminder hour should be a whole number from 0 to 23.');
  }
  if (!Number.isInteger(options.minute) || options.minute < 0 || options.minute > 59) {
    throw new Error('The reminder minute should be a whole number from 0 to 59.');
  }
  if (!isKnownTimeZone(options.timeZone)) {
    throw new Error('The time zone for the reminder is not one this device knows.');
  }
  if (Number.isNaN(options.start.getTime()) || Number.isNaN(options.stamp.getTime())) {
    throw new Error('The reminder needs a real start date.');
  }
  if (!options.uid.trim()) throw new Error('The reminder needs an id.');
}

/** The whole .ics file, CRLF line endings included. */
export function reminderCalendar(options: ReminderOptions): string {
  validate(options);
  const first = firstOccurrence(options);
  const dtstart =
    `${pad(first.year, 4)}${pad(first.month)}${pad(first.day)}` + `T${pad(options.hour)}${pad(options.minute)}00`;
  const byDay = WEEK_ORDER.filter((day) => options.days.includes(day)).join(',');
  const contentLines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Good Enough//Reminders//EN',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:${escapeText(options.uid)}`,
    `DTSTAMP:${utcStamp(options.stamp)}`,
    // A TZID holding ':' or ';' would have to be quoted; IANA names never contain either.
    `DTSTART;TZID=${options.timeZone}:${dtstart}`,
    'DURATION:PT10M',
    `RRULE:FREQ=WEEKLY;BYDAY=${byDay}`,
    `SUMMARY:${escapeText(REMINDER_SUMMARY)}`,
    `DESCRIPTION:${escapeText(REMINDER_DESCRIPTION)}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:PT0M',
    `DESCRIPTION:${escapeText(REMINDER_SUMMARY)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return contentLines.flatMap(foldLine).join('\r\n') + '\r\n';
}
