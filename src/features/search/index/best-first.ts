/**
 * The first `limit` of `items` in the order `compare` gives (negative: a before b), sorted: the
 * same as sorting them all and slicing, without sorting them all. A word nearly every entry
 * has matches the whole journal, and sorting 100,000 results to show 20 of them took longer
 * than finding them. `compare` must break every tie, so the answer is the same either way.
 */
export function bestFirst(items: number[], limit: number, compare: (a: number, b: number) => number): number[] {
  if (items.length <= limit * 4) return items.slice().sort(compare).slice(0, limit);
  const best: number[] = [];
  for (const item of items) {
    if (best.length === limit && compare(item, best[limit - 1]!) >= 0) continue;
    // Where it goes among the best so far (a binary search), the last one dropping off.
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(best[middle]!, item) <= 0) low = middle + 1;
      else high = middle;
    }
    best.splice(low, 0, item);
    if (best.length > limit) best.pop();
  }
  return best;
}
