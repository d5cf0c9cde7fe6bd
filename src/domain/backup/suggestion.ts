const TWO_WEEKS_MS = 14 * 24 * 60 * 60 * 1000;

export interface BackupSituation {
  enabled: boolean;
  now: number;
  lastBackupAt: number | null;
  /** The newest save of any entry or run, or null for an empty journal. */
  latestChangeAt: number | null;
  /** The oldest record's creation time, or null for an empty journal. */
  firstWrittenAt: number | null;
  snoozedUntil: number | null;
}

/**
 * A backup is suggested, never demanded: only when something changed since the last one and
 * that one is over two weeks old (or, with none yet, the journal is over two weeks old), and
 * not while the person has said "not now", and never once they turned it off.
 */
export function shouldSuggestBackup(situation: BackupSituation): boolean {
  const { enabled, now, lastBackupAt, latestChangeAt, firstWrittenAt, snoozedUntil } = situation;
  if (!enabled || latestChangeAt === null || firstWrittenAt === null) return false;
  if (snoozedUntil !== null && now < snoozedUntil) return false;
  if (lastBackupAt === null) return now - firstWrittenAt > TWO_WEEKS_MS;
  return latestChangeAt > lastBackupAt && now - lastBackupAt > TWO_WEEKS_MS;
}

export const snoozeUntil = (now: number) => now + TWO_WEEKS_MS;
