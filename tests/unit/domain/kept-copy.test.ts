import { describe, expect, it } from 'vitest';
import { keptCopyId } from '../../../src/domain/kept-copy';

const AT = Date.UTC(2026, 11, 3, 6, 0);
const version = {
  id: '7f0c2a4e-1111-4a4a-8a8a-0123456789ab',
  updatedAt: AT,
  rev: 3,
  text: 'first words',
  tags: ['a'],
};

/** The version with some fields changed. */
const changed = (fields: Record<string, unknown>) => ({ ...version, ...fields });

describe('keptCopyId', () => {
  it('is the same for the same version, whatever its revision bookkeeping or key order', () => {
    const same = { tags: ['a'], text: 'first words', updatedAt: AT, id: version.id, rev: 9, baseUpdatedAt: AT - 5 };
    expect(keptCopyId(same)).toBe(keptCopyId(version));
    expect(keptCopyId(changed({ coping: undefined }))).toBe(keptCopyId(version));
  });

  it('differs for two versions saved in the same millisecond', () => {
    expect(keptCopyId(changed({ text: 'other words' }))).not.toBe(keptCopyId(version));
    expect(keptCopyId(changed({ deletedAt: AT }))).not.toBe(keptCopyId(version));
  });

  it('differs for the same words at another time, and is shaped like every record id', () => {
    expect(keptCopyId(changed({ updatedAt: AT + 1 }))).not.toBe(keptCopyId(version));
    expect(keptCopyId(version)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });
});
