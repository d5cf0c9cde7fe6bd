export interface Segment {
  text: string;
  match: boolean;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits `text` into plain and matching parts around the first match, trimmed to about
 * `length` characters, so matches can be marked without ever building HTML.
 */
export function highlight(text: string, terms: string[], length = 180): Segment[] {
  const wanted = terms.map((term) => term.trim()).filter(Boolean);
  if (wanted.length === 0) return [{ text: clip(text, length), match: false }];
  const pattern = new RegExp(
    wanted
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|'),
    'giu',
  );
  const first = text.search(pattern);
  const start = first > length / 3 ? first - Math.floor(length / 3) : 0;
  const window = text.slice(start, start + length);
  const segments: Segment[] = [];
  let last = 0;
  for (const found of window.matchAll(pattern)) {
    const index = found.index ?? 0;
    if (index > last) segments.push({ text: window.slice(last, index), match: false });
    segments.push({ text: found[0], match: true });
    last = index + found[0].length;
  }
  if (last < window.length) segments.push({ text: window.slice(last), match: false });
  if (start > 0) segments.unshift({ text: '...', match: false });
  if (start + length < text.length) segments.push({ text: '...', match: false });
  return segments;
}

function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length)}...` : text;
}
