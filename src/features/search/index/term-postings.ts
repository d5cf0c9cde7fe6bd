/**
 * Which documents hold each term, and how often, kept compact: a search index over a journal
 * must cost less memory than the journal's text (MiniSearch's Map per term and per document
 * cost about 3.5 times the text). Most postings live in one sorted term list and three flat
 * typed arrays (offsets, documents, counts): a few bytes per posting, and no object per term.
 * Documents added since the last merge wait in a small map and are folded in once there are
 * many of them, so adding a slice is cheap and the flat arrays are rebuilt rarely.
 *
 * Documents are numbered in the order they are added (slots), so every term's documents are
 * in ascending order in the flat part and the pending part alike.
 */
export class TermPostings {
  private terms: string[] = [];
  private offsets = new Uint32Array(1);
  private docs = new Uint32Array(0);
  private counts = new Uint16Array(0);
  /** term -> [doc, count, doc, count, ...], for documents added since the last merge. */
  private pending = new Map<string, number[]>();
  private pendingSize = 0;

  /** Records that `doc` holds `term` with `count` (a packed count: see compact-search.ts). */
  add(term: string, doc: number, count: number): void {
    let list = this.pending.get(term);
    if (!list) this.pending.set(term, (list = []));
    list.push(doc, count);
    this.pendingSize += 1;
  }

  /** How many postings wait in the pending part. */
  get waiting(): number {
    return this.pendingSize;
  }

  get size(): number {
    return this.docs.length;
  }

  /**
   * Folds the pending postings into the flat arrays, dropping those of documents that are gone
   * (`isDead`). Costs one pass over every posting, hence done only when pending is large or
   * the index has been built.
   */
  merge(isDead: (doc: number) => boolean): void {
    const added = [...this.pending.keys()].sort();
    const terms: string[] = [];
    let total = this.pendingSize;
    for (let t = 0; t < this.terms.length; t += 1) total += this.offsets[t + 1]! - this.offsets[t]!;
    const offsets = new Uint32Array(this.terms.length + added.length + 1);
    const docs = new Uint32Array(total);
    const counts = new Uint16Array(total);
    let at = 0;
    let old = 0;
    let fresh = 0;
    while (old < this.terms.length || fresh < added.length) {
      const oldTerm = this.terms[old];
      const newTerm = added[fresh];
      const term = newTerm === undefined || (oldTerm !== undefined && oldTerm <= newTerm) ? oldTerm! : newTerm;
      const start = at;
      if (term === oldTerm) {
        for (let p = this.offsets[old]!; p < this.offsets[old + 1]!; p += 1) {
          if (isDead(this.docs[p]!)) continue;
          docs[at] = this.docs[p]!;
          counts[at] = this.counts[p]!;
          at += 1;
        }
        old += 1;
      }
      if (term === newTerm) {
        const list = this.pending.get(term)!;
        for (let p = 0; p < list.length; p += 2) {
          if (isDead(list[p]!)) continue;
          docs[at] = list[p]!;
          counts[at] = list[p + 1]!;
          at += 1;
        }
        fresh += 1;
      }
      if (at === start) continue; // a term no live document holds any more
      terms.push(term);
      offsets[terms.length] = at;
    }
    this.terms = terms;
    this.offsets = offsets.slice(0, terms.length + 1);
    this.docs = docs.slice(0, at);
    this.counts = counts.slice(0, at);
    this.pending = new Map();
    this.pendingSize = 0;
  }

  /** Every known term starting with `prefix` (the term itself included, if known). */
  withPrefix(prefix: string): string[] {
    const found: string[] = [];
    for (let t = this.lowerBound(prefix); t < this.terms.length && this.terms[t]!.startsWith(prefix); t += 1) {
      found.push(this.terms[t]!);
    }
    for (const term of this.pending.keys()) if (term.startsWith(prefix) && this.find(term) < 0) found.push(term);
    return found;
  }

  /** Every known term, in the flat part in sorted order (for the fuzzy walk), then the pending ones. */
  sortedTerms(): readonly string[] {
    return this.terms;
  }

  pendingTerms(): IterableIterator<string> {
    return this.pending.keys();
  }

  has(term: string): boolean {
    return this.find(term) >= 0 || this.pending.has(term);
  }

  /** Calls `visit` for each document holding `term`, in ascending order. */
  forEach(term: string, visit: (doc: number, count: number) => void): void {
    const t = this.find(term);
    if (t >= 0) for (let p = this.offsets[t]!; p < this.offsets[t + 1]!; p += 1) visit(this.docs[p]!, this.counts[p]!);
    const list = this.pending.get(term);
    if (list) for (let p = 0; p < list.length; p += 2) visit(list[p]!, list[p + 1]!);
  }

  /** How many documents hold `term` (gone ones included until the next merge). */
  frequency(term: string): number {
    const t = this.find(term);
    return (t >= 0 ? this.offsets[t + 1]! - this.offsets[t]! : 0) + (this.pending.get(term)?.length ?? 0) / 2;
  }

  /** Whether `doc` holds `term`: a binary search in the term's documents. */
  holds(term: string, doc: number): boolean {
    const t = this.find(term);
    if (t >= 0) {
      let low = this.offsets[t]!;
      let high = this.offsets[t + 1]!;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (this.docs[middle]! < doc) low = middle + 1;
        else high = middle;
      }
      if (low < this.offsets[t + 1]! && this.docs[low] === doc) return true;
    }
    const list = this.pending.get(term);
    if (list) for (let p = 0; p < list.length; p += 2) if (list[p] === doc) return true;
    return false;
  }

  private find(term: string): number {
    const t = this.lowerBound(term);
    return this.terms[t] === term ? t : -1;
  }

  private lowerBound(term: string): number {
    let low = 0;
    let high = this.terms.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.terms[middle]! < term) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
