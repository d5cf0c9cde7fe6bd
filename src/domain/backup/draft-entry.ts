import { MAX_TAGS, MAX_TIME, MAX_WORDS_LENGTH, MIN_TIME } from '../bounds';
import { cleanTags, stableId } from '../imports/imported-entry';
import { keptCopyId } from '../kept-copy';
import type { Draft, Entry, Mood } from '../records';
import { localDayIn } from '../time/zones';

/**
 * Drafts were a table no screen ever wrote; the only drafts a journal can hold came in with a
 * backup file. Schema version 4 removed the table, so every draft becomes a free entry: at the
 * upgrade (src/db/drafts-upgrade.ts), when a sealed one is first opened (src/db/sealing.ts),
 * and when a backup file holding drafts is read (read-backup.ts). All three give the same
 * entry the same id, so a draft brought in twice, or upgraded and then imported again, is
 * one entry.
 */

/** The entry a draft becomes always has this id: derived from the draft's key alone. */
export const draftEntryId = (key: string): string => stableId('draft', key);

/** What an entry made from a draft holds outside its words: all of it readable when sealed. */
export type DraftEntryShell = Pick<
  Entry,
  'id' | 'createdAt' | 'updatedAt' | 'rev' | 'deletedAt' | 'kind' | 'packId' | 'questionId' | 'day' | 'timeZone'
>;

/**
 * The readable part of a draft's entry: written on the draft's last change, on the day that
 * moment fell on in `timeZone` (this device's). A time the app never writes (only a database
 * changed by hand could hold one) reads as `fallbackTime`, so an upgrade never fails on it.
 */
export function draftEntryShell(
  key: string,
  updatedAt: unknown,
  timeZone: string,
  fallbackTime: number = Date.now(),
): DraftEntryShell {
  const at = isKeptTime(updatedAt) ? updatedAt : fallbackTime;
  return {
    id: draftEntryId(key),
    createdAt: at,
    updatedAt: at,
    rev: 1,
    deletedAt: null,
    kind: 'free',
    packId: null,
    questionId: null,
    day: localDayIn(at, timeZone),
    timeZone,
  };
}

/**
 * A draft as a free entry, or null when it holds no words, mood or tags. The title is the
 * draft's `title`; the text its `text`, or else every other string it holds, in key order,
 * a blank line apart, so no word of a form with other field names is lost. Everything is cut
 * to what an entry holds (backup-schema.ts), so whatever the app exports, it imports.
 */
export function draftAsEntry(draft: Draft, timeZone: string, fallbackTime?: number): Entry | null {
  const { title, text, mood, tags } = draftWords(draft.fields);
  if (title.trim() === '' && text.trim() === '' && mood === null && tags.length === 0) return null;
  return { ...draftEntryShell(String(draft.key), draft.updatedAt, timeZone, fallbackTime), title, text, mood, tags };
}

/** The words and choices of a draft's fields (anything but an object holds none), as an entry keeps them. */
export function draftWords(stored: unknown): Pick<Entry, 'title' | 'text' | 'mood' | 'tags'> {
  const fields: Record<string, unknown> =
    typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const title = typeof fields.title === 'string' ? fields.title : '';
  const text =
    typeof fields.text === 'string'
      ? fields.text
      : Object.keys(fields)
          .filter((key) => key !== 'title')
          .sort()
          .map((key) => fields[key])
          .filter((value): value is string => typeof value === 'string' && value.trim() !== '')
          .join('\n\n');
  const mood = Number.isInteger(fields.mood) && (fields.mood as number) >= 1 && (fields.mood as number) <= 5;
  const tags =
    Array.isArray(fields.tags) && fields.tags.every((tag) => typeof tag === 'string')
      ? cleanTags((fields.tags as string[]).slice(0, MAX_TAGS))
      : [];
  return {
    title: title.slice(0, MAX_WORDS_LENGTH),
    // Only a draft of several long fields, each within bounds, could pass the bound here.
    text: text.slice(0, MAX_WORDS_LENGTH),
    mood: mood ? (fields.mood as Mood) : null,
    tags,
  };
}

const isKeptTime = (time: unknown): time is number =>
  typeof time === 'number' && Number.isInteger(time) && time >= MIN_TIME && time <= MAX_TIME;

/**
 * A backup file's drafts, as entries to bring in beside its entries. Two drafts with one key
 * are one (the newer). A draft whose entry the file already holds (a file written by an older
 * version of the app on a device that had both) is that entry's earlier self and is left out,
 * unless it is newer than the entry: then it comes in beside it as a kept copy, with the id
 * an import gives kept copies (backup-repository.ts), so a second import keeps it once.
 */
export function draftsAsEntries(drafts: Draft[], entries: Pick<Entry, 'id' | 'updatedAt'>[], timeZone: string) {
  const newest = new Map<string, Draft>();
  for (const draft of drafts) {
    const seen = newest.get(draft.key);
    if (!seen || draft.updatedAt >= seen.updatedAt) newest.set(draft.key, draft);
  }
  const inFile = new Map(entries.map((entry) => [entry.id, entry.updatedAt]));
  const made: Entry[] = [];
  for (const draft of newest.values()) {
    const entry = draftAsEntry(draft, timeZone);
    if (!entry) continue;
    const theirs = inFile.get(entry.id);
    if (theirs === undefined) made.push(entry);
    else if (entry.updatedAt > theirs && !inFile.has(keptCopyId(entry))) made.push({ ...entry, id: keptCopyId(entry) });
  }
  return made;
}
