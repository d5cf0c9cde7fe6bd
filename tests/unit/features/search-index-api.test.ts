// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type SearchDocument } from '../../../src/domain/search/search-document';
import { makeSearchIndex } from '../../../src/features/search/search-index-api';
import { overAChannel } from '../../helpers/over-a-channel';

/** The index as the search screen uses it: across a MessageChannel, as across its worker. */
const indexOverAChannel = () => overAChannel(makeSearchIndex());

const documents: SearchDocument[] = Array.from({ length: 1200 }, (_, index) => ({
  id: `entry:${index}`,
  kind: 'entry',
  title: '',
  text: index % 3 === 0 ? `Watered the garden, day ${index}.` : `Left the dishes, day ${index}.`,
  tags: [],
  mood: null,
  day: '2026-01-01',
  at: index,
  target: { type: 'entry', id: `${index}` },
}));

describe('the search index behind its worker interface', () => {
  it('is built a slice at a time and answers with the total and one page of hits', async () => {
    const { remote, close } = indexOverAChannel();
    for (let from = 0; from < documents.length; from += 500) await remote.add(documents.slice(from, from + 500));
    await remote.settle();
    const page = await remote.search('garden', NO_FILTERS, 'newest', 20);
    expect(page.total).toBe(400);
    expect(page.hits).toHaveLength(20);
    expect(page.hits.map((hit) => hit.id)).toEqual(Array.from({ length: 20 }, (_, i) => `entry:${1197 - 3 * i}`));
    expect(page.hits[0]!.terms).toEqual(['garden']);
    const more = await remote.search('garden', NO_FILTERS, 'newest', 60);
    expect(more.hits.slice(0, 20)).toEqual(page.hits);
    expect(more.hits).toHaveLength(60);
    expect((await remote.search('nowhere', NO_FILTERS, 'relevance', 20)).total).toBe(0);
    close();
  });
});
