import { describe, expect, it } from 'vitest';
import { shouldSuggestBackup } from '../../../src/domain/backup/suggestion';

const DAY = 24 * 60 * 60 * 1000;
const now = 1_800_000_000_000;
const base = {
  enabled: true,
  now,
  lastBackupAt: null,
  latestChangeAt: now - DAY,
  firstWrittenAt: now - 30 * DAY,
  snoozedUntil: null,
};

describe('suggesting a backup', () => {
  it('suggests one when a journal older than two weeks has never been backed up', () => {
    expect(shouldSuggestBackup(base)).toBe(true);
    expect(shouldSuggestBackup({ ...base, firstWrittenAt: now - 3 * DAY })).toBe(false);
  });

  it('suggests one only after changes, when the last backup is over two weeks old', () => {
    expect(shouldSuggestBackup({ ...base, lastBackupAt: now - 20 * DAY })).toBe(true);
    expect(shouldSuggestBackup({ ...base, lastBackupAt: now - 20 * DAY, latestChangeAt: now - 21 * DAY })).toBe(false);
    expect(shouldSuggestBackup({ ...base, lastBackupAt: now - 5 * DAY })).toBe(false);
  });

  it('stays quiet when snoozed, turned off, or the journal is empty', () => {
    expect(shouldSuggestBackup({ ...base, snoozedUntil: now + DAY })).toBe(false);
    expect(shouldSuggestBackup({ ...base, snoozedUntil: now - DAY })).toBe(true);
    expect(shouldSuggestBackup({ ...base, enabled: false })).toBe(false);
    expect(shouldSuggestBackup({ ...base, latestChangeAt: null, firstWrittenAt: null })).toBe(false);
  });
});
