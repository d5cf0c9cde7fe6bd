import { describe, expect, it } from 'vitest';
import { EntryRecordSchema } from '../../../src/domain/backup/backup-schema';
import { MAX_TAGS } from '../../../src/domain/bounds';
import { draftAsEntry, draftEntryId, draftsAsEntries } from '../../../src/domain/backup/draft-entry';
import { keptCopyId } from '../../../src/domain/kept-copy';
import { MAX_WORDS_LENGTH } from '../../../src/domain/bounds';
import type { Draft } from '../../../src/domain/records';
import { MAX_TAG_LENGTH } from '../../../src/domain/tags';
import * as v from 'valibot';

// 2026-03-01 23:30 UTC: still the 1st in London, already the 2nd in Tokyo.
const AT = Date.UTC(2026, 2, 1, 23, 30);
const draft = (fields: Record<string, unknown>, key = 'entry:new', updatedAt = AT): Draft => ({
  key,
  fields,
  baseRev: null,
  updatedAt,
});

describe('a draft as an entry', () => {
  it('becomes a free entry with its title, words, mood and tags, on the day it was written here', () => {
    const entry = draftAsEntry(
      draft({ title: 'Half', text: 'A thought ✍️\nnot done', mood: 4, tags: ['#work', 'Work', 'calm'] }),
      'Asia/Tokyo',
    );
    expect(entry).toEqual({
      id: draftEntryId('entry:new'),
      createdAt: AT,
      updatedAt: AT,
      rev: 1,
      deletedAt: null,
      kind: 'free',
      packId: null,
      questionId: null,
      title: 'Half',
      text: 'A thought ✍️\nnot done',
      mood: 4,
      tags: ['work', 'calm'],
      day: '2026-03-02',
      timeZone: 'Asia/Tokyo',
    });
    expect(draftAsEntry(draft({ text: 'x' }), 'Europe/London')?.day).toBe('2026-03-01');
    expect(v.is(EntryRecordSchema, entry)).toBe(true);
  });

  it('has a UUID-shaped id that depends only on the key', () => {
    const id = draftEntryId('entry:new');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(draftAsEntry(draft({ text: 'other words' }, 'entry:new', AT + 5), 'UTC')?.id).toBe(id);
    expect(draftEntryId('run:abc')).not.toBe(id);
    expect(v.is(EntryRecordSchema.entries.id, id)).toBe(true);
  });

  it('without a text, keeps every other string of the form, in key order, a blank line apart', () => {
    const entry = draftAsEntry(
      draft({
        title: 'Run',
        prediction: 'They laugh',
        outcome: 'Nobody did',
        empty: '  ',
        beliefBefore: 80,
        done: true,
      }),
      'UTC',
    );
    expect(entry).toMatchObject({ title: 'Run', text: 'Nobody did\n\nThey laugh', mood: null, tags: [] });
  });

  it('takes a mood only when it is a whole number from 1 to 5, and tags only when all are strings', () => {
    for (const mood of [0, 6, 2.5, '3', null]) {
      expect(draftAsEntry(draft({ text: 'x', mood }), 'UTC')?.mood).toBeNull();
    }
    expect(draftAsEntry(draft({ text: 'x', tags: ['a', 3] }), 'UTC')?.tags).toEqual([]);
    expect(draftAsEntry(draft({ text: 'x', tags: 'a' }), 'UTC')?.tags).toEqual([]);
  });

  it('cuts to what an entry holds, so the entry passes the backup schema', () => {
    const long = 'x'.repeat(MAX_WORDS_LENGTH);
    // Few tags: a file's draft holds at most MAX_TAGS, and tidying a thousand takes seconds.
    const tags = Array.from({ length: 30 }, (_, index) => `tag ${index} ${'y'.repeat(60)}`);
    const entry = draftAsEntry(draft({ a: long, b: long, tags: ['', '   ', ...tags] }), 'UTC')!;
    expect(entry.text).toHaveLength(MAX_WORDS_LENGTH);
    expect(entry.tags).toHaveLength(30);
    expect(MAX_TAGS).toBeGreaterThan(30);
    expect(entry.tags.every((tag) => tag.length > 0 && tag.length <= MAX_TAG_LENGTH)).toBe(true);
    expect(v.is(EntryRecordSchema, entry)).toBe(true);
  });

  it('is nothing when the draft holds no words, mood or tags', () => {
    expect(draftAsEntry(draft({}), 'UTC')).toBeNull();
    expect(draftAsEntry(draft({ title: '', text: ' \n', mood: null, tags: [], count: 3 }), 'UTC')).toBeNull();
    expect(draftAsEntry({ ...draft({}), fields: null as unknown as Draft['fields'] }, 'UTC')).toBeNull();
    expect(draftAsEntry(draft({ mood: 2 }), 'UTC')).toMatchObject({ text: '', mood: 2 });
    expect(draftAsEntry(draft({ tags: ['only'] }), 'UTC')).toMatchObject({ tags: ['only'] });
  });

  it('reads a time the app never writes as the moment given, rather than failing', () => {
    const entry = draftAsEntry(draft({ text: 'x' }, 'k', Number.NaN), 'UTC', AT);
    expect(entry).toMatchObject({ createdAt: AT, updatedAt: AT, day: '2026-03-01' });
  });
});

describe("a backup file's drafts", () => {
  it('are entries to bring in: one per key (the newer), none for an empty draft', () => {
    const made = draftsAsEntries(
      [draft({ text: 'old' }, 'a', AT), draft({ text: 'new' }, 'a', AT + 1), draft({}, 'b'), draft({ text: 'c' }, 'c')],
      [],
      'UTC',
    );
    expect(made.map((entry) => [entry.id, entry.text])).toEqual([
      [draftEntryId('a'), 'new'],
      [draftEntryId('c'), 'c'],
    ]);
  });

  it('leave out a draft whose entry the file holds, unless the draft is newer: then it is kept beside it', () => {
    const id = draftEntryId('a');
    expect(draftsAsEntries([draft({ text: 'x' }, 'a', AT)], [{ id, updatedAt: AT }], 'UTC')).toEqual([]);
    expect(draftsAsEntries([draft({ text: 'x' }, 'a', AT)], [{ id, updatedAt: AT + 9 }], 'UTC')).toEqual([]);
    const newer = draftsAsEntries([draft({ text: 'x' }, 'a', AT + 9)], [{ id, updatedAt: AT }], 'UTC');
    expect(newer).toMatchObject([{ text: 'x', updatedAt: AT + 9 }]);
    expect(newer[0]!.id).toBe(keptCopyId({ ...newer[0]!, id }));
  });
});
