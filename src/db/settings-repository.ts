import { database } from './database';
import { guard } from './guard';

/** Reads a setting, or `fallback` when it was never set. */
export async function getSetting<T>(key: string, fallback: T): Promise<T> {
  const setting = await guard('read your settings', () => database().settings.get(key));
  return setting === undefined ? fallback : (setting.value as T);
}

export function setSetting<T>(key: string, value: T, now: number = Date.now()): Promise<void> {
  return guard('save your settings', async () => {
    await database().settings.put({ key, value, updatedAt: now });
  });
}
