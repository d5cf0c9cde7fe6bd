import { describe, expect, it } from 'vitest';
import { discardDraft, getDraft, listDrafts, saveDraft } from '../../../src/db/drafts-repository';
import { getSetting, setSetting } from '../../../src/db/settings-repository';
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
  it('returns the fallback until a setting is saved', async () => {
    expect(await getSetting('lockTimeoutMinutes', 5)).toBe(5);
    await setSetting('lockTimeoutMinutes', 15);
    expect(await getSetting('lockTimeoutMinutes', 5)).toBe(15);
  });
});
