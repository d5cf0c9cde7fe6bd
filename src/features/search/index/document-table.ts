import type { SearchDocument, SearchFilters } from '../../../domain/search/search-document';

const KINDS = ['entry', 'answer', 'run'] as const;
/** The kind of a slot whose document was removed or replaced: its postings are dropped at the next merge. */
const GONE = 255;

/** `yyyy-MM-dd` as a number that orders the same way (20260310), so a day costs 4 bytes, not a string. */
export const dayNumber = (day: string) => Number(day.replaceAll('-', ''));

/**
 * What the index keeps of each document besides its words: only what filters and ordering
 * need, in typed arrays indexed by slot (the order documents were added), plus the record's
 * id. Never its text: the page reads the shown results' records itself.
 */
export class DocumentTable {
  private capacity = 0;
  private kinds = new Uint8Array(0);
  private moods = new Int8Array(0);
  private days = new Uint32Array(0);
  private times = new Float64Array(0);
  /** Words per field (title, text, tags), for BM25's length normalisation. */
  readonly lengths = [new Uint16Array(0), new Uint16Array(0), new Uint16Array(0)];
  private readonly ids: string[] = [];
  private readonly slots = new Map<string, number>();
  /** Sum of each field's length over live documents, for the average length. */
  private readonly totals = new Float64Array(3);

  /** Slots handed out so far, removed ones included: the size of any per-slot buffer. */
  get slotCount(): number {
    return this.ids.length;
  }

  get live(): number {
    return this.slots.size;
  }

  averageLength(field: number): number {
    return this.live === 0 ? 1 : Math.max(1, this.totals[field]! / this.live);
  }

  /** A new slot for `document`, with its field lengths. The caller removes any older version first. */
  insert(document: SearchDocument, lengths: [number, number, number]): number {
    const slot = this.ids.length;
    if (slot === this.capacity) this.grow();
    this.ids.push(document.id);
    this.slots.set(document.id, slot);
    this.kinds[slot] = KINDS.indexOf(document.kind);
    this.moods[slot] = document.mood ?? -1;
    this.days[slot] = dayNumber(document.day);
    this.times[slot] = document.at;
    lengths.forEach((length, field) => {
      this.lengths[field]![slot] = Math.min(length, 0xffff);
      this.totals[field] = this.totals[field]! + length;
    });
    return slot;
  }

  /** Forgets a document; its slot stays, marked gone, so slots of later documents never move. */
  remove(id: string): boolean {
    const slot = this.slots.get(id);
    if (slot === undefined) return false;
    this.slots.delete(id);
    this.ids[slot] = '';
    this.kinds[slot] = GONE;
    this.lengths.forEach((lengths, field) => (this.totals[field] = this.totals[field]! - lengths[slot]!));
    return true;
  }

  has(id: string): boolean {
    return this.slots.has(id);
  }

  isGone = (slot: number): boolean => this.kinds[slot] === GONE;

  idOf(slot: number): string {
    return this.ids[slot]!;
  }

  at(slot: number): number {
    return this.times[slot]!;
  }

  /** A test for the filters other than tag (the tag's documents come from its own postings). */
  filter(filters: SearchFilters): (slot: number) => boolean {
    const kind = filters.kind ? KINDS.indexOf(filters.kind) : -1;
    const mood = filters.mood ?? -1;
    const from = filters.from ? dayNumber(filters.from) : 0;
    const to = filters.to ? dayNumber(filters.to) : Infinity;
    return (slot) =>
      this.kinds[slot] !== GONE &&
      (kind < 0 || this.kinds[slot] === kind) &&
      (mood < 0 || this.moods[slot] === mood) &&
      !(this.days[slot]! < from) &&
      !(this.days[slot]! > to);
  }

  private grow(): void {
    this.capacity = Math.max(1024, this.capacity * 2);
    const copy = <T extends Uint8Array | Int8Array | Uint16Array | Uint32Array | Float64Array>(
      old: T,
      make: new (size: number) => T,
    ) => {
      const grown = new make(this.capacity);
      grown.set(old);
      return grown;
    };
    this.kinds = copy(this.kinds, Uint8Array);
    this.moods = copy(this.moods, Int8Array);
    this.days = copy(this.days, Uint32Array);
    this.times = copy(this.times, Float64Array);
    for (let field = 0; field < 3; field += 1) this.lengths[field] = copy(this.lengths[field]!, Uint16Array);
  }
}
