import { describe, expect, it } from 'vitest';
import { bestFirst } from '../../../src/features/search/index/best-first';

/** A small seeded generator, so a failure is the same on every run. */
function numbers(count: number, seed: number, range: number): number[] {
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % range;
  });
}

describe('the first results without sorting them all', () => {
  it('are the first of a full sort, in its order, ties broken as the comparison breaks them', () => {
    for (const [count, range] of [
      [10_000, 50],
      [10_000, 1_000_000],
      [300, 7],
      [0, 1],
    ] as const) {
      const values = numbers(count, count + range, range);
      const items = values.map((_, index) => index);
      // Highest value first, then the earlier item: every tie broken.
      const compare = (a: number, b: number) => values[b]! - values[a]! || a - b;
      for (const limit of [1, 20, 60, 5_000]) {
        expect(bestFirst(items, limit, compare)).toEqual(items.slice().sort(compare).slice(0, limit));
      }
    }
  });

  it('leave the items they were given as they were', () => {
    const items = numbers(1_000, 3, 100);
    const before = items.slice();
    bestFirst(items, 20, (a, b) => a - b);
    expect(items).toEqual(before);
  });
});
