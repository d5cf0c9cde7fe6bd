import { differenceInCalendarDays, format, formatDistanceStrict, isSameYear, parseISO } from 'date-fns';
import type { ExperimentRun } from '../records';

/**
 * When a planned run is (or was) meant to happen, in friendly words: "planned for today",
 * "planned for tomorrow", "planned for last Tuesday", "planned for 3 March". Without a
 * date: "planned 4 days ago". Never "overdue": it waits, kindly.
 */
export function friendlyPlanDate(run: Pick<ExperimentRun, 'planWhen' | 'createdAt'>, now: Date): string {
  if (!run.planWhen) {
    const distance = formatDistanceStrict(run.createdAt, now, { roundingMethod: 'floor' });
    return differenceInCalendarDays(now, run.createdAt) === 0 ? 'planned today' : `planned ${distance} ago`;
  }
  const day = parseISO(run.planWhen);
  const offset = differenceInCalendarDays(day, now);
  if (offset === 0) return 'planned for today';
  if (offset === 1) return 'planned for tomorrow';
  if (offset === -1) return 'planned for yesterday';
  if (offset > 1 && offset < 7) return `planned for ${format(day, 'EEEE')}`;
  if (offset < -1 && offset > -7) return `planned for last ${format(day, 'EEEE')}`;
  return `planned for ${format(day, isSameYear(day, now) ? 'd MMMM' : 'd MMMM yyyy')}`;
}
