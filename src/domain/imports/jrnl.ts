import * as v from 'valibot';
import { isRealDate, type PlainDate, type PlainTime } from '../time/plain-dates';
import { knownTimeZone, wallClockToEpoch } from '../time/zones';
import { cleanTags, type ImportedEntry, type ImportResult, stableId } from './imported-entry';
import { type ExportFormat, keepFirstOfEach, leftOutNotes, readExportEntries } from './read-export';

/**
 * Reads a jrnl JSON export (`jrnl --export json`):
 * `{ "tags": {...}, "entries": [{ "title", "body", "date": "YYYY-MM-DD", "time": "HH:MM", "tags", "starred" }] }`.
 * jrnl stores wall-clock times with no zone, so the caller says which zone they were written in.
 * The steps all importers share are in read-export.ts.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// jrnl writes HH:MM; seconds are accepted in case a hand-edited file has them, and ignored.
const TIME = /^(\d{2}):(\d{2})(?::\d{2})?$/;

function dateParts(value: string): PlainDate | null {
  const match = DATE.exec(value);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isRealDate(date) ? date : null;
}

function timeParts(value: string): PlainTime | null {
  const match = TIME.exec(value);
  if (!match) return null;
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  return hour < 24 && minute < 60 ? { hour, minute } : null;
}

const JrnlEntrySchema = v.object({
  title: v.optional(v.string(), ''),
  body: v.optional(v.string(), ''),
  date: v.pipe(
    v.string(),
    v.check((value) => dateParts(value) !== null),
  ),
  time: v.pipe(
    v.string(),
    v.check((value) => timeParts(value) !== null),
  ),
  tags: v.optional(v.array(v.string()), []),
});

type JrnlEntry = v.InferOutput<typeof JrnlEntrySchema>;

const JRNL: ExportFormat<JrnlEntry> = {
  appName: 'jrnl',
  entrySchema: JrnlEntrySchema,
  fieldProblems: {
    title: "has a title that isn't text",
    body: "has text that isn't text",
    date: "has no date, or one that isn't written like 2024-03-31",
    time: "has no time, or one that isn't written like 09:30",
    tags: "has tags that aren't a list of words",
  },
};

/** jrnl marks tags with '@' (normalizeTag already removes '#'). */
const withoutAt = (tag: string) => tag.replace(/^@+/, '');

function toImported(entry: JrnlEntry, timeZone: string): ImportedEntry {
  // Both checked by the schema.
  const date = dateParts(entry.date) ?? { year: 1970, month: 1, day: 1 };
  const time = timeParts(entry.time) ?? { hour: 0, minute: 0 };
  const createdAt = wallClockToEpoch(date, time, timeZone);
  // jrnl has no ids; NUL separates the parts so a title/body split elsewhere gives another id.
  const key = [entry.date, entry.time, entry.title, entry.body].join('\u0000');
  return {
    id: stableId('jrnl', key),
    title: entry.title,
    text: entry.body,
    tags: cleanTags(entry.tags, withoutAt),
    // The date jrnl shows is already the local day; converting back and forth could only lose it.
    day: entry.date,
    timeZone,
    createdAt,
    updatedAt: createdAt,
  };
}

export function parseJrnl(json: unknown, timeZone = 'UTC'): ImportResult {
  const parsed = readExportEntries(json, JRNL);
  if (!parsed.ok) return parsed;

  const notes: string[] = [];
  const zone = knownTimeZone(timeZone);
  if (zone !== timeZone) {
    notes.push(`The time zone "${timeZone}" isn't one this device knows, so times were read as UTC.`);
  }

  // Same moment, title and words: a true copy, so bringing it over once loses nothing.
  const { kept: entries, repeats } = keepFirstOfEach(
    parsed.entries.map((entry) => toImported(entry, zone)),
    (entry) => entry.id,
  );
  notes.push(...leftOutNotes(JRNL.appName, entries, repeats, 'one copy'));
  return { ok: true, entries, notes };
}
