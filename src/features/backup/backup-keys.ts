import type { SettingKey } from '../../domain/settings/registry';

/** Settings keys of the backup feature (kept apart so Today does not load the import code). */
export const LAST_BACKUP_KEY = 'lastBackupAt' satisfies SettingKey;
export const SUGGESTIONS_KEY = 'backupSuggestions' satisfies SettingKey;
export const SNOOZE_KEY = 'backupSuggestionSnoozedUntil' satisfies SettingKey;
