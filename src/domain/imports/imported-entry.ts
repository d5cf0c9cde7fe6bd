import type * as v from 'valibot';
import { addTag } from '../tags';

/**
 * What every importer produces: entries from another journal app, reduced to what Good Enough
 * keeps. The caller turns these into Entry records; importers never touch storage.
 */
export interface ImportedEntry {
  /** Derived from the source (see stableId), so importing the same file twice yields the same ids. */
  id: string;
  title: string;
  text: string;
  /** Normalized and deduplicated ignoring case. */
  tags: string[];
  /** yyyy-MM-dd, the local day in the entry's own time zone. */
  day: string;
  /** IANA name; 'UTC' when unknown. */
  timeZone: string;
  createdAt: number;
  updatedAt: number;
}

export type ImportResult = { ok: true; entries: ImportedEntry[]; notes: string[] } | { ok: false; problem: string };

/**
 * cyrb53 (a public-domain string hash by bryc), kept whole as its two 32-bit halves. It is not
 * cryptographic; it only has to spread ids evenly and be identical on every device forever.
 */
function cyrb53Words(input: string, seed: number): [number, number] {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}

const hex8 = (word: number) => word.toString(16).padStart(8, '0');

/**
 * A UUID-v4-shaped id that depends only on (source, key): two cyrb53 rounds with different seeds
 * give 128 bits, then the version and variant nibbles are forced so the result looks like any
 * other id in the database. ~122 random-looking bits make accidental collisions negligible.
 */
export function stableId(source: string, key: string): string {
  // NUL cannot appear in either part, so ('ab', 'c') and ('a', 'bc') hash differently.
  const input = `${source}\u0000${key}`;
  const [a, b] = cyrb53Words(input, 1);
  const [c, d] = cyrb53Words(input, 2);
  const digits = hex8(a) + hex8(b) + hex8(c) + hex8(d);
  const variant = ((parseInt(digits.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return [
    digits.slice(0, 8),
    digits.slice(8, 12),
    `4${digits.slice(13, 16)}`,
    `${variant}${digits.slice(17, 20)}`,
    digits.slice(20, 32),
  ].join('-');
}

/** The zone itself when the platform knows it, otherwise 'UTC'. */
export function knownTimeZone(timeZone: string | undefined): string {
  if (!timeZone) return 'UTC';
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

// Building a formatter is slow and an import may hold thousands of entries, so keep one per zone.
const wallClockFormatters = new Map<string, Intl.DateTimeFormat>();

function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = wallClockFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    wallClockFormatters.set(timeZone, formatter);
  }
  return formatter;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** What a clock on the wall in `timeZone` shows at `instant`. */
function wallClockAt(instant: number, timeZone: string): WallClock {
  // Reading parts by type, not by position, keeps this independent of the locale's punctuation.
  const parts = wallClockFormatter(knownTimeZone(timeZone)).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  };
}

/** A wall-clock reading as if it were UTC; setUTCFullYear keeps years below 100 literal. */
function utcFromWallClock(clock: WallClock): number {
  const date = new Date(0);
  date.setUTCFullYear(clock.year, clock.month - 1, clock.day);
  date.setUTCHours(clock.hour, clock.minute, clock.second, 0);
  return date.getTime();
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The local yyyy-MM-dd of an instant in an IANA zone (UTC when the zone is unknown). */
export function localDayIn(instant: number, timeZone: string): string {
  const clock = wallClockAt(instant, timeZone);
  return `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}`;
}

/** How far the zone's clocks are ahead of UTC at an instant, in ms. */
function offsetAt(instant: number, timeZone: string): number {
  const wholeSecond = instant - (((instant % 1000) + 1000) % 1000);
  return utcFromWallClock(wallClockAt(wholeSecond, timeZone)) - wholeSecond;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The instant a wall-clock reading in a zone refers to. Around a clock change the offsets a day
 * either side give the only two candidates. When the reading happens twice (clocks go back) the
 * earlier one wins; when it never happens (clocks go forward) it is moved forward by the gap.
 * Both match what calendars and Temporal's 'compatible' choice do.
 */
export function wallClockToEpoch(
  date: { year: number; month: number; day: number },
  time: { hour: number; minute: number },
  timeZone: string,
): number {
  const zone = knownTimeZone(timeZone);
  const asIfUtc = utcFromWallClock({ ...date, ...time, second: 0 });
  const offsetBefore = offsetAt(asIfUtc - DAY_MS, zone);
  const offsetAfter = offsetAt(asIfUtc + DAY_MS, zone);
  const candidates = [asIfUtc - offsetBefore, asIfUtc - offsetAfter].filter(
    (candidate) => utcFromWallClock(wallClockAt(candidate, zone)) === asIfUtc,
  );
  return candidates.length > 0 ? Math.min(...candidates) : asIfUtc - offsetBefore;
}

/** Tags as the journal keeps them: normalized, no empties, no repeats ignoring case. */
export function cleanTags(raw: readonly string[], prepare: (tag: string) => string = (tag) => tag): string[] {
  return raw.reduce<string[]>((tags, tag) => addTag(tags, prepare(tag)), []);
}

/**
 * Turns the first validation issue into one plain sentence. Entry problems name the entry by
 * its position (counting from 1) and never quote its text.
 */
export function describeIssue(
  issue: v.BaseIssue<unknown> | undefined,
  appName: string,
  fieldProblems: Record<string, string>,
): string {
  const keys = (issue?.path ?? []).map((item) => item.key);
  const notThisApp = `This doesn't look like a ${appName} export`;
  if (keys.length === 0) return `${notThisApp}: it isn't a JSON object.`;
  if (keys.length === 1) return `${notThisApp}: it has no list of entries.`;
  const position = typeof keys[1] === 'number' ? keys[1] + 1 : '?';
  const field = typeof keys[2] === 'string' ? keys[2] : '';
  const problem = (Object.hasOwn(fieldProblems, field) && fieldProblems[field]) || 'has a part that cannot be read';
  return `Entry ${position} in this ${appName} export ${problem}, so nothing was imported.`;
}

/** "1 photo" / "3 photos". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
