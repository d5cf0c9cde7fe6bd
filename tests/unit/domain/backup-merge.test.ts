import { describe, expect, it } from 'vitest';
import { planRecordMerge, type Versioned } from '../../../src/domain/backup/merge';

type Note = Versioned & { text: string };

const T = 1_800_000_000_000;
const note = (fields: Partial<Note> = {}): Note => ({ id: 'n1', rev: 3, updatedAt: T, text: 'first', ...fields });

function merge(theirs: Note, ours: Note | undefined, existing: string[] = []) {
  const local = new Map(ours ? [[ours.id, ours]] : []);
  const ids = new Set([...local.keys(), ...existing]);
  return planRecordMerge(
    [theirs],
    local,
    (id) => ids.has(id),
    (record) => `copy-of-${record.id}@${record.updatedAt}`,
  );
}

describe('merging entries and runs from a file', () => {
  it('adds what is new, remembering the version it came in as', () => {
    const plan = merge(note(), undefined);
    expect(plan.toWrite).toEqual([{ ...note(), baseUpdatedAt: T }]);
    expect(plan.counts).toEqual({ added: 1, updated: 0, unchanged: 0, keptBoth: 0 });
  });

  it('leaves the same version, or the same words, alone', () => {
    expect(merge(note(), note()).toWrite).toEqual([]);
    expect(merge(note({ updatedAt: T + 5, rev: 9 }), note()).toWrite).toEqual([]);
  });

  it("takes the file's newer version with a revision above both sides', so an open editor can't overwrite it", () => {
    const ours = note({ rev: 7, baseUpdatedAt: T });
    const theirs = note({ rev: 4, updatedAt: T + 60_000, text: 'changed there' });
    const plan = merge(theirs, ours);
    expect(plan.toWrite).toEqual([{ ...theirs, rev: 8, baseUpdatedAt: T + 60_000 }]);
    expect(plan.counts.updated).toBe(1);
  });

  it("keeps this device's version as a copy when both changed since they parted", () => {
    // Written here (never from a file), and the file's version was not based on it.
    const ours = note({ text: 'written here' });
    const theirs = note({ updatedAt: T + 60_000, text: 'written there', baseUpdatedAt: T - 1 });
    const plan = merge(theirs, ours);
    expect(plan.toWrite).toEqual([
      { ...theirs, rev: 4, baseUpdatedAt: T + 60_000 },
      { ...ours, id: `copy-of-n1@${T}`, rev: 1, baseUpdatedAt: null },
    ]);
    expect(plan.counts).toEqual({ added: 0, updated: 1, unchanged: 0, keptBoth: 1 });
  });

  it("keeps no copy when the file's version grew from exactly this device's", () => {
    const ours = note({ text: 'written here' });
    const theirs = note({ rev: 5, updatedAt: T + 60_000, text: 'went on there', baseUpdatedAt: T });
    expect(merge(theirs, ours).counts).toEqual({ added: 0, updated: 1, unchanged: 0, keptBoth: 0 });
  });

  it('keeps no copy when this device only holds what an earlier file brought', () => {
    const ours = note({ baseUpdatedAt: T });
    const theirs = note({ rev: 4, updatedAt: T + 60_000, text: 'later there' });
    expect(merge(theirs, ours).counts.keptBoth).toBe(0);
  });

  it("keeps the file's older version as a copy when this device's can't have grown from it", () => {
    const ours = note({ rev: 3, updatedAt: T + 60_000, text: 'written here later' });
    const theirs = note({ rev: 3, updatedAt: T, text: 'written there' });
    const plan = merge(theirs, ours);
    expect(plan.toWrite).toEqual([{ ...theirs, id: `copy-of-n1@${T}`, rev: 1, baseUpdatedAt: null }]);
    expect(plan.counts).toEqual({ added: 0, updated: 0, unchanged: 1, keptBoth: 1 });
  });

  it('leaves an older file version alone when this device went on from it, as when restoring an old backup', () => {
    const ours = note({ rev: 9, updatedAt: T + 60_000, text: 'edited since the backup' });
    expect(merge(note(), ours).toWrite).toEqual([]);
  });

  it('keeps a copy once: bringing the same file in again adds nothing more', () => {
    const ours = note({ rev: 3, updatedAt: T + 60_000, text: 'written here later' });
    const plan = merge(note(), ours, [`copy-of-n1@${T}`]);
    expect(plan.toWrite).toEqual([]);
    expect(plan.counts).toEqual({ added: 0, updated: 0, unchanged: 1, keptBoth: 0 });
  });
});
