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

/** Tags as the journal keeps them: normalized, no empties, no repeats ignoring case. */
export function cleanTags(raw: readonly string[], prepare: (tag: string) => string = (tag) => tag): string[] {
  return raw.reduce<string[]>((tags, tag) => addTag(tags, prepare(tag)), []);
}

/** "1 photo" / "3 photos". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
