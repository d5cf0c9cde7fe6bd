import { currentTimeZone, localDayOf } from '../domain/dates';
import type { Entry } from '../domain/records';
import { database } from './database';
import { guard } from './guard';
import { lockMode } from './keyring';
import {
  type Changes,
  insertRecord,
  newRecordMeta,
  restoreRecord,
  type SaveHow,
  trashRecord,
  updateRecord,
} from './record-store';
import { openRecord, openRecords, openRecordsSayingWhich, type ReadableOf, type StoredEntry } from './sealing';

const open = (stored: StoredEntry[]) => openRecords('entries', stored);

export type NewEntry = Partial<
  Pick<Entry, 'id' | 'kind' | 'title' | 'text' | 'mood' | 'tags' | 'packId' | 'questionId'>
>;
export type EntryChanges = Changes<Entry>;

export function createEntry(input: NewEntry = {}, now: Date = new Date()): Promise<Entry> {
  const entry: Entry = {
    ...newRecordMeta(now.getTime(), input.id),
    kind: input.kind ?? (input.questionId ? 'answer' : 'free'),
    title: input.title ?? '',
    text: input.text ?? '',
    mood: input.mood ?? null,
    tags: input.tags ?? [],
    packId: input.packId ?? null,
    questionId: input.questionId ?? null,
    day: localDayOf(now),
    timeZone: currentTimeZone(),
  };
  return insertRecord('entries', entry);
}

export function getEntry(id: string): Promise<Entry | undefined> {
  return guard('open this entry', async () => {
    const stored = await database().entries.get(id);
    return stored && openRecord('entries', stored);
  });
}

/** The live entries among `ids` (gone, trashed and damaged ones left out), for showing search results. */
export function getLiveEntries(ids: string[]): Promise<Entry[]> {
  return guard('read the journal', async () => {
    const stored = await database().entries.bulkGet(ids);
    return open(stored.filter((entry) => entry !== undefined && entry.deletedAt === null) as StoredEntry[]);
  });
}

/** Saves changes if nobody else saved since `expectedRev`; otherwise throws a `conflict`. */
export function updateEntry(id: string, changes: EntryChanges, expectedRev: number, how?: SaveHow): Promise<Entry> {
  return updateRecord('entries', id, changes, expectedRev, Date.now(), how);
}

export function trashEntry(id: string): Promise<Entry> {
  return trashRecord('entries', id);
}

export function restoreEntry(id: string): Promise<Entry> {
  return restoreRecord('entries', id);
}

/**
 * Live entries of the latest days, for the history: at least `atLeast` of them (when there
 * are that many), newest day first, and always whole days. Paged by the day written rather
 * than the moment, because after a flight or a corrected clock the two disagree, and a page
 * cut by moment could leave part of a day for the next page, to appear above what is shown.
 * Entries that can't be opened (damaged) come apart, with only their readable fields, so
 * the history can say so in their place.
 */
export function listLatestDays(atLeast: number): Promise<{ entries: Entry[]; unopenable: ReadableOf<'entries'>[] }> {
  return guard('read the journal', async () => {
    const live = (entry: StoredEntry) => entry.deletedAt === null;
    const entries = database().entries;
    const page = await entries.orderBy('day').reverse().filter(live).limit(atLeast).toArray();
    const lastDay = page.at(-1)?.day;
    if (lastDay === undefined) return { entries: [], unopenable: [] };
    const loaded = new Set(page.map((entry) => entry.id));
    const restOfLastDay = await entries.where('day').equals(lastDay).filter(live).toArray();
    const { opened, unopenable } = await openRecordsSayingWhich('entries', [
      ...page,
      ...restOfLastDay.filter((entry) => !loaded.has(entry.id)),
    ]);
    return { entries: opened, unopenable };
  });
}

export function listTrashedEntries(): Promise<Entry[]> {
  return guard('read the trash', async () =>
    open(
      await database()
        .entries.orderBy('updatedAt')
        .reverse()
        .filter((entry) => entry.deletedAt !== null)
        .toArray(),
    ),
  );
}

export function countLiveEntries(): Promise<number> {
  return guard('count entries', () =>
    database()
      .entries.filter((entry) => entry.deletedAt === null)
      .count(),
  );
}

/** Every live answer to one question, newest first. */
export function listAnswersTo(questionId: string): Promise<Entry[]> {
  return guard('read your answers', async () => {
    const answers = await database().entries.where('questionId').equals(questionId).reverse().sortBy('createdAt');
    return open(answers.filter((entry) => entry.deletedAt === null));
  });
}

/**
 * Every tag ever used, once each, sorted: suggestions for the tag field. Plain entries are
 * indexed by tag; sealed ones keep their tags inside the seal and are opened to find them.
 */
export function listAllTags(): Promise<string[]> {
  return guard('read your tags', async () => {
    const db = database();
    const tags = new Set((await db.entries.orderBy('tags').uniqueKeys()) as string[]);
    // Without a passphrase nothing is sealed: skip reading the whole table on every editor open.
    if (lockMode() !== 'off') {
      const sealed = await db.entries.filter((entry) => entry.sealed !== undefined).toArray();
      for (const entry of await open(sealed)) for (const tag of entry.tags) tags.add(tag);
    }
    return [...tags].sort((a, b) => a.localeCompare(b));
  });
}

/** Live entries written on any of these days, newest first. */
export function listEntriesOnDays(days: string[]): Promise<Entry[]> {
  return guard('read the journal', async () => {
    const entries = await database().entries.where('day').anyOf(days).toArray();
    return open(entries.filter((entry) => entry.deletedAt === null).sort((a, b) => b.createdAt - a.createdAt));
  });
}

/** The days between `from` and `to` (inclusive, `yyyy-MM-dd`) that have a live entry. */
export function listDaysWithEntries(from: string, to: string): Promise<string[]> {
  return guard('read the calendar', async () => {
    const days = new Set<string>();
    await database()
      .entries.where('day')
      .between(from, to, true, true)
      .each((entry) => {
        if (entry.deletedAt === null) days.add(entry.day);
      });
    return [...days];
  });
}

/** Every live entry, for building the in-memory search index. */
export function listAllLiveEntries(): Promise<Entry[]> {
  return guard('read the journal', async () =>
    open((await database().entries.toArray()).filter((entry) => entry.deletedAt === null)),
  );
}

/**
 * The journal a page at a time, in id order: up to `limit` stored entries after `afterId` (null:
 * from the first), the live ones opened, and the last id read, to go on from (null at the end).
 * Reading ten thousand at once is one long task on the page, and all of them in memory at once.
 */
export function listLiveEntriesAfter(afterId: string | null, limit: number) {
  return guard('read the journal', async () => {
    const table = database().entries;
    const stored = await (afterId === null ? table.orderBy(':id') : table.where(':id').above(afterId))
      .limit(limit)
      .toArray();
    const entries = await open(stored.filter((entry) => entry.deletedAt === null));
    return { records: entries, last: stored.length < limit ? null : stored[stored.length - 1]!.id };
  });
}

/** Live entries from one day to another (inclusive, `yyyy-MM-dd`), oldest first, for printing. */
export function listEntriesBetween(from: string, to: string): Promise<Entry[]> {
  return guard('read the journal', async () => {
    const entries = await database().entries.where('day').between(from, to, true, true).toArray();
    return open(entries.filter((entry) => entry.deletedAt === null).sort((a, b) => a.createdAt - b.createdAt));
  });
}
