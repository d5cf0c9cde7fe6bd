import { type PredictionTally, predictionTally } from '../experiments/comparison';
import { predictionHappened } from '../experiments/run-fields';
import type { ExperimentRun, Rating } from '../records';

/** Two ratings of the same runs compared: only runs where both were given count. */
export interface RatingChange {
  /** How many runs had both ratings. */
  runs: number;
  /** Averages over those runs, whole numbers; null when no run had both. */
  averageFirst: number | null;
  averageSecond: number | null;
  /** Each counted run's pair, oldest first, for a chart. */
  pairs: { first: number; second: number }[];
}

/**
 * The core lesson of an experiment: how bad you expected it to be, against what happened.
 * Counts only runs where both "how bad do you expect" and "did it come true" were answered.
 */
export interface ExpectedVersusActual {
  runs: number;
  /** Whole number; null when no run counts. */
  averageExpected: number | null;
  /** Of those runs, how many times it came true, wholly or partly. */
  happened: number;
  /** Where it happened and both were rated: expected (first) against how bad it was (second). */
  whenItHappened: RatingChange;
}

export interface ExperimentFigures {
  experimentId: string;
  title: string;
  /** Every live run of it, planned or done. */
  runs: number;
  belief: RatingChange;
  discomfort: RatingChange;
  prediction: PredictionTally;
  expected: ExpectedVersusActual;
}

export interface AllExperimentFigures {
  overall: Omit<ExperimentFigures, 'experimentId' | 'title'>;
  /** One per experiment that has runs, the most run first. */
  perExperiment: ExperimentFigures[];
}

const byAge = (a: ExperimentRun, b: ExperimentRun) => a.createdAt - b.createdAt;

/** Compares `first` with `second` over the runs that have both, never guessing a missing one. */
export function ratingChange(
  runs: ExperimentRun[],
  first: (run: ExperimentRun) => Rating,
  second: (run: ExperimentRun) => Rating,
): RatingChange {
  const pairs: RatingChange['pairs'] = [];
  for (const run of [...runs].sort(byAge)) {
    const a = first(run);
    const b = second(run);
    if (a !== null && b !== null) pairs.push({ first: a, second: b });
  }
  const average = (pick: (pair: RatingChange['pairs'][number]) => number) =>
    pairs.length === 0 ? null : Math.round(pairs.reduce((sum, pair) => sum + pick(pair), 0) / pairs.length);
  return {
    runs: pairs.length,
    averageFirst: average((pair) => pair.first),
    averageSecond: average((pair) => pair.second),
    pairs,
  };
}

export function expectedVersusActual(runs: ExperimentRun[]): ExpectedVersusActual {
  const counted = runs.filter((run) => (run.badExpected ?? null) !== null && run.predictionCameTrue !== null);
  const happened = counted.filter(predictionHappened);
  const expected = counted.map((run) => run.badExpected ?? 0);
  return {
    runs: counted.length,
    averageExpected:
      counted.length === 0 ? null : Math.round(expected.reduce((sum, value) => sum + value, 0) / counted.length),
    happened: happened.length,
    whenItHappened: ratingChange(
      happened,
      (run) => run.badExpected ?? null,
      (run) => run.badActual ?? null,
    ),
  };
}

function figuresOf(runs: ExperimentRun[]): AllExperimentFigures['overall'] {
  return {
    runs: runs.length,
    belief: ratingChange(
      runs,
      (run) => run.beliefBefore,
      (run) => run.beliefAfter,
    ),
    discomfort: ratingChange(
      runs,
      (run) => run.discomfortBefore,
      (run) => run.discomfortDuring,
    ),
    prediction: predictionTally(runs),
    expected: expectedVersusActual(runs),
  };
}

/**
 * Belief before and after, discomfort before and during, and how often the feared prediction
 * came true: for all runs together and for each experiment. `titleOf` names an experiment
 * (the pack's current title); a run's stored title is the fallback for one the pack lost.
 */
export function experimentFigures(
  runs: ExperimentRun[],
  titleOf: (experimentId: string) => string | undefined = () => undefined,
): AllExperimentFigures {
  const groups = new Map<string, ExperimentRun[]>();
  for (const run of runs) {
    const group = groups.get(run.experimentId);
    if (group) group.push(run);
    else groups.set(run.experimentId, [run]);
  }
  const perExperiment = [...groups].map(([experimentId, group]) => {
    const latestTitle = [...group].sort(byAge).findLast((run) => run.experimentTitle.trim())?.experimentTitle;
    return {
      experimentId,
      title: titleOf(experimentId) ?? latestTitle ?? 'An earlier experiment',
      ...figuresOf(group),
    };
  });
  perExperiment.sort((a, b) => b.runs - a.runs || a.title.localeCompare(b.title));
  return { overall: figuresOf(runs), perExperiment };
}
