import type { Entry, ExperimentRun, Mood, RecordTarget } from '../records';

/** What search knows about one entry or run. Lives in memory only, never on disk. */
export interface SearchDocument {
  id: string;
  kind: 'entry' | 'answer' | 'run';
  title: string;
  text: string;
  tags: string[];
  mood: Mood | null;
  day: string;
  at: number;
  /** What a hit opens: kinds and ids only, the screen makes the link (it crosses a worker). */
  target: RecordTarget;
}

export function entryDocument(entry: Entry): SearchDocument {
  return {
    id: `entry:${entry.id}`,
    kind: entry.kind === 'answer' ? 'answer' : 'entry',
    title: entry.title,
    text: entry.text,
    tags: entry.tags,
    mood: entry.mood,
    day: entry.day,
    at: entry.createdAt,
    target: { type: 'entry', id: entry.id },
  };
}

export function runDocument(run: ExperimentRun): SearchDocument {
  const texts = [
    run.belief,
    run.prediction,
    run.planWhat,
    run.planWhere,
    run.safetyBehaviours ?? '',
    run.outcome,
    run.coping ?? '',
    run.learned,
    run.kinderRule,
  ];
  return {
    id: `run:${run.id}`,
    kind: 'run',
    title: run.experimentTitle,
    text: texts.filter((text) => text.trim()).join('\n'),
    tags: [],
    mood: null,
    day: run.day,
    at: run.createdAt,
    target: { type: 'run', id: run.id, experimentId: run.experimentId },
  };
}

export interface SearchFilters {
  tag: string | null;
  mood: Mood | null;
  kind: SearchDocument['kind'] | null;
  /** Inclusive `yyyy-MM-dd` bounds, or null. */
  from: string | null;
  to: string | null;
}

export const NO_FILTERS: SearchFilters = { tag: null, mood: null, kind: null, from: null, to: null };

export function passesFilters(document: SearchDocument, filters: SearchFilters): boolean {
  if (filters.kind && document.kind !== filters.kind) return false;
  if (filters.mood !== null && document.mood !== filters.mood) return false;
  if (filters.tag && !document.tags.includes(filters.tag)) return false;
  if (filters.from && document.day < filters.from) return false;
  if (filters.to && document.day > filters.to) return false;
  return true;
}

/** A query with no letters or digits (like "(" or "*") is looked for literally. */
/**
 * The part of a query worth searching as it is typed. A lone letter at the end ("careful m")
 * would match a large part of every journal's words as a prefix, so it waits for a second
 * letter; a query of one letter alone is not searched at all (null).
 */
export function searchableQuery(query: string): string | null {
  const trimmed = query.trim();
  if (isLiteralQuery(trimmed)) return trimmed;
  const words = trimmed.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if ([...last].length === 1 && /[\p{L}]/u.test(last)) words.pop();
  return words.length > 0 ? words.join(' ') : null;
}

export function isLiteralQuery(query: string): boolean {
  return query.trim().length > 0 && !/[\p{L}\p{N}]/u.test(query);
}
