import { describe, expect, it } from 'vitest';
import {
  ALL_HELP_REGIONS,
  ELSEWHERE,
  HELPLINE_DIRECTORY,
  pickHelpRegion,
  regionOfLanguageTag,
  telLink,
} from '../../../src/domain/care/regions';

const pick = (...languages: string[]) => pickHelpRegion(languages).name;
const numbers = (...languages: string[]) => {
  const region = pickHelpRegion(languages);
  return { emergency: region.emergency.map((entry) => entry.number), helplines: region.helplines.map((h) => h.number) };
};

describe('the help path picks a region from the device languages', () => {
  it('reads the region of a language tag, not its language or script', () => {
    expect(regionOfLanguageTag('en-GB')).toBe('GB');
    expect(regionOfLanguageTag('fr-CA')).toBe('CA');
    expect(regionOfLanguageTag('zh-Hant-TW')).toBe('TW');
    expect(regionOfLanguageTag('en_AU')).toBe('AU');
    expect(regionOfLanguageTag('en-us-u-ca-gregory')).toBe('US');
    expect(regionOfLanguageTag('en')).toBeNull();
    expect(regionOfLanguageTag('es-419')).toBeNull();
    expect(regionOfLanguageTag('en-x-gb')).toBeNull();
    expect(regionOfLanguageTag('')).toBeNull();
  });

  it('shows each region its own emergency number and helpline', () => {
    expect(numbers('en-US')).toEqual({ emergency: ['911'], helplines: ['988'] });
    expect(numbers('fr-CA')).toEqual({ emergency: ['911'], helplines: ['988'] });
    expect(numbers('en-GB')).toEqual({ emergency: ['999', '112'], helplines: ['116 123'] });
    expect(numbers('ga-IE')).toEqual({ emergency: ['112', '999'], helplines: ['116 123'] });
    expect(numbers('en-AU')).toEqual({ emergency: ['000'], helplines: ['13 11 14'] });
    expect(numbers('mi-NZ')).toEqual({ emergency: ['111'], helplines: ['1737'] });
  });

  it('takes the first preferred language that names a region it knows', () => {
    expect(pick('en', 'en-NZ', 'en-US')).toBe('New Zealand');
    expect(pick('de-DE', 'en-GB')).toBe('United Kingdom');
    expect(pick('en-IE', 'en-GB')).toBe('Ireland');
  });

  it('falls back to 112 and the directory when nothing names a known region', () => {
    expect(pickHelpRegion(['de-DE'])).toBe(ELSEWHERE);
    expect(pickHelpRegion(['en'])).toBe(ELSEWHERE);
    expect(pickHelpRegion([])).toBe(ELSEWHERE);
    expect(numbers('ja-JP')).toEqual({ emergency: ['112'], helplines: [] });
    expect(HELPLINE_DIRECTORY.url).toBe('https://findahelpline.com');
  });

  it('dials digits only', () => {
    expect(telLink('116 123')).toBe('tel:116123');
    expect(telLink('13 11 14')).toBe('tel:131114');
    expect(telLink('000')).toBe('tel:000');
  });
});

describe('the helpline data file', () => {
  const everyNumber = ALL_HELP_REGIONS.flatMap((region) => [...region.emergency, ...region.helplines]);

  it('records, for every number, the page it was checked against and the day', () => {
    expect(everyNumber.length).toBeGreaterThanOrEqual(14);
    for (const entry of [...everyNumber, HELPLINE_DIRECTORY]) {
      expect(entry.source).toMatch(/^https:\/\/[^\s]+$/);
      expect(entry.checked).toBe('2026-12-02');
    }
  });

  it('holds only numbers a phone can dial, and gives every region an emergency number', () => {
    for (const region of ALL_HELP_REGIONS) expect(region.emergency.length).toBeGreaterThan(0);
    for (const entry of everyNumber) expect(entry.number).toMatch(/^[\d ]{3,12}$/);
    expect(new Set(ALL_HELP_REGIONS.map((region) => region.id)).size).toBe(ALL_HELP_REGIONS.length);
  });
});
