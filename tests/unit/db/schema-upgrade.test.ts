import { describe, expect, it } from 'vitest';
import { openJournalDatabase } from '../../../src/db/database';
import { SCHEMA_VERSIONS, type SchemaVersion } from '../../../src/db/schema';
import { draftEntryId } from '../../../src/domain/backup/draft-entry';
import type { Draft, Entry, ExperimentRun } from '../../../src/domain/records';

/**
 * The pattern every schema change follows (see src/db/README.md): a database written by
 * the old versions must open under the new list with every record intact and upgraded.
 * Here a hypothetical next version adds a mood index and a word count to entries.
 */
const LATEST = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
const NEXT_VERSION: SchemaVersion = {
  version: LATEST + 1,
  stores: { entries: 'id, day, createdAt, updatedAt, questionId, kind, *tags, mood' },
  upgrade: async (tx) => {
    await tx
      .table('entries')
      .toCollection()
      .modify((entry: Entry & { words?: number }) => {
        entry.words = entry.text.split(/\s+/).filter(Boolean).length;
      });
  },
};

function entry(index: number): Entry {
  return {
    id: crypto.randomUUID(),
    createdAt: 1_700_000_000_000 + index,
    updatedAt: 1_700_000_000_000 + index,
    rev: 1 + (index % 3),
    deletedAt: index % 10 === 0 ? 1_700_000_100_000 : null,
    kind: index % 2 ? 'answer' : 'free',
    title: `Title ${index}`,
    text: `Entry number ${index} has a few words`,
    mood: ((index % 5) + 1) as Entry['mood'],
    tags: [`tag-${index % 4}`],
    packId: index % 2 ? 'ditching-perfect' : null,
    questionId: index % 2 ? 'what-it-costs' : null,
    day: '2026-11-29',
    timeZone: 'Europe/London',
  };
}

describe('schema upgrades', () => {
  it('opens a version-1 database full of data under every later version and finds everything intact', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v1 = openJournalDatabase(name, SCHEMA_VERSIONS.slice(0, 1));
    const entries = Array.from({ length: 200 }, (_, index) => entry(index));
    const runs = [{ id: crypto.randomUUID(), experimentId: 'send-it-with-a-typo', status: 'planned' }];
    await v1.entries.bulkAdd(entries);
    await v1.runs.bulkAdd(runs as unknown as ExperimentRun[]);
    await v1
      .table('drafts')
      .put({ key: 'entry:new', fields: { text: 'unsaved' }, baseRev: null, updatedAt: 1 } as Draft);
    await v1.settings.put({ key: 'theme', value: 'dark', updatedAt: 1 });
    expect(v1.verno).toBe(1);
    v1.close();

    // The real versions first (version 2 added the lock table, version 4 made drafts entries),
    // then the hypothetical one.
    const current = openJournalDatabase(name);
    await current.open();
    expect(current.verno).toBe(LATEST);
    const fromDraft = draftEntryId('entry:new');
    const others = (stored: object[]) => stored.filter((entry) => (entry as Entry).id !== fromDraft);
    expect(others(await current.entries.orderBy('createdAt').toArray())).toEqual(entries);
    expect(await current.entries.get(fromDraft)).toMatchObject({ kind: 'free', text: 'unsaved', createdAt: 1 });
    expect(await current.lock.count()).toBe(0);
    current.close();

    const v2 = openJournalDatabase(name, [...SCHEMA_VERSIONS, NEXT_VERSION]);
    await v2.open();
    expect(v2.verno).toBe(LATEST + 1);
    const upgraded = await v2.entries.orderBy('createdAt').toArray();
    expect(others(upgraded)).toEqual(entries.map((original) => ({ ...original, words: 7 })));
    expect(await v2.entries.get(fromDraft)).toMatchObject({ text: 'unsaved', words: 1 });
    expect(await v2.entries.where('mood').equals(3).count()).toBe(40);
    expect(await v2.runs.toArray()).toEqual(runs);
    expect(await v2.settings.get('theme')).toMatchObject({ value: 'dark' });
    v2.close();
  });

  it('has a strictly increasing list of versions', () => {
    const numbers = SCHEMA_VERSIONS.map((schema) => schema.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});
