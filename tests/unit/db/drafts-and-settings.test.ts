import { describe, expect, it } from 'vitest';
import { discardDraft, getDraft, listDrafts, saveDraft } from '../../../src/db/drafts-repository';
import { getSetting, setSetting } from '../../../src/db/settings-repository';
import { database } from '../../../src/db/database';
import { withFreshDatabase } from '../../helpers/fresh-database';

withFreshDatabase();

describe('drafts repository', () => {
  it('keeps the latest draft for a key and finds it again', async () => {
    await saveDraft('entry:new', { text: 'Half a thought' }, null, 1000);
    await saveDraft('entry:new', { text: 'Half a thought, now whole' }, null, 2000);
    expect(await getDraft('entry:new')).toEqual({
      key: 'entry:new',
      fields: { text: 'Half a thought, now whole' },
      baseRev: null,
      updatedAt: 2000,
    });
    expect(await listDrafts()).toHaveLength(1);
  });

  it('discards a draft once its text is saved', async () => {
    await saveDraft('run:abc', { outcome: 'it went fine' }, 3);
    await discardDraft('run:abc');
    expect(await getDraft('run:abc')).toBeUndefined();
  });
});

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
