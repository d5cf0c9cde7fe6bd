import { describe, expect, it } from 'vitest';
import { checkImportedSettings, fitsSetting, isSettingKey, readSetting } from '../../../src/domain/settings/registry';

describe('the settings registry', () => {
  it('knows every setting the app keeps, and the question sessions of each pack', () => {
    for (const key of ['lastBackupAt', 'backupSuggestions', 'backupSuggestionSnoozedUntil', 'welcome-seen']) {
      expect(isSettingKey(key)).toBe(true);
    }
    expect(isSettingKey('lock.afterMinutes')).toBe(true);
    expect(isSettingKey('question-session:ditching-perfect')).toBe(true);
    expect(isSettingKey('question-session:../../x')).toBe(false);
    expect(isSettingKey('__proto__')).toBe(false);
    expect(isSettingKey('toString')).toBe(false);
  });

  it('reads what was never set, or cannot be, as its initial value', () => {
    expect(readSetting('lock.afterMinutes', undefined)).toBe(5);
    expect(readSetting('lock.afterMinutes', Number.NaN)).toBe(5);
    expect(readSetting('lock.afterMinutes', 'never')).toBe(5);
    expect(readSetting('lock.afterMinutes', null)).toBe(null);
    expect(readSetting('lastBackupAt', 1e300)).toBe(null);
    expect(readSetting('backupSuggestions', false)).toBe(false);
  });

  it('allows only values the app itself writes', () => {
    expect(fitsSetting('lock.afterMinutes', 15)).toBe(true);
    expect(fitsSetting('lock.afterMinutes', 0)).toBe(false);
    expect(fitsSetting('lastBackupAt', Date.UTC(2026, 0, 1))).toBe(true);
    expect(fitsSetting('lastBackupAt', -1e300)).toBe(false);
    expect(fitsSetting('nobody.knows', 1)).toBe(false);
  });

  it("checks a file's settings one by one: lock settings, unknown keys and odd values are left out and named", () => {
    const at = Date.UTC(2026, 0, 1);
    const { kept, dropped } = checkImportedSettings([
      { key: 'lock.afterMinutes', value: null, updatedAt: at },
      { key: 'backupSuggestions', value: false, updatedAt: at },
      { key: 'backupSuggestionSnoozedUntil', value: 'tomorrow', updatedAt: at },
      { key: 'shiny.new', value: 1, updatedAt: at },
      {
        key: 'question-session:ditching-perfect',
        value: { packId: 'ditching-perfect', index: 2, answers: {} },
        updatedAt: at,
      },
    ]);
    expect(kept.map((setting) => setting.key)).toEqual(['backupSuggestions', 'question-session:ditching-perfect']);
    expect(dropped).toEqual([
      { key: 'lock.afterMinutes', label: 'Lock again after the app has been out of sight', reason: 'lock' },
      { key: 'backupSuggestionSnoozedUntil', label: 'Backup suggestions paused until', reason: 'invalid' },
      { key: 'shiny.new', reason: 'unknown' },
    ]);
  });
});
