import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type SearchDocument } from '../../../src/domain/search/search-document';
import { CompactSearch } from '../../../src/features/search/index/compact-search';
import { fuzzyTerms } from '../../../src/features/search/index/fuzzy';

let next = 0;
function doc(text: string, more: Partial<SearchDocument> = {}): SearchDocument {
  next += 1;
  return {
    id: `entry:${next}`,
    kind: 'entry',
    title: '',
    text,
    tags: [],
    mood: null,
    day: '2026-01-01',
    at: next,
    target: { type: 'entry', id: `${next}` },
    ...more,
  };
}

/** Ids found for a query, any order. */
function ids(index: CompactSearch, query: string, filters = NO_FILTERS): string[] {
  return index
    .search(query, filters, 'relevance', 1000)
    .hits.map((hit) => hit.id)
    .sort();
}

/** The same index with its postings pending, and folded into the compact arrays: both must answer alike. */
function bothWays(documents: SearchDocument[]): [string, CompactSearch][] {
  const pending = new CompactSearch();
  pending.add(documents);
  const settled = new CompactSearch();
  settled.add(documents);
  settled.settle();
  return [
    ['pending', pending],
    ['settled', settled],
  ];
}

describe('the compact search index', () => {
  const garden = doc('Watered the garden before work.');
  const gardener = doc('The gardener came; I let the weeds be.');
  const kitchen = doc('Left the dishes in the kitchen, and the garden gate open.');
  const numbers = doc('Room 4242 was booked, not 4243.');
  const paren = doc('A note (for later) about the email.');
  const all = [garden, gardener, kitchen, numbers, paren];

  for (const [how, index] of bothWays(all)) {
    describe(how, () => {
      it('matches words as prefixes from the third letter only', () => {
        expect(ids(index, 'gar')).toEqual([garden.id, gardener.id, kitchen.id].sort());
        expect(ids(index, 'ga')).toEqual([]);
        expect(ids(index, 'garden')).toEqual([garden.id, gardener.id, kitchen.id].sort());
      });

      it('forgives a typo in longer words, not in short words or numbers', () => {
        // One edit from "garden"; "gardener" is three away and not a prefix of it.
        expect(ids(index, 'gardan')).toEqual([garden.id, kitchen.id].sort());
        expect(ids(index, 'kitchin')).toEqual([kitchen.id]);
        expect(ids(index, 'dishs')).toEqual([kitchen.id]);
        expect(ids(index, 'rom')).toEqual([]);
        expect(ids(index, '4244')).toEqual([]);
        expect(ids(index, '4242')).toEqual([numbers.id]);
      });

      it('wants every word of the query (AND)', () => {
        expect(ids(index, 'garden kitchen')).toEqual([kitchen.id]);
        expect(ids(index, 'garden weeds')).toEqual([gardener.id]);
        expect(ids(index, 'garden email')).toEqual([]);
      });

      it('looks for a query of punctuation literally', () => {
        expect(ids(index, '(')).toEqual([paren.id]);
        expect(ids(index, ';')).toEqual([gardener.id]);
        expect(ids(index, '(*')).toEqual([]);
        expect(index.search('(', NO_FILTERS, 'relevance', 20).hits[0]!.terms).toEqual(['(']);
      });

      it('says which words matched in each hit, for marking them', () => {
        const hits = index.search('gard', NO_FILTERS, 'relevance', 20).hits;
        expect(hits.find((hit) => hit.id === gardener.id)!.terms).toEqual(['gardener']);
        expect(hits.find((hit) => hit.id === garden.id)!.terms).toEqual(['garden']);
      });
    });
  }

  it('ranks the word itself over a prefix or a typo, and a title over the text', () => {
    const index = new CompactSearch();
    const exact = doc('a walk in the park');
    const longer = doc('parking was hard');
    const titled = doc('nothing much', { title: 'Park' });
    const filler = Array.from({ length: 20 }, () => doc('other words entirely'));
    index.add([longer, exact, titled, ...filler]);
    index.settle();
    expect(index.search('park', NO_FILTERS, 'relevance', 3).hits.map((hit) => hit.id)).toEqual([
      titled.id,
      exact.id,
      longer.id,
    ]);
    // Order by time instead: the newest added has the latest `at`.
    expect(index.search('park', NO_FILTERS, 'newest', 3).hits.map((hit) => hit.id)).toEqual(
      [titled.id, exact.id, longer.id].sort((a, b) => Number(b.slice(6)) - Number(a.slice(6))),
    );
  });

  it('gives a first page of many matches in the same order as the whole list, ties by the order added', () => {
    const index = new CompactSearch();
    // 300 matches, many scoring alike and many written at the same moment.
    const many = Array.from({ length: 300 }, (_, n) =>
      doc(`the garden ${'and more words '.repeat(n % 7)}${n % 3 === 0 ? 'garden again' : ''}`, { at: n % 10 }),
    );
    index.add(many);
    index.settle();
    for (const order of ['relevance', 'newest'] as const) {
      for (const query of ['garden', 'gar', '']) {
        const whole = index.search(query, NO_FILTERS, order, 1000);
        const page = index.search(query, NO_FILTERS, order, 20);
        expect(page.total).toBe(whole.total);
        expect(page.hits).toEqual(whole.hits.slice(0, 20));
      }
    }
    const newest = index.search('garden', NO_FILTERS, 'newest', 20).hits.map((hit) => hit.id);
    expect(newest.slice(0, 3)).toEqual([many[9]!.id, many[19]!.id, many[29]!.id]);
  });

  it('replaces a changed document and forgets a removed one, before and after settling', () => {
    const index = new CompactSearch();
    const first = doc('an ordinary kettle');
    const second = doc('an ordinary teapot');
    index.add([first, second]);
    index.settle();
    index.add([{ ...first, text: 'a whistling kettle' }]);
    expect(ids(index, 'ordinary')).toEqual([second.id]);
    expect(ids(index, 'whistling')).toEqual([first.id]);
    index.remove([second.id]);
    expect(ids(index, 'ordinary')).toEqual([]);
    expect(index.size).toBe(1);
    index.settle();
    expect(ids(index, 'ordinary')).toEqual([]);
    expect(ids(index, 'kettle')).toEqual([first.id]);
    expect(index.search('', NO_FILTERS, 'newest', 10).total).toBe(1);
  });

  it('filters by kind, tag, mood and dates', () => {
    const index = new CompactSearch();
    const a = doc('tea in the morning', { tags: ['home', 'slow days'], mood: 4, day: '2026-03-10' });
    const b = doc('tea at work', { tags: ['work'], mood: 2, day: '2026-04-01' });
    const c = doc('tea with the plan', { kind: 'run', day: '2026-05-01' });
    index.add([a, b, c]);
    const only = (filters: Partial<typeof NO_FILTERS>) => ids(index, 'tea', { ...NO_FILTERS, ...filters });
    expect(only({ kind: 'run' })).toEqual([c.id]);
    expect(only({ tag: 'slow days' })).toEqual([a.id]);
    expect(only({ mood: 2 })).toEqual([b.id]);
    expect(only({ from: '2026-04-01' })).toEqual([b.id, c.id].sort());
    expect(only({ to: '2026-04-01' })).toEqual([a.id, b.id].sort());
    expect(only({ from: '2026-03-11', to: '2026-04-30' })).toEqual([b.id]);
    // Filters alone, with no words: everything they let through, newest first.
    expect(index.search('', { ...NO_FILTERS, to: '2026-04-30' }, 'relevance', 10).hits.map((hit) => hit.id)).toEqual([
      b.id,
      a.id,
    ]);
  });
});

