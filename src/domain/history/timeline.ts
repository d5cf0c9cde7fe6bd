import { localDayOf } from '../dates';
import { compareDayThenTime } from '../time-written';
import type { Entry, ExperimentRun, LocalDay, RecordTarget } from '../records';

/**
 * History mixes entries and experiment runs, newest first, grouped by day. A run appears on
 * the day it was planned and again on the day it was finished, if that was another day.
 */
export interface TimelineItem {
  key: string;
  kind: 'entry' | 'answer' | 'run-planned' | 'run-done' | 'unopenable';
  at: number;
  day: LocalDay;
  /** The zone `day` was fixed in, so the time shown agrees with it; null for "this device, now". */
  timeZone: string | null;
  title: string;
  preview: string;
  target:
    | RecordTarget
    /** Nothing to open: a damaged record, shown only so its place in the journal is honest. */
    | { type: 'unopenable'; what: 'entry' | 'run' };
}

/** A record nobody can open any more (damaged): only the fields kept readable beside its seal. */
export interface UnopenableRecord {
  id: string;
  createdAt: number;
  day: LocalDay;
  timeZone: string;
}

export type TimelineRow = { type: 'day'; day: LocalDay } | { type: 'item'; item: TimelineItem };

const PREVIEW_LENGTH = 240;
const preview = (text: string) => (text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH)}...` : text);

export function entryItem(entry: Entry): TimelineItem {
  return {
    key: `entry:${entry.id}`,
    kind: entry.kind === 'answer' ? 'answer' : 'entry',
    at: entry.createdAt,
    day: entry.day,
    timeZone: entry.timeZone,
    title: entry.title,
    preview: preview(entry.text),
    target: { type: 'entry', id: entry.id },
  };
}

export function unopenableItem(record: UnopenableRecord, what: 'entry' | 'run'): TimelineItem {
  return {
    key: `unopenable:${what}:${record.id}`,
    kind: 'unopenable',
    at: record.createdAt,
    day: record.day,
    timeZone: record.timeZone,
    title: '',
    preview: '',
    target: { type: 'unopenable', what },
  };
}

export function runItems(run: ExperimentRun): TimelineItem[] {
  const target = { type: 'run' as const, id: run.id, experimentId: run.experimentId };
  const title = run.experimentTitle || 'An experiment';
  const planned: TimelineItem = {
    key: `run:${run.id}`,
    kind:
      run.status === 'done' && run.completedAt !== null && localDayOf(run.completedAt) === run.day
        ? 'run-done'
        : 'run-planned',
    at: run.createdAt,
    day: run.day,
    timeZone: run.timeZone,
    title,
    preview: preview(run.planWhat || run.prediction || run.belief),
    target,
  };
  if (run.completedAt === null || planned.kind === 'run-done') return [planned];
  return [
    planned,
    {
      key: `run-done:${run.id}`,
      kind: 'run-done',
      at: run.completedAt,
      // No day is stored for the finish: it is worked out in the device's zone now.
      day: localDayOf(run.completedAt),
      timeZone: null,
      title,
      preview: preview(run.outcome || run.learned),
      target,
    },
  ];
}

/** Days newest first, each under one heading; within a day, newest first by the time saved. */
export function toRows(items: TimelineItem[]): TimelineRow[] {
  const sorted = [...items].sort((a, b) => compareDayThenTime(b, a));
  const rows: TimelineRow[] = [];
  let day: LocalDay | null = null;
  for (const item of sorted) {
    if (item.day !== day) {
      day = item.day;
      rows.push({ type: 'day', day });
    }
    rows.push({ type: 'item', item });
  }
  return rows;
}

/**
 * The dates "on this day" looks at: the same day of the month in each earlier month, back
 * `years` years (a 31st only matches months that have one).
 */
export function onThisDayDates(today: Date, years = 10): LocalDay[] {
  const days: LocalDay[] = [];
  for (let back = 1; back <= years * 12; back += 1) {
    const candidate = new Date(today.getFullYear(), today.getMonth() - back, today.getDate());
    if (candidate.getDate() === today.getDate()) days.push(localDayOf(candidate));
  }
  return days;
}
