import { describe, expect, it } from 'vitest';
import { database } from '../../../src/db/database';
import type { SearchDocument } from '../../../src/domain/search/search-document';
import { feedIndex } from '../../../src/features/search/hooks/feed-index';
import { withFreshDatabase } from '../../helpers/fresh-database';
import { anEntry, aRun } from '../../helpers/records';

withFreshDatabase();

describe('feeding the search index', () => {
  it('hands over every live entry and run exactly once, a step of at most 500 at a time', async () => {
    const entries = Array.from({ length: 1234 }, (_, index) =>
      anEntry({ id: crypto.randomUUID(), text: `entry ${index}`, deletedAt: index % 10 === 0 ? 1 : null }),
    );
    const runs = Array.from({ length: 3 }, () => aRun({ id: crypto.randomUUID() }));
    await database().entries.bulkPut(entries);
    await database().runs.bulkPut(runs);
    const steps: SearchDocument[][] = [];
    await feedIndex(
      async (documents) => void steps.push(documents),
      () => false,
    );
    expect(Math.max(...steps.map((step) => step.length))).toBeLessThanOrEqual(500);
    const fed = steps.flat().map((document) => document.id);
    const live = [
      ...entries.filter((entry) => entry.deletedAt === null).map((entry) => `entry:${entry.id}`),
      ...runs.map((run) => `run:${run.id}`),
    ];
    expect(fed.sort()).toEqual(live.sort());
  });

  it('stops reading once the screen has closed', async () => {
    await database().entries.bulkPut(Array.from({ length: 1200 }, () => anEntry({ id: crypto.randomUUID() })));
    let steps = 0;
    await feedIndex(
      async () => void (steps += 1),
      () => steps >= 1,
    );
    expect(steps).toBe(1);
  });
});
