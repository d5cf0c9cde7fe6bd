import { describe, expect, it } from 'vitest';
import { loadPacks } from '../../../src/features/packs/load-packs';
import { readPackFromDisk, shippedPack } from '../../helpers/packs-from-disk';

describe('loading content packs', () => {
  it('loads every pack listed in the index, as the built app serves them', async () => {
    const loaded = await loadPacks(readPackFromDisk);
    expect(loaded.broken).toEqual([]);
    expect(loaded.packs.map((pack) => pack.id)).toEqual(['ditching-perfect', 'room-to-breathe']);
  });

  it('keeps the good packs and reports, by file name, one that is not a pack this app can read', async () => {
    const read = async (path: string) => {
      if (path.endsWith('index.json')) return { packs: ['ditching-perfect.json', 'broken.json'] };
      if (path.endsWith('broken.json')) return { ...shippedPack(), id: 'broken', questions: 'none' };
      return readPackFromDisk(path);
    };
    const loaded = await loadPacks(read);
    expect(loaded.packs).toHaveLength(1);
    expect(loaded.broken).toEqual([
      { file: 'broken.json', problems: ['This file is not a content pack this version of the app can read.'] },
    ]);
  });

  it('explains a pack that is missing or not JSON', async () => {
    const read = async (path: string) => {
      if (path.endsWith('index.json')) return { packs: ['gone.json'] };
      throw new SyntaxError('Unexpected token');
    };
    const loaded = await loadPacks(read);
    expect(loaded.packs).toEqual([]);
    expect(loaded.broken).toEqual([
      { file: 'gone.json', problems: ['The file could not be read, or it is not valid JSON.'] },
    ]);
  });

  it('explains when the list of packs itself cannot be read', async () => {
    const loaded = await loadPacks(async () => {
      throw new Error('offline and not cached');
    });
    expect(loaded).toEqual({
      packs: [],
      broken: [{ file: 'index.json', problems: ['The list of content packs could not be read.'] }],
    });
  });
});
