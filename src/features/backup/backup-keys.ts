/** Settings keys of the backup feature (kept apart so Today does not load the import code). */
export const LAST_BACKUP_KEY = 'lastBackupAt';
export const SUGGESTIONS_KEY = 'backupSuggestions';
export const SNOOZE_KEY = 'backupSuggestionSnoozedUntil';
