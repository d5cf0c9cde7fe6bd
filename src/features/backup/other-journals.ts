import { currentTimeZone } from '../../domain/dates';
import { parseDayOne } from '../../domain/imports/dayone';
import type { ImportedEntry, ImportResult } from '../../domain/imports/imported-entry';
import { parseJrnl } from '../../domain/imports/jrnl';
import type { Entry } from '../../domain/records';
import type { OtherJournalReader } from './read-import-file';

/**
 * Day One and jrnl exports, recognised by their shape. Their entries become ordinary free
 * entries with ids derived from the source, so importing the same file twice adds nothing.
 */
export const readOtherJournal: OtherJournalReader = (json) => otherJournalReader(currentTimeZone())(json);

/**
 * The same, for a jrnl export read in a given time zone (jrnl writes local times without
 * one): a worker is handed the page's zone rather than trusting its own.
 */
export const otherJournalReader =
  (timeZone: string): OtherJournalReader =>
  (json) => {
    const kind = recognise(json);
    if (kind === null) return null;
    const result: ImportResult = kind === 'dayone' ? parseDayOne(json) : parseJrnl(json, timeZone);
    if (!result.ok) return { problem: result.problem };
    return {
      kind,
      notes: result.notes,
      tables: { entries: result.entries.map(toEntry), runs: [], drafts: [], settings: [] },
    };
  };

function recognise(json: unknown): 'dayone' | 'jrnl' | null {
  if (typeof json !== 'object' || json === null || !('entries' in json)) return null;
  const first = Array.isArray(json.entries) ? (json.entries[0] as Record<string, unknown> | undefined) : undefined;
  if ('metadata' in json || (first && ('uuid' in first || 'creationDate' in first))) return 'dayone';
  if (first && ('body' in first || 'date' in first)) return 'jrnl';
  // An empty list of entries: jrnl writes a top-level tags object, Day One does not.
  return 'tags' in json ? 'jrnl' : 'dayone';
}

function toEntry(imported: ImportedEntry): Entry {
  return {
    id: imported.id,
    createdAt: imported.createdAt,
    updatedAt: imported.updatedAt,
    rev: 1,
    deletedAt: null,
    kind: 'free',
    title: imported.title,
    text: imported.text,
    mood: null,
    tags: imported.tags,
    packId: null,
    questionId: null,
    day: imported.day,
    timeZone: imported.timeZone,
  };
}
