import { describe, expect, it } from 'vitest';
import { runPoints } from '../../../src/domain/experiments/comparison';
import { blankRunFields, hasOutcome, isUntouched, runFieldsOf } from '../../../src/domain/experiments/run-fields';
import { describeExpected } from '../../../src/domain/insights/describe-insights';
import { expectedVersusActual, experimentFigures } from '../../../src/domain/insights/experiment-figures';
import { runMarkdown } from '../../../src/domain/backup/markdown';
import { validatePack } from '../../../src/domain/packs/pack-schema';
import type { ExperimentRun } from '../../../src/domain/records';
import { aRun } from '../../helpers/records';
import { shippedPack } from '../../helpers/packs-from-disk';

/** Safety behaviours, "if it happened", the kinder rule rated, and expected against actual. */

const BELIEF = 'If I send something with a mistake, people will think less of me.';
const run = (overrides: Partial<ExperimentRun>): ExperimentRun =>
  aRun({ day: '2026-11-01', ...blankRunFields(BELIEF), ...overrides });

/** A run as an earlier version stored it: none of the newer fields at all. */
function oldRun(overrides: Partial<ExperimentRun> = {}): ExperimentRun {
  const stored: Record<string, unknown> = { ...run(overrides) };
  for (const key of [
    'safetyBehaviours',
    'badExpected',
    'safetyBehavioursUsed',
    'coping',
    'badActual',
    'kinderRuleBelief',
  ]) {
    delete stored[key];
  }
  return stored as unknown as ExperimentRun;
}

describe('the newer run fields', () => {
  it('read as blank from a run saved before they existed', () => {
    const old = oldRun({ beliefBefore: 70, outcome: 'Nobody noticed' });
    expect(old).not.toHaveProperty('badExpected');
    expect(runFieldsOf(old)).toMatchObject({
      beliefBefore: 70,
      outcome: 'Nobody noticed',
      safetyBehaviours: '',
      badExpected: null,
      safetyBehavioursUsed: null,
      coping: '',
      badActual: null,
      kinderRuleBelief: null,
    });
  });

  it('count as writing: the before ones make a run, the after ones make it done', () => {
    expect(isUntouched({ ...blankRunFields(BELIEF), safetyBehaviours: 'No re-reading' }, BELIEF)).toBe(false);
    expect(isUntouched({ ...blankRunFields(BELIEF), badExpected: 0 }, BELIEF)).toBe(false);
    expect(hasOutcome({ ...blankRunFields(BELIEF), badExpected: 80 })).toBe(false);
    for (const after of [
      { safetyBehavioursUsed: 'no' as const },
      { coping: 'I breathed' },
      { badActual: 10 },
      { kinderRuleBelief: 40 },
    ]) {
      expect(hasOutcome({ ...blankRunFields(BELIEF), ...after })).toBe(true);
    }
  });

  it('go into the Markdown export, and an old run exports without them', () => {
    const markdown = runMarkdown(
      run({
        safetyBehaviours: 'No second read',
        badExpected: 80,
        predictionCameTrue: 'partly',
        badActual: 20,
        coping: 'I laughed',
        kinderRule: 'Typos happen',
        kinderRuleBelief: 60,
      }),
    );
    expect(markdown).toContain('## What I would not do this time\n\nNo second read');
    expect(markdown).toContain('Expected: 80. Actually: 20.');
    expect(markdown).toContain('## How I coped\n\nI laughed');
    expect(markdown).toContain('Typos happen\n\nBelieved: 60%.');
    expect(runMarkdown(oldRun())).not.toContain('How bad');
  });
});

describe('how bad you expected it to be, against how bad it was', () => {
  const runs = [
    run({ createdAt: 1, badExpected: 90, predictionCameTrue: 'partly', badActual: 30 }),
    run({ createdAt: 2, badExpected: 70, predictionCameTrue: 'no', badActual: 50 }),
    run({ createdAt: 3, badExpected: 50, predictionCameTrue: 'no' }),
    run({ createdAt: 4, badExpected: 60 }), // not yet done: not counted
    oldRun({ createdAt: 5, predictionCameTrue: 'yes' }), // no expectation: not counted
  ];

  it('counts runs with both answers, and compares only where it came true', () => {
    const figures = expectedVersusActual(runs);
    expect(figures).toMatchObject({ runs: 3, averageExpected: 70, happened: 1 });
    expect(figures.whenItHappened).toMatchObject({ runs: 1, averageFirst: 90, averageSecond: 30 });
    // A "how bad" left over from before the answer became "no" is not shown as if it happened.
    expect(runPoints(runs).map((point) => [point.badExpected, point.badActual])).toEqual([
      [90, 30],
      [70, null],
      [50, null],
      [60, null],
      [null, null],
    ]);
    expect(experimentFigures(runs).overall.expected.runs).toBe(3);
  });

  it('says what the person’s own runs show, promising nothing', () => {
    expect(describeExpected(expectedVersusActual(runs))).toBe(
      "In 3 runs, you expected it would be 70 out of 100 bad if it happened, on average. It came true, wholly or partly, in 1 of them, and was 30 out of 100 where you had expected 90. In the other 2 it didn't happen.",
    );
    expect(describeExpected(expectedVersusActual([runs[2]!]))).toBe(
      "In 1 run, you expected it would be 50 out of 100 bad if it happened. It didn't happen.",
    );
    expect(describeExpected(expectedVersusActual([run({ badExpected: 40, predictionCameTrue: 'yes' })]))).toBe(
      "In 1 run, you expected it would be 40 out of 100 bad if it happened. It came true, wholly or partly; you didn't rate how bad it was.",
    );
    expect(describeExpected(expectedVersusActual([]))).toMatch(/^Before a run, say how bad/);
    expect(describeExpected(expectedVersusActual(runs))).not.toMatch(/smaller|always|never/i);
  });
});

describe('the pack gives every experiment its own safety behaviours and kinder rule', () => {
  it('two or three safety behaviours each, and a kinder rule of its own', () => {
    const result = validatePack(shippedPack());
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const rules = new Set<string>();
    for (const experiment of result.pack.experiments) {
      expect(experiment.safetyBehaviours?.length ?? 0).toBeGreaterThanOrEqual(2);
      expect(experiment.safetyBehaviours?.length ?? 0).toBeLessThanOrEqual(3);
      expect(experiment.kinderRule?.length ?? 0).toBeGreaterThan(10);
      rules.add(experiment.kinderRule ?? '');
    }
    expect(rules.size).toBe(result.pack.experiments.length);
  });

  it('refuses a list of one or of four', () => {
    const pack = shippedPack();
    const experiments = structuredClone(pack.experiments) as Record<string, unknown>[];
    experiments[0] = { ...experiments[0], safetyBehaviours: ['Only one'] };
    experiments[1] = { ...experiments[1], safetyBehaviours: ['a one', 'a two', 'a three', 'a four'] };
    const result = validatePack({ ...pack, experiments });
    expect(result.ok ? [] : result.problems).toEqual([
      'experiments > 1 > safetyBehaviours: Give two or three safety behaviours',
      'experiments > 2 > safetyBehaviours: Give two or three safety behaviours',
    ]);
  });
});
