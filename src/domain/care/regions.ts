import data from './helplines.json';

/**
 * The help path's numbers (helplines.json) and how a region is picked for them. Plain data
 * and rules: no DOM, so the region choice is tested in Node.
 */

export interface CheckedNumber {
  number: string;
  /** The page the number was checked against, and the day (`yyyy-MM-dd`). */
  source: string;
  checked: string;
}

export interface Helpline extends CheckedNumber {
  name: string;
  /** How to reach it, in one short sentence ("Call or text, any time."). */
  how: string;
}

export interface HelpRegion {
  id: string;
  name: string;
  /** ISO 3166 region codes, upper case, as they appear in a language tag (en-GB, fr-CA). */
  countries: string[];
  emergency: CheckedNumber[];
  helplines: Helpline[];
}

export const HELP_REGIONS: readonly HelpRegion[] = data.regions;
/** Anywhere without numbers of its own: the directory, and 112 as a last resort. */
export const ELSEWHERE: HelpRegion = data.elsewhere;
export const HELPLINE_DIRECTORY = data.directory;

/** Every region a person can choose, in the order the chooser lists them. */
export const ALL_HELP_REGIONS: readonly HelpRegion[] = [...HELP_REGIONS, ELSEWHERE];

/** The region subtag of a BCP 47 language tag ("en-GB" → "GB", "zh-Hant-TW" → "TW"), if any. */
export function regionOfLanguageTag(tag: string): string | null {
  const parts = tag.trim().replace(/_/g, '-').split('-').slice(1);
  for (const part of parts) {
    if (/^[A-Za-z]{2}$/.test(part)) return part.toUpperCase();
    // Extensions and private use (-u-..., -x-...) say nothing about where someone is.
    if (part.length === 1) return null;
  }
  return null;
}

/**
 * The region to show first: the first of the device's languages (most preferred first) that
 * names a region we hold numbers for. A language alone ("en") names no place, so it is
 * skipped; with nothing to go on, the numbers for "somewhere else".
 */
export function pickHelpRegion(languages: readonly string[]): HelpRegion {
  for (const tag of languages) {
    const code = regionOfLanguageTag(tag);
    if (!code) continue;
    const region = HELP_REGIONS.find((candidate) => candidate.countries.includes(code));
    if (region) return region;
  }
  return ELSEWHERE;
}

export function helpRegionById(id: string): HelpRegion {
  return ALL_HELP_REGIONS.find((region) => region.id === id) ?? ELSEWHERE;
}

/** What a phone dials: the digits only ("116 123" → "tel:116123"). */
export function telLink(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}
