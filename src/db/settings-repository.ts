import { DataError } from '../domain/data-error';
import { fitsSetting, readSetting, type SettingKey, type SettingValue } from '../domain/settings/registry';
import { database } from './database';
import { guard } from './guard';

/**
 * Reads a setting through the registry (src/domain/settings/registry.ts): its initial value
 * when it was never set, and the same when what is stored isn't a value it can have.
 */
export async function getSetting<K extends SettingKey>(key: K): Promise<SettingValue<K>> {
  const setting = await guard('read your settings', () => database().settings.get(key));
  return readSetting(key, setting?.value);
}

/** Writes a setting; a value the registry doesn't allow is refused before it is stored. */
export function setSetting<K extends SettingKey>(key: K, value: SettingValue<K>, now: number = Date.now()) {
  if (!fitsSetting(key, value)) return Promise.reject(new DataError('unknown', 'That setting could not be saved'));
  return guard('save your settings', async () => {
    await database().settings.put({ key, value, updatedAt: now });
  });
}

export const WELCOME_SEEN_SETTING = 'welcome-seen' satisfies SettingKey;

// Once answered "no" for a database, the answer holds for the session, so Today renders at
// once on later visits instead of waiting for IndexedDB again.
const welcomeNotDue = new WeakSet<object>();

/** True once this session knows the welcome isn't due. */
export const welcomeKnownNotDue = () => welcomeNotDue.has(database());

/**
 * The first-run welcome is due only while it was never shown and the journal holds nothing
 * at all: no entry or run (not even in the trash), no passphrase, no setting. Anyone
 * who already has something (restored from a backup, or kept from a version before the
 * welcome) is marked as welcomed instead, so they never meet it later.
 */
export async function isWelcomeDue(): Promise<boolean> {
  const db = database();
  if (welcomeNotDue.has(db)) return false;
  const { settings, entries, runs, lock } = db;
  const seen = await getSetting(WELCOME_SEEN_SETTING);
  if (!seen) {
    const counts = await guard('read your journal', () =>
      Promise.all([settings, entries, runs, lock].map((table) => table.count())),
    );
    if (counts.every((count) => count === 0)) return true;
  }
  if (seen) welcomeNotDue.add(db);
  else await markWelcomeSeen();
  return false;
}

/** Remembers that the welcome was shown (or wasn't needed), so it never appears again. */
export function markWelcomeSeen(): Promise<void> {
  welcomeNotDue.add(database());
  return setSetting(WELCOME_SEEN_SETTING, true);
}
