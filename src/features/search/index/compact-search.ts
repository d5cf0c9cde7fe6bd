import { isLiteralQuery, type SearchDocument, type SearchFilters } from '../../../domain/search/search-document';
import { bestFirst } from './best-first';
import { DocumentTable } from './document-table';
import { fuzzyTerms } from './fuzzy';
import { TermPostings } from './term-postings';

export type SearchOrder = 'relevance' | 'newest';

/** One result: the record's search id and the words of it that matched, for marking them. */
export interface SearchHit {
  id: string;
  terms: string[];
  score: number;
}

/** Words are split as MiniSearch split them (what the search matched before this index). */
const SPLIT = /[\n\r\p{Z}\p{P}]+/u;
const words = (text: string) => text.toLowerCase().split(SPLIT).filter(Boolean);
/** Stretches without letters or digits: what a punctuation-only query can match inside. */
const SYMBOLS = /[^\p{L}\p{N}]+/gu;

/** Field boosts (title, text, tags), and BM25+'s constants as MiniSearch had them. */
const BOOST = [2, 1, 1.5];
const [K, B, D] = [1.2, 0.7, 0.5];
/** A prefix or a near miss counts for less than the word itself (MiniSearch's weights). */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

/**
 * A posting's count packs the word's count in each field into 16 bits: text in the low 10,
 * title in the next 3, tags in the top 3 (counts beyond those are rare and rank the same).
 */
const pack = (title: number, text: number, tags: number) =>
  Math.min(text, 1023) | (Math.min(title, 7) << 10) | (Math.min(tags, 7) << 13);

/**
 * Full-text search over titles, text and tags, held in memory only, in a few bytes per word
 * of each document (see term-postings.ts). Words match from their third letter as prefixes,
 * longer words forgive a typo, every word of a query must match (AND), and a query of only
 * punctuation is looked for literally.
 */
export class CompactSearch {
  private readonly table = new DocumentTable();
  private readonly words = new TermPostings();
  private readonly symbols = new TermPostings();
  private readonly tags = new TermPostings();

  get size(): number {
    return this.table.live;
  }

  /** Adds documents, replacing any earlier version of the same id. Their text is not kept. */
  add(documents: SearchDocument[]): void {
    for (const document of documents) {
      this.table.remove(document.id);
      const fields = [words(document.title), words(document.text), words(document.tags.join(' '))];
      const slot = this.table.insert(document, [fields[0]!.length, fields[1]!.length, fields[2]!.length]);
      const counts = new Map<string, [number, number, number]>();
      fields.forEach((field, f) => {
        for (const word of field) {
          const count = counts.get(word) ?? [0, 0, 0];
          count[f] = count[f]! + 1;
          counts.set(word, count);
        }
      });
      for (const [word, [title, text, tags]] of counts) this.words.add(word, slot, pack(title, text, tags));
      const symbols = new Set(`${document.title}\n${document.text}`.toLocaleLowerCase().match(SYMBOLS));
      for (const run of symbols) if (/\S/.test(run)) this.symbols.add(run, slot, 1);
      for (const tag of new Set(document.tags)) this.tags.add(tag, slot, 1);
    }
    // Fold the pending postings in once they are many, so merges stay rare as the index grows.
    if (this.words.waiting > Math.max(50_000, this.words.size / 2)) this.settle();
  }

  remove(ids: string[]): void {
    for (const id of ids) this.table.remove(id);
  }

  /** Folds every pending posting into the compact arrays (after the index is built). */
  settle(): void {
    for (const postings of [this.words, this.symbols, this.tags]) postings.merge(this.table.isGone);
  }

  /** Every match, best or newest first; `limit` of them with the words that matched. */
  search(
    query: string,
    filters: SearchFilters,
    order: SearchOrder,
    limit: number,
  ): { total: number; hits: SearchHit[] } {
    const trimmed = query.trim();
    const { slots, scores, expansions } = this.match(trimmed);
    const passes = this.passes(filters);
    const found = slots.filter(passes);
    // Ties go to the document added first. A literal query has no scores: the order added.
    const compare =
      order === 'newest' || !trimmed
        ? (a: number, b: number) => this.table.at(b) - this.table.at(a) || a - b
        : scores
          ? (a: number, b: number) => scores[b]! - scores[a]! || a - b
          : (a: number, b: number) => a - b;
    const hits = bestFirst(found, limit, compare).map((slot) => ({
      id: this.table.idOf(slot),
      terms: expansions ? expansions.filter((term) => this.words.holds(term, slot)) : trimmed ? [trimmed] : [],
      score: scores?.[slot] ?? 0,
    }));
    return { total: found.length, hits };
  }

