import { describe, expect, it } from 'vitest';
import { getSetting, setSetting } from '../../../src/db/settings-repository';
import { database } from '../../../src/db/database';
import { withFreshDatabase } from '../../helpers/fresh-database';

withFreshDatabase();

describe('settings repository', () => {
  it("returns the registry's initial value until a setting is saved", async () => {
    expect(await getSetting('lock.afterMinutes')).toBe(5);
    await setSetting('lock.afterMinutes', 15);
    expect(await getSetting('lock.afterMinutes')).toBe(15);
  });

  it('reads a stored value the setting cannot have as its initial value, so no timer turns NaN', async () => {
    await database().settings.put({ key: 'lock.afterMinutes', value: 'soon', updatedAt: 1 });
    expect(await getSetting('lock.afterMinutes')).toBe(5);
    await database().settings.put({ key: 'backupSuggestions', value: 'yes', updatedAt: 1 });
    expect(await getSetting('backupSuggestions')).toBe(true);
  });

  it('refuses to write a value the registry does not allow, and stores nothing', async () => {
    await expect(setSetting('lock.afterMinutes', 7 as 5)).rejects.toThrow('That setting could not be saved');
    await expect(setSetting('lastBackupAt', Number.NaN)).rejects.toThrow();
    expect(await database().settings.count()).toBe(0);
  });
});
