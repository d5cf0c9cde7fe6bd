import { addMonths, addWeeks, differenceInCalendarDays, format, startOfMonth, startOfWeek } from 'date-fns';
import type { LocalDay, Mood } from '../records';

export type MoodGrouping = 'week' | 'month';

export interface MoodPeriod {
  /** The first day of the week (Monday) or month, `yyyy-MM-dd`. */
  start: LocalDay;
  grouping: MoodGrouping;
  /** The average mood of the entries in it, to one decimal; null when none had a mood. */
  average: number | null;
  /** How many entries in it had a mood. */
  count: number;
}

export interface MoodSample {
  day: LocalDay;
  mood: Mood | null;
}

/** At most this many weeks or months are drawn: enough to see a pattern, few enough to read. */
export const MOOD_PERIODS = 12;

const dateOf = (day: LocalDay) => new Date(`${day}T12:00:00`);
const startOf = (date: Date, grouping: MoodGrouping) =>
  grouping === 'week' ? startOfWeek(date, { weekStartsOn: 1 }) : startOfMonth(date);

/**
 * Weeks while every mood fits in the last twelve weeks (a new journal shows its first weeks),
 * months once there is more history than that.
 */
export function chooseMoodGrouping(samples: MoodSample[], today: LocalDay): MoodGrouping {
  const rated = samples.filter((sample) => sample.mood !== null);
  if (rated.length === 0) return 'week';
  const earliest = rated.reduce((first, sample) => (sample.day < first ? sample.day : first), rated[0]!.day);
  const weeksStart = addWeeks(startOf(dateOf(today), 'week'), -(MOOD_PERIODS - 1));
  return differenceInCalendarDays(dateOf(earliest), weeksStart) >= 0 ? 'week' : 'month';
}

/**
 * The average mood of each of the last twelve weeks or months up to `today`, oldest first.
 * A period with no mood stays in the list with a null average: a gap, never a zero.
 */
export function moodOverTime(samples: MoodSample[], today: LocalDay, grouping: MoodGrouping): MoodPeriod[] {
  const step = grouping === 'week' ? addWeeks : addMonths;
  const last = startOf(dateOf(today), grouping);
  const periods = Array.from({ length: MOOD_PERIODS }, (_, index) =>
    format(step(last, index - (MOOD_PERIODS - 1)), 'yyyy-MM-dd'),
  );
  const sums = new Map(periods.map((start) => [start, { total: 0, count: 0 }]));
  for (const sample of samples) {
    if (sample.mood === null) continue;
    const sum = sums.get(format(startOf(dateOf(sample.day), grouping), 'yyyy-MM-dd'));
    if (!sum) continue;
    sum.total += sample.mood;
    sum.count += 1;
  }
  return periods.map((start) => {
    const { total, count } = sums.get(start)!;
    return { start, grouping, count, average: count === 0 ? null : Math.round((total / count) * 10) / 10 };
  });
}

/** "Week of 23 Nov" or "November 2026", for tables and spoken summaries. */
export function periodLabel(period: Pick<MoodPeriod, 'start' | 'grouping'>): string {
  const date = dateOf(period.start);
  return period.grouping === 'week' ? `Week of ${format(date, 'd MMM yyyy')}` : format(date, 'MMMM yyyy');
}

/** "23 Nov" or "Nov", short enough to sit under a chart on a phone. */
export function periodShortLabel(period: Pick<MoodPeriod, 'start' | 'grouping'>): string {
  return format(dateOf(period.start), period.grouping === 'week' ? 'd MMM' : 'MMM');
}
