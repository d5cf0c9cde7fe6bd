import { useCallback } from 'react';
import { journalTimes } from '../../../db/journal-times';
import { useLiveData } from '../../../db/live';
import { getSetting, setSetting } from '../../../db/settings-repository';
import { shouldSuggestBackup, snoozeUntil } from '../../../domain/backup/suggestion';
import { LAST_BACKUP_KEY, SNOOZE_KEY, SUGGESTIONS_KEY } from '../backup-keys';

export function useBackupSuggestion(now: number) {
  const show = useLiveData(async () => {
    const [enabled, lastBackupAt, snoozedUntil, times] = await Promise.all([
      getSetting(SUGGESTIONS_KEY),
      getSetting(LAST_BACKUP_KEY),
      getSetting(SNOOZE_KEY),
      journalTimes(),
    ]);
    return shouldSuggestBackup({ enabled, now, lastBackupAt, snoozedUntil, ...times });
  }, [now]);
  const notNow = useCallback(() => void setSetting(SNOOZE_KEY, snoozeUntil(Date.now())), []);
  const turnOff = useCallback(() => void setSetting(SUGGESTIONS_KEY, false), []);
  return { show: show === true, notNow, turnOff };
}

export function useSuggestionsEnabled(): [boolean, (enabled: boolean) => void] {
  const enabled = useLiveData(() => getSetting(SUGGESTIONS_KEY)) ?? true;
  return [enabled, (next) => void setSetting(SUGGESTIONS_KEY, next)];
}
