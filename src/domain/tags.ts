/** Tags are short labels chosen by the person; these rules keep them tidy, never strict. */

export const MAX_TAG_LENGTH = 40;

/** "  #Work  stuff " -> "Work stuff"; empty when nothing is left. */
export function normalizeTag(raw: string): string {
  return raw.replace(/^#+/, '').replace(/\s+/g, ' ').trim().slice(0, MAX_TAG_LENGTH);
}

const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

/** Adds a tag unless it is empty or already there (ignoring case). */
export function addTag(tags: string[], raw: string): string[] {
  const tag = normalizeTag(raw);
  if (!tag || tags.some((existing) => same(existing, tag))) return tags;
  return [...tags, tag];
}

/** Tags used before that start with (or, failing that, contain) what is being typed. */
export function suggestTags(known: string[], chosen: string[], typed: string, limit = 8): string[] {
  const query = normalizeTag(typed).toLocaleLowerCase();
  const open = known.filter((tag) => !chosen.some((existing) => same(existing, tag)));
  if (!query) return open.slice(0, limit);
  const lower = (tag: string) => tag.toLocaleLowerCase();
  const starts = open.filter((tag) => lower(tag).startsWith(query));
  const contains = open.filter((tag) => !lower(tag).startsWith(query) && lower(tag).includes(query));
  return [...starts, ...contains].slice(0, limit);
}
