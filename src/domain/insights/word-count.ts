/**
 * Counts words the way a reader would, in any script: a Chinese or Thai sentence has no spaces
 * yet holds words, and an emoji or a dash on its own is not a word.
 *
 * Text in scripts that put spaces between words is counted by a regular expression: runs of
 * letters, marks and digits, joined by an apostrophe or a point ("don't", "3.14"). That agrees
 * with `Intl.Segmenter` there and is many times faster, which matters for 10,000 entries on a
 * phone (measured in Node for 907,000 words: 2.1 s segmenting, 0.15-0.3 s this way). Text with a script
 * written without spaces goes to `Intl.Segmenter`, which knows those languages' word boundaries.
 */
const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;
// A word starts with a letter or digit: a lone mark (the emoji variation selector) is not one.
const SPACED_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

let segmenter: Intl.Segmenter | null | undefined;
function wordSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter =
      typeof Intl !== 'undefined' && 'Segmenter' in Intl
        ? new Intl.Segmenter(undefined, { granularity: 'word' })
        : null;
  }
  return segmenter;
}

export function countWords(text: string): number {
  if (!text.trim()) return 0;
  const segments = UNSPACED_SCRIPT.test(text) ? wordSegmenter() : null;
  if (!segments) return text.match(SPACED_WORD)?.length ?? 0;
  let count = 0;
  for (const segment of segments.segment(text)) if (segment.isWordLike) count += 1;
  return count;
}
