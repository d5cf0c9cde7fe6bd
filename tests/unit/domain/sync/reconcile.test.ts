import { describe, expect, it } from 'vitest';
import { keptCopyId } from '../../../../src/domain/kept-copy';
import { decide, type SyncMark } from '../../../../src/domain/sync/reconcile';
import { checkServerAddress, syncedAgo } from '../../../../src/domain/sync/sync-problems';

const ID = '3f0b8c1e-2a4d-4e6f-8a9b-0c1d2e3f4a5b';
const base = { id: ID, rev: 3, updatedAt: 1_000, text: 'agreed words', deletedAt: null as number | null };
const markAt = (syncedRev: number | null, counter = 4): SyncMark => ({
  key: `entries:${ID}`,
  documentId: 'rdoc',
  serverRev: '4-abc',
  counter,
  syncedRev,
});

describe('deciding on a version from the server', () => {
  it('takes a record this device has never had, as it came', () => {
    const theirs = { ...base, rev: 7 };
    expect(decide(undefined, undefined, theirs, 1)).toEqual({ kind: 'take', record: theirs, copy: null });
  });

  it('takes a version changed only on the other device, with a revision above both', () => {
    const theirs = { ...base, rev: 2, updatedAt: 2_000, text: 'changed there' };
    const decision = decide(base, markAt(3), theirs, 5);
    expect(decision).toEqual({ kind: 'take', record: { ...theirs, rev: 4 }, copy: null });
  });

  it('keeps both when both devices changed it: the later one takes the id, the other is a copy', () => {
    const ours = { ...base, rev: 4, updatedAt: 3_000, text: 'changed here, later' };
    const theirs = { ...base, rev: 4, updatedAt: 2_000, text: 'changed there, earlier' };
    const decision = decide(ours, markAt(3), theirs, 5);
    expect(decision).toEqual({
      kind: 'keep-ours',
      copy: { ...theirs, id: keptCopyId(theirs), rev: 1, baseUpdatedAt: null },
    });
    const other = decide(theirs, markAt(3), ours, 5);
    expect(other).toEqual({
      kind: 'take',
      record: { ...ours, rev: 5 },
      copy: { ...theirs, id: keptCopyId(theirs), rev: 1, baseUpdatedAt: null },
    });
  });

  it('agrees on a winner when both saved at the same millisecond, whichever device decides', () => {
    const a = { ...base, rev: 4, updatedAt: 5_000, text: 'a' };
    const b = { ...base, rev: 4, updatedAt: 5_000, text: 'b' };
    const onA = decide(a, markAt(3), b, 5);
    const onB = decide(b, markAt(3), a, 5);
    const winnerOnA = onA.kind === 'take' ? onA.record.text : a.text;
    const winnerOnB = onB.kind === 'take' ? onB.record.text : b.text;
    expect(winnerOnA).toBe(winnerOnB);
  });

  it('treats the same words as the same version, whatever the revision', () => {
    expect(decide(base, undefined, { ...base, rev: 9, updatedAt: 9_000 }, 2)).toEqual({ kind: 'same' });
  });

  it('refuses an older copy than one already seen (a rollback), whatever it holds', () => {
    const older = { ...base, rev: 1, updatedAt: 500, text: 'old words' };
    expect(decide(base, markAt(3, 6), older, 5)).toEqual({ kind: 'rollback' });
  });

  it('knows its own version coming back from the server, even after changing it since', () => {
    const changedSince = { ...base, rev: 5, updatedAt: 4_000, text: 'changed after sending' };
    expect(decide(changedSince, markAt(3, 4), base, 4)).toEqual({ kind: 'echo' });
  });

  it('lets a move to the trash travel like any change', () => {
    const trashed = { ...base, rev: 4, updatedAt: 2_000, deletedAt: 2_000 };
    expect(decide(base, markAt(3), trashed, 5)).toMatchObject({ kind: 'take', record: { deletedAt: 2_000 } });
  });
});

describe('the server address', () => {
  it.each([
    ['https://couch.example.org/journal', 'https://couch.example.org/journal'],
    ['  https://couch.example.org/journal/  ', 'https://couch.example.org/journal'],
    ['http://127.0.0.1:5984/journal', 'http://127.0.0.1:5984/journal'],
    ['http://localhost:5984/journal', 'http://localhost:5984/journal'],
  ])('accepts %s', (typed, kept) => {
    expect(checkServerAddress(typed)?.toString()).toBe(kept);
  });

  it.each([
    'http://couch.example.org/journal', // plain http over the network: the password would travel readable
    'https://couch.example.org', // no database named
    'https://alice:secret@couch.example.org/journal',
    'https://couch.example.org/journal?x=1',
    'ftp://couch.example.org/journal',
    'not an address',
  ])('refuses %s', (typed) => {
    expect(checkServerAddress(typed)).toBeNull();
  });
});

describe('when it last synced', () => {
  const at = Date.UTC(2026, 11, 9, 10, 0);
  it.each([
    [10_000, 'Synced just now'],
    [120_000, 'Synced 2 minutes ago'],
    [60_000, 'Synced 1 minute ago'],
    [3 * 3_600_000, 'Synced 3 hours ago'],
    [3 * 86_400_000, 'Last synced on 9 December'],
  ])('%i ms later: %s', (later, text) => {
    expect(syncedAgo(at, at + later, 'UTC')).toBe(text);
  });
});
