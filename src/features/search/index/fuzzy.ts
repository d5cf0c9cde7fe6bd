/**
 * Every term of a sorted list within `max` edits (Levenshtein) of `query`, with its distance.
 * The list is walked as if it were a trie: neighbouring terms share a prefix, so the rows of
 * the edit-distance table for that prefix are kept and reused, and once every cell of a row is
 * over `max` no term with that prefix can match, so they are skipped without more work. This
 * keeps a typo-forgiving lookup over tens of thousands of terms to a few milliseconds.
 */
export function fuzzyTerms(terms: Iterable<string>, query: string, max: number, found: Map<string, number>): void {
  const width = query.length + 1;
  const rows: Int32Array[] = [Int32Array.from({ length: width }, (_, i) => i)];
  let previous = '';
  /** rows[0..computed] are those of previous's first `computed` characters. */
  let computed = 0;
  /** Whether rows[computed] is already over `max` everywhere (so that prefix is hopeless). */
  let hopeless = false;
  for (const term of terms) {
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
    if (!hopeless && computed === term.length) {
      const distance = rows[term.length]![query.length]!;
      if (distance <= max) found.set(term, distance);
    }
  }
}

/**
 * The same walk over a list known to be sorted, which jumps past every term sharing a hopeless
 * prefix (a binary search to the first term after them) instead of stepping through them one
 * by one: at 100,000 entries the list holds so many terms that stepping cost milliseconds.
 */
export function fuzzySortedTerms(
  terms: readonly string[],
  query: string,
  max: number,
  found: Map<string, number>,
): void {
  const width = query.length + 1;
  const rows: Int32Array[] = [Int32Array.from({ length: width }, (_, i) => i)];
  let previous = '';
  let computed = 0;
  let t = 0;
  while (t < terms.length) {
    const term = terms[t]!;
    let shared = 0;
    const limit = Math.min(previous.length, term.length, computed);
    while (shared < limit && previous.charCodeAt(shared) === term.charCodeAt(shared)) shared += 1;
    previous = term;
    computed = shared;
    let hopeless = false;
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
    if (!hopeless) {
      const distance = rows[term.length]![query.length]!;
      if (distance <= max) found.set(term, distance);
      t += 1;
      continue;
    }
    // No term starting with these `computed` letters can match: go to the first that doesn't.
    const prefix = term.slice(0, computed);
    let low = t + 1;
    let high = terms.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (terms[middle]!.startsWith(prefix)) low = middle + 1;
      else high = middle;
    }
    t = low;
  }
}