  private match(query: string): { slots: number[]; scores?: Float64Array; expansions?: string[] } {
    const count = this.table.slotCount;
    if (!query) return { slots: Array.from({ length: count }, (_, slot) => slot) };
    if (isLiteralQuery(query)) {
      const needle = query.toLocaleLowerCase();
      const marked = new Uint8Array(count);
      for (const run of [...this.symbols.sortedTerms(), ...this.symbols.pendingTerms()]) {
        if (run.includes(needle)) this.symbols.forEach(run, (slot) => (marked[slot] = 1));
      }
      return { slots: marked.reduce<number[]>((all, mark, slot) => (mark ? (all.push(slot), all) : all), []) };
    }
    const scores = new Float64Array(count);
    const seen = new Uint16Array(count);
    const expansions: string[] = [];
    let survivors: number[] = [];
    words(query).forEach((word, round) => {
      const touched: number[] = [];
      for (const [term, weight] of this.expand(word)) {
        expansions.push(term);
        this.score(term, weight, (slot, score) => {
          if (seen[slot]! < round) return; // missed an earlier word of the query
          if (seen[slot] === round) {
            seen[slot] = round + 1;
            touched.push(slot);
          }
          scores[slot] = scores[slot]! + score;
        });
      }
      survivors = touched;
    });
    return { slots: survivors, scores, expansions };
  }

  /** The index's terms a query word stands for, with their weights: itself, prefixes, near misses. */
  private expand(word: string): Map<string, number> {
    const terms = new Map<string, number>();
    if (this.words.has(word)) terms.set(word, 1);
    // From the third letter: a two-letter prefix matches so many words it ranks most of the journal.
    if (word.length >= 3) {
      for (const term of this.words.withPrefix(word)) {
        if (term !== word)
          terms.set(term, (PREFIX_WEIGHT * word.length) / (word.length + 0.3 * (term.length - word.length)));
      }
    }
    // A typo forgiven in longer words, never in numbers or short words (too many false hits).
    if (word.length > 4 && !/\d/.test(word)) {
      const near = new Map<string, number>();
      const max = Math.min(6, Math.round(word.length * 0.2));
      fuzzyTerms(this.words.sortedTerms(), word, max, near, true);
      fuzzyTerms([...this.words.pendingTerms()], word, max, near);
      for (const [term, distance] of near) {
        if (!terms.has(term)) terms.set(term, (FUZZY_WEIGHT * word.length) / (word.length + distance));
      }
    }
    return terms;
  }

  /** BM25+ over each field, boosted per field, for every live document holding `term`. */
  private score(term: string, weight: number, add: (slot: number, score: number) => void): void {
    const live = this.table.live;
    // Postings of removed documents count until the next merge: never more than the live ones.
    const frequency = Math.min(this.words.frequency(term), live);
    const rarity = Math.log(1 + (live - frequency + 0.5) / (frequency + 0.5));
    const averages = [0, 1, 2].map((field) => this.table.averageLength(field));
    const { lengths } = this.table;
    // Called for every posting of the term (all 100,000 documents for a common word): no
    // allocation in here.
    const fieldScore = (field: number, count: number, slot: number) => {
      if (count === 0) return 0;
      const norm = 1 - B + (B * lengths[field]![slot]!) / averages[field]!;
      return BOOST[field]! * rarity * (D + (count * (K + 1)) / (count + K * norm));
    };
    this.words.forEach(term, (slot, packed) => {
      if (this.table.isGone(slot)) return;
      // Unpacked as `pack` packed them: title, text, tags.
      const score =
        fieldScore(0, (packed >> 10) & 7, slot) +
        fieldScore(1, packed & 1023, slot) +
        fieldScore(2, packed >> 13, slot);
      add(slot, score * weight);
    });
  }

  private passes(filters: SearchFilters): (slot: number) => boolean {
    const rest = this.table.filter(filters);
    if (!filters.tag) return rest;
    const tagged = new Uint8Array(this.table.slotCount);
    this.tags.forEach(filters.tag, (slot) => (tagged[slot] = 1));
    return (slot) => tagged[slot] === 1 && rest(slot);
  }
}
