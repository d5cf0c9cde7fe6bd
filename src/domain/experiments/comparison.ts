import type { ExperimentRun, Rating } from '../records';
import { predictionHappened } from './run-fields';

export interface RunPoint {
  /** 1 for the first run, 2 for the second... */
  number: number;
  day: string;
  beliefBefore: Rating;
  beliefAfter: Rating;
  discomfortBefore: Rating;
  discomfortDuring: Rating;
  /** How bad it was expected to be, and (only where it came true) how bad it was. */
  badExpected: Rating;
  badActual: Rating;
}

export interface PredictionTally {
  /** Runs where the person said whether the prediction came true. */
  answered: number;
  yes: number;
  partly: number;
  no: number;
}

/** The ratings of each run, oldest first, numbered as the person would count them. */
export function runPoints(runs: ExperimentRun[]): RunPoint[] {
  return [...runs]
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((run, index) => ({
      number: index + 1,
      day: run.day,
      beliefBefore: run.beliefBefore,
      beliefAfter: run.beliefAfter,
      discomfortBefore: run.discomfortBefore,
      discomfortDuring: run.discomfortDuring,
      badExpected: run.badExpected ?? null,
      badActual: predictionHappened(run) ? (run.badActual ?? null) : null,
    }));
}

export function predictionTally(runs: ExperimentRun[]): PredictionTally {
  const tally: PredictionTally = { answered: 0, yes: 0, partly: 0, no: 0 };
  for (const run of runs) {
    if (run.predictionCameTrue === null) continue;
    tally.answered += 1;
    tally[run.predictionCameTrue] += 1;
  }
  return tally;
}

/**
 * "Your prediction came true 1 of 3 times (partly once)." Plain, and never a score. `subject`
 * lets the insights screen say "Your feared prediction" across every experiment.
 */
export function describeTally(tally: PredictionTally, subject = 'Your prediction'): string | null {
  if (tally.answered === 0) return null;
  const times = (count: number) => (count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`);
  const main = `${subject} came true ${tally.yes} of ${tally.answered} ${tally.answered === 1 ? 'time' : 'times'}`;
  return tally.partly > 0 ? `${main} (partly ${times(tally.partly)}).` : `${main}.`;
}

/** True when the expected-against-actual chart has anything to draw. */
export function hasAnyBadRating(points: RunPoint[]): boolean {
  return points.some((point) => point.badExpected !== null || point.badActual !== null);
}

/** True when the chart has anything to draw. */
export function hasAnyRating(points: RunPoint[]): boolean {
  return points.some(
    (point) =>
      point.beliefBefore !== null ||
      point.beliefAfter !== null ||
      point.discomfortBefore !== null ||
      point.discomfortDuring !== null,
  );
}
