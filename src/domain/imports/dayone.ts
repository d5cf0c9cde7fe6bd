import { parseISO } from 'date-fns';
import * as v from 'valibot';
import { knownTimeZone, localDayIn } from '../time/zones';
import { cleanTags, countOf, type ImportedEntry, type ImportResult, stableId } from './imported-entry';
import { type ExportFormat, keepFirstOfEach, leftOutNotes, readExportEntries } from './read-export';

/**
 * Reads a Day One JSON export (`{ metadata, entries: [...] }`). Only the fields below are read;
 * valibot's object schemas copy known keys alone, so the many others Day One writes (location,
 * weather, photos, richText...) and hostile keys such as `__proto__` never reach the output.
 * The steps all importers share are in read-export.ts.
 */

// Day One writes UTC instants like 2023-05-01T21:14:03Z; a zone designator is required so that
// the result never depends on the time zone of the device doing the import.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)$/;

function instantOf(value: string | undefined): number | null {
  if (value === undefined || !ISO_INSTANT.test(value)) return null;
  const time = parseISO(value).getTime();
  return Number.isNaN(time) ? null : time;
}

const DayOneEntrySchema = v.object({
  uuid: v.pipe(v.string(), v.nonEmpty()),
  creationDate: v.pipe(
    v.string(),
    v.check((value) => instantOf(value) !== null),
  ),
  modifiedDate: v.optional(v.unknown()),
  timeZone: v.optional(v.unknown()),
  text: v.optional(v.string(), ''),
  tags: v.optional(v.array(v.string()), []),
});

type DayOneEntry = v.InferOutput<typeof DayOneEntrySchema>;

const DAY_ONE: ExportFormat<DayOneEntry> = {
  appName: 'Day One',
  entrySchema: DayOneEntrySchema,
  fieldProblems: {
    uuid: 'has no id (uuid)',
    creationDate: "has no date it was written, or one that can't be read",
    text: "has text that isn't text",
    tags: "has tags that aren't a list of words",
  },
};

type MediaKind = 'Photo' | 'Video' | 'Audio' | 'PDF';

// `![](dayone-moment://ID)` for photos; other media carry their kind in the path,
// e.g. `dayone-moment:/video/ID`. Day One escapes a typed `!`, `[` or `(`, so text the person
// wrote themselves never matches this.
const MEDIA_REFERENCE = /!\[[^\]\n]*\]\(dayone-moment:\/{1,2}([^)\s]*)\)/g;

function mediaKind(path: string): MediaKind {
  const first = path.split('/')[0]?.toLowerCase() ?? '';
  if (first === 'video') return 'Video';
  if (first === 'audio') return 'Audio';
  if (first.startsWith('pdf')) return 'PDF';
  return 'Photo';
}

// Backslash + one ASCII punctuation character is Day One's Markdown escape (`\\` included).
const MARKDOWN_ESCAPE = /\\([!-/:-@[-`{-~])/g;

/** The person's words as they typed them, with a visible note wherever media used to be. */
function dayOneText(raw: string, mediaSeen: Map<MediaKind, number>): string {
  // Media first: a reference is never escaped, while text that merely looks like one always is.
  const withNotes = raw.replace(MEDIA_REFERENCE, (_match, path: string) => {
    const kind = mediaKind(path);
    mediaSeen.set(kind, (mediaSeen.get(kind) ?? 0) + 1);
    return `[${kind} from Day One]`;
  });
  return withNotes.replace(MARKDOWN_ESCAPE, '$1');
}

function toImported(entry: DayOneEntry, mediaSeen: Map<MediaKind, number>): ImportedEntry {
  // Checked by the schema, so never null here.
  const createdAt = instantOf(entry.creationDate) ?? 0;
  // A missing or odd modification date is not worth refusing a whole journal over.
  const modifiedAt = typeof entry.modifiedDate === 'string' ? instantOf(entry.modifiedDate) : null;
  const timeZone = knownTimeZone(typeof entry.timeZone === 'string' ? entry.timeZone : undefined);
  return {
    id: stableId('dayone', entry.uuid),
    // Day One entries have no title; inventing one from the text would put words in the person's mouth.
    title: '',
    text: dayOneText(entry.text, mediaSeen),
    tags: cleanTags(entry.tags),
    day: localDayIn(createdAt, timeZone),
    timeZone,
    createdAt,
    updatedAt: modifiedAt ?? createdAt,
  };
}

const MEDIA_WORDS: Record<MediaKind, [string, string]> = {
  Photo: ['photo', 'photos'],
  Video: ['video', 'videos'],
  Audio: ['audio recording', 'audio recordings'],
  PDF: ['PDF', 'PDFs'],
};

function mediaNote(kind: MediaKind, count: number): string {
  const [singular, plural] = MEDIA_WORDS[kind];
  const where = count === 1 ? 'where it was' : 'where each one was';
  return `${countOf(count, singular, plural)} could not be brought over; a note marks ${where}.`;
}

export function parseDayOne(json: unknown): ImportResult {
  const parsed = readExportEntries(json, DAY_ONE);
  if (!parsed.ok) return parsed;

  // Repeats are dropped before reading, so their media are not counted twice.
  const { kept, repeats } = keepFirstOfEach(parsed.entries, (entry) => entry.uuid);
  const mediaSeen = new Map<MediaKind, number>();
  const entries = kept.map((entry) => toImported(entry, mediaSeen));

  const notes = leftOutNotes(DAY_ONE.appName, entries, repeats, 'the first copy');
  for (const [kind, count] of mediaSeen) notes.push(mediaNote(kind, count));
  return { ok: true, entries, notes };
}
