import type { Experiment } from './pack-schema';

/** An experiment with no difficulty given sits in the middle. */
const MIDDLE = 3;
const difficultyOf = (experiment: Experiment) => experiment.difficulty ?? MIDDLE;

/** The words a list shows for each step, gentlest first: never a score. */
export function difficultyWords(experiment: Experiment): string {
  const words = ['Gentlest', 'Gentle', 'A little braver', 'A stretch', 'The bravest'];
  return words[difficultyOf(experiment) - 1] ?? 'A little braver';
}

/** Gentlest to hardest; experiments of the same difficulty keep the pack's own order. */
export function byDifficulty(experiments: readonly Experiment[]): Experiment[] {
  return experiments
    .map((experiment, index) => ({ experiment, index }))
    .sort((a, b) => difficultyOf(a.experiment) - difficultyOf(b.experiment) || a.index - b.index)
    .map(({ experiment }) => experiment);
}

export interface Suggestion {
  experiment: Experiment;
  /** False once every experiment has been tried: then the gentlest is offered again. */
  untried: boolean;
}

/** Today's suggestion: the gentlest experiment not yet tried, or the gentlest of all once every one has been. */
export function gentlestUntried(experiments: readonly Experiment[], tried: ReadonlySet<string>): Suggestion | null {
  const ordered = byDifficulty(experiments);
  const next = ordered.find((experiment) => !tried.has(experiment.id));
  if (next) return { experiment: next, untried: true };
  const [gentlest] = ordered;
  return gentlest ? { experiment: gentlest, untried: false } : null;
}
