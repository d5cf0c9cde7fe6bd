/**
 * Counts words the way a reader would, in any script: a Japanese sentence has no spaces yet
 * holds words, and an emoji or a dash on its own is not a word. `Intl.Segmenter` knows each
 * language's word boundaries; where it is missing, splitting on spaces is a fair fallback.
 */
const segmenter: Intl.Segmenter | null =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

export function countWords(text: string): number {
  if (!text.trim()) return 0;
  if (!segmenter) return text.split(/\s+/u).filter((part) => LETTER_OR_NUMBER.test(part)).length;
  let count = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) count += 1;
  return count;
}
