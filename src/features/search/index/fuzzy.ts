/**
 * Every term of a list within `max` edits (Levenshtein) of `query`, with its distance. The
 * list is walked as if it were a trie: neighbouring terms share a prefix, so the rows of the
 * edit-distance table for that prefix are kept and reused, and once every cell of a row is
 * over `max` no term with that prefix can match, so they are skipped without more work. In a
 * list known to be `sorted`, those terms are jumped over (a binary search to the first term
 * after them) rather than stepped through: at 100,000 entries there are so many terms that
 * stepping cost milliseconds. Unsorted, the walk is still exact, only slower.
 */
export function fuzzyTerms(
  terms: readonly string[],
  query: string,
  max: number,
  found: Map<string, number>,
  sorted = false,
): void {
  const width = query.length + 1;
  const rows: Int32Array[] = [Int32Array.from({ length: width }, (_, i) => i)];
  let previous = '';
  /** rows[0..computed] are those of previous's first `computed` characters. */
  let computed = 0;
  /** Whether rows[computed] is already over `max` everywhere (so that prefix is hopeless). */
  let hopeless = false;
  let t = 0;
  while (t < terms.length) {
    const term = terms[t]!;
    t += 1;
    let shared = 0;
    const limit = Math.min(previous.length, term.length, computed);
    while (shared < limit && previous.charCodeAt(shared) === term.charCodeAt(shared)) shared += 1;
    previous = term;
    if (hopeless && shared === computed) continue;
    hopeless = false;
    computed = shared;
    for (let depth = shared + 1; depth <= term.length; depth += 1) {
      const above = rows[depth - 1]!;
      const row = (rows[depth] ??= new Int32Array(width));
      const code = term.charCodeAt(depth - 1);
      row[0] = depth;
      let smallest = depth;
      for (let i = 1; i < width; i += 1) {
        const replace = above[i - 1]! + (query.charCodeAt(i - 1) === code ? 0 : 1);
        const cell = Math.min(above[i]! + 1, row[i - 1]! + 1, replace);
        row[i] = cell;
        if (cell < smallest) smallest = cell;
      }
      computed = depth;
      if (smallest > max) {
        hopeless = true;
        break;
      }
    }
    if (hopeless && sorted) t = firstWithout(terms, term.slice(0, computed), t);
    else if (!hopeless && computed === term.length) {
      const distance = rows[term.length]![query.length]!;
      if (distance <= max) found.set(term, distance);
    }
  }
}

/** In a sorted list, the first index from `from` on whose term does not start with `prefix`. */
function firstWithout(terms: readonly string[], prefix: string, from: number): number {
  let low = from;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (terms[middle]!.startsWith(prefix)) low = middle + 1;
    else high = middle;
  }
  return low;
}
