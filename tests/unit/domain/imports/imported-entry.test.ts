import { describe, expect, it } from 'vitest';
import { cleanTags, countOf, stableId } from '../../../../src/domain/imports/imported-entry';

const UUID_V4_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('stableId', () => {
  it('looks like a version 4 UUID', () => {
    for (const key of ['', 'a', 'F0E1D2C3B4A5968778695A4B3C2D1E0F', '日記 ✍️', 'x'.repeat(10_000)]) {
      expect(stableId('dayone', key)).toMatch(UUID_V4_SHAPE);
    }
  });

  it('gives the same id for the same input, today and on every later release', () => {
    expect(stableId('dayone', 'ABC123')).toBe(stableId('dayone', 'ABC123'));
    // Pinned: changing the hash would duplicate every entry someone imports a second time.
    expect(stableId('dayone', 'ABC123')).toBe('af76d30b-78c6-4d82-88b9-6a7b008c8cad');
    expect(stableId('jrnl', '')).toBe('05fa69f1-98bc-4f08-a3fc-a93df8878dbe');
  });

  it('keeps sources apart, including where one part ends and the next begins', () => {
    expect(stableId('dayone', 'same')).not.toBe(stableId('jrnl', 'same'));
    expect(stableId('ab', 'c')).not.toBe(stableId('a', 'bc'));
    expect(stableId('dayone', 'key')).not.toBe(stableId('dayone', 'Key'));
  });

  it('does not collide across many similar keys', () => {
    const ids = new Set<string>();
    const count = 50_000;
    for (let i = 0; i < count; i++) ids.add(stableId('jrnl', `2024-03-31\u000009:${i}`));
    expect(ids.size).toBe(count);
  });
});

describe('cleanTags', () => {
  it('normalizes, drops empties and repeats ignoring case, and keeps the first spelling', () => {
    expect(cleanTags(['#Work', 'work', '  family   time ', '', '#', 'WORK', 'Family Time'])).toEqual([
      'Work',
      'family time',
    ]);
  });

  it('can prepare each tag first', () => {
    expect(cleanTags(['@work', '@@home', 'plain'], (tag) => tag.replace(/^@+/, ''))).toEqual(['work', 'home', 'plain']);
  });
});

describe('countOf', () => {
  it('says one or many', () => {
    expect(countOf(1, 'photo')).toBe('1 photo');
    expect(countOf(3, 'photo')).toBe('3 photos');
    expect(countOf(2, 'entry', 'entries')).toBe('2 entries');
  });
});
