/** Minutes hidden before the journal locks itself; null means never. Not private: stored plain. */
import { LOCK_AFTER_CHOICES, SETTINGS, type SettingKey } from '../../domain/settings/registry';

export const LOCK_AFTER_SETTING = 'lock.afterMinutes' satisfies SettingKey;
export const LOCK_AFTER_DEFAULT = SETTINGS[LOCK_AFTER_SETTING].initial;
export { LOCK_AFTER_CHOICES };