describe('the fuzzy walk over sorted terms', () => {
  /** The textbook edit distance, one full table per pair, to check the walk against. */
  function distance(a: string, b: string): number {
    let row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i += 1) {
      const next = [i];
      for (let j = 1; j <= b.length; j += 1) {
        next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      }
      row = next;
    }
    return row[b.length]!;
  }

  it('finds exactly the terms within the distance, sorted or not', () => {
    const found = new Map<string, number>();
    fuzzyTerms(['card', 'care', 'cared', 'carpet', 'cart', 'dart', 'garden', 'warden'], 'carp', 1, found);
    expect(Object.fromEntries(found)).toEqual({ card: 1, care: 1, cart: 1 });

    // Every word of a few sentences, against the textbook distance, sorted and as written.
    const written = [
      ...new Set(
        'the gardener gardened in the garden while the warden wandered; a cart, a card, a carpet, carpets and carping'.split(
          /\W+/,
        ),
      ),
    ];
    for (const terms of [[...written].sort(), written]) {
      for (const [query, max] of [
        ['garden', 1],
        ['gardner', 2],
        ['carpt', 1],
        ['wander', 2],
      ] as const) {
        const walked = new Map<string, number>();
        fuzzyTerms(terms, query, max, walked);
        const expected = terms.filter((term) => distance(term, query) <= max);
        expect([...walked.keys()].sort()).toEqual(expected.sort());
        for (const [term, d] of walked) expect(d).toBe(distance(term, query));
      }
    }
  });

  it('over a sorted list, skipping every term of a hopeless prefix, finds exactly the same terms', () => {
    // Many words sharing prefixes, from a small alphabet, as a large journal's vocabulary has.
    let state = 7;
    const letter = () => 'abcdeg'[(state = (state * 1103515245 + 12345) % 2 ** 31) % 6];
    const vocabulary = [
      ...new Set(Array.from({ length: 4000 }, (_, n) => Array.from({ length: 2 + (n % 7) }, letter).join(''))),
    ].sort();
    // Words of the list, one with a letter more, one with a letter less: each near something.
    const near = (n: number) => vocabulary[Math.floor((n * vocabulary.length) / 6)]!;
    for (const [query, max] of [
      [near(1), 1],
      [`${near(2)}a`, 1],
      [near(3).slice(1), 1],
      [near(4), 2],
      [`g${near(5)}`, 2],
    ] as const) {
      const skipped = new Map<string, number>();
      fuzzyTerms(vocabulary, query, max, skipped, true);
      const stepped = new Map<string, number>();
      fuzzyTerms(vocabulary, query, max, stepped);
      expect(skipped).toEqual(stepped);
      const expected = vocabulary.filter((term) => distance(term, query) <= max);
      expect(expected.length).toBeGreaterThan(0);
      expect([...skipped.keys()]).toEqual(expected);
      for (const [term, d] of skipped) expect(d).toBe(distance(term, query));
    }
  });
});
