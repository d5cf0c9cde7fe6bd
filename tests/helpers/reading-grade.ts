/**
 * Flesch-Kincaid grade level, with a plain syllable count (vowel groups, a silent final "e"
 * dropped): close enough to say whether words are plain, not a precise measure.
 */
export function syllables(word: string): number {
  const bare = word.toLowerCase().replace(/[^a-z]/g, '');
  if (bare.length === 0) return 0;
  if (bare.length <= 3) return 1;
  const trimmed = bare.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 1);
}

export function readingGrade(text: string): number {
  const sentences = Math.max(1, text.split(/[.!?]+(?:\s|$)/).filter((part) => /[a-z]/i.test(part)).length);
  const words = text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  if (words.length === 0) return 0;
  const syllableCount = words.reduce((sum, word) => sum + syllables(word), 0);
  return 0.39 * (words.length / sentences) + 11.8 * (syllableCount / words.length) - 15.59;
}

/** Every field of words in a pack, named by where it is. */
export function packTexts(pack: unknown, where = ''): { where: string; text: string }[] {
  if (typeof pack === 'string') return /\s/.test(pack) ? [{ where, text: pack }] : [];
  if (Array.isArray(pack)) return pack.flatMap((item, index) => packTexts(item, `${where}[${index}]`));
  if (typeof pack === 'object' && pack !== null) {
    return Object.entries(pack).flatMap(([key, value]) => packTexts(value, where ? `${where}.${key}` : key));
  }
  return [];
}
