import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { ImportedEntry } from '../../../../src/domain/imports/imported-entry';
import { keepFirstOfEach, leftOutNotes, readExportEntries } from '../../../../src/domain/imports/read-export';

const NOTEBOOK = {
  appName: 'Notebook',
  entrySchema: v.object({ id: v.string(), words: v.optional(v.string(), '') }),
  fieldProblems: { id: 'has no id' },
};

describe('readExportEntries', () => {
  it('gives the entries as the schema reads them, without keys it does not know', () => {
    expect(readExportEntries({ entries: [{ id: 'a', extra: 1 }] }, NOTEBOOK)).toEqual({
      ok: true,
      entries: [{ id: 'a', words: '' }],
    });
  });

  it('says in one sentence why a file cannot be imported', () => {
    expect(readExportEntries('text', NOTEBOOK)).toEqual({
      ok: false,
      problem: "This doesn't look like a Notebook export: it isn't a JSON object.",
    });
    expect(readExportEntries({ notes: [] }, NOTEBOOK)).toEqual({
      ok: false,
      problem: "This doesn't look like a Notebook export: it has no list of entries.",
    });
    expect(readExportEntries({ entries: [{ id: 'a' }, { id: 2 }] }, NOTEBOOK)).toEqual({
      ok: false,
      problem: 'Entry 2 in this Notebook export has no id, so nothing was imported.',
    });
    expect(readExportEntries({ entries: [{ id: 'a', words: 3 }] }, NOTEBOOK)).toEqual({
      ok: false,
      problem: 'Entry 1 in this Notebook export has a part that cannot be read, so nothing was imported.',
    });
  });
});

describe('keepFirstOfEach', () => {
  it('keeps the first item with each key, in order, and counts the rest', () => {
    const items = [
      { key: 'a', n: 1 },
      { key: 'b', n: 2 },
      { key: 'a', n: 3 },
      { key: 'a', n: 4 },
    ];
    expect(keepFirstOfEach(items, (item) => item.key)).toEqual({
      kept: [
        { key: 'a', n: 1 },
        { key: 'b', n: 2 },
      ],
      repeats: 2,
    });
  });
});

describe('leftOutNotes', () => {
  const entry: ImportedEntry = {
    id: 'a',
    title: '',
    text: 'Words.',
    tags: [],
    day: '2024-02-29',
    timeZone: 'UTC',
    createdAt: 0,
    updatedAt: 0,
  };

  it('says nothing when nothing was left out, and says so when the export was empty', () => {
    expect(leftOutNotes('Notebook', [entry], 0, 'one copy')).toEqual([]);
    expect(leftOutNotes('Notebook', [], 0, 'one copy')).toEqual(['This Notebook export has no entries in it.']);
  });

  it('counts repeated entries and says which copy was kept', () => {
    expect(leftOutNotes('Notebook', [entry], 1, 'the first copy')).toEqual([
      '1 entry appeared more than once in the file; the first copy of each was kept.',
    ]);
    expect(leftOutNotes('Notebook', [entry], 3, 'one copy')).toEqual([
      '3 entries appeared more than once in the file; one copy of each was kept.',
    ]);
  });
});
