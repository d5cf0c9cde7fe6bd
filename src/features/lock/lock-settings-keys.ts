/** Minutes hidden before the journal locks itself; null means never. Not private: stored plain. */
export const LOCK_AFTER_SETTING = 'lock.afterMinutes';
export const LOCK_AFTER_DEFAULT = 5;
export const LOCK_AFTER_CHOICES = [1, 5, 15, null] as const;
