import { describe, expect, it } from 'vitest';
import { describeTally, hasAnyRating, predictionTally, runPoints } from '../../../src/domain/experiments/comparison';
import { friendlyPlanDate } from '../../../src/domain/experiments/plan-date';
import { blankRunFields, hasOutcome, isUntouched, statusFor } from '../../../src/domain/experiments/run-fields';
import type { ExperimentRun } from '../../../src/domain/records';
import { aRun } from '../../helpers/records';

const BELIEF = 'If I send something with a mistake, people will think less of me.';

function run(overrides: Partial<ExperimentRun>): ExperimentRun {
  return aRun({ day: '2026-11-01', ...blankRunFields(BELIEF), ...overrides });
}

describe('run state', () => {
  it('is untouched until the person writes, rates, plans or chooses something', () => {
    expect(isUntouched(blankRunFields(BELIEF), BELIEF)).toBe(true);
    expect(isUntouched({ ...blankRunFields(BELIEF), belief: 'My own words' }, BELIEF)).toBe(false);
    expect(isUntouched({ ...blankRunFields(BELIEF), beliefBefore: 0 }, BELIEF)).toBe(false);
    expect(isUntouched({ ...blankRunFields(BELIEF), variation: 'easier' }, BELIEF)).toBe(false);
    expect(isUntouched({ ...blankRunFields(BELIEF), planWhen: '2026-12-01' }, BELIEF)).toBe(false);
  });

  it('stays planned with only the before filled in, and is done once anything afterwards is', () => {
    const before = { ...blankRunFields(BELIEF), beliefBefore: 80, prediction: 'Two people will mention it' };
    expect(hasOutcome(before)).toBe(false);
    expect(statusFor(before, null, 1000)).toEqual({ status: 'planned', completedAt: null });
    expect(statusFor({ ...before, outcome: 'Nobody noticed' }, null, 1000)).toEqual({
      status: 'done',
      completedAt: 1000,
    });
    expect(statusFor({ ...before, beliefAfter: 0 }, null, 1000).status).toBe('done');
    // A run finished earlier keeps its first completion time.
    expect(statusFor({ ...before, learned: 'It was fine' }, 500, 1000)).toEqual({ status: 'done', completedAt: 500 });
  });
});

describe('comparing runs', () => {
  const runs = [
    run({ createdAt: 3, beliefBefore: 60, beliefAfter: 30, predictionCameTrue: 'no' }),
    run({ createdAt: 1, beliefBefore: 90, beliefAfter: 70, discomfortBefore: 80, predictionCameTrue: 'partly' }),
    run({ createdAt: 2, beliefBefore: 75, predictionCameTrue: 'yes' }),
    run({ createdAt: 4 }),
  ];

  it('numbers runs oldest first and keeps unset ratings unset', () => {
    const points = runPoints(runs);
    expect(points.map((point) => [point.number, point.beliefBefore, point.beliefAfter])).toEqual([
      [1, 90, 70],
      [2, 75, null],
      [3, 60, 30],
      [4, null, null],
    ]);
    expect(hasAnyRating(points)).toBe(true);
    expect(hasAnyRating(runPoints([run({})]))).toBe(false);
  });

  it('counts how often the prediction came true, among runs that answered', () => {
    const tally = predictionTally(runs);
    expect(tally).toEqual({ answered: 3, yes: 1, partly: 1, no: 1 });
    expect(describeTally(tally)).toBe('Your prediction came true 1 of 3 times (partly once).');
    expect(describeTally(predictionTally([run({ predictionCameTrue: 'no' })]))).toBe(
      'Your prediction came true 0 of 1 time.',
    );
    expect(describeTally(predictionTally([run({})]))).toBeNull();
  });
});

describe('friendly plan dates', () => {
  const now = new Date(2026, 10, 29, 20, 0); // Sunday 29 November 2026, evening
  const planned = (planWhen: string | null, createdAt = now.getTime()) =>
    friendlyPlanDate({ planWhen, createdAt }, now);

  it('speaks of nearby days by name', () => {
    expect(planned('2026-11-29')).toBe('planned for today');
    expect(planned('2026-11-30')).toBe('planned for tomorrow');
    expect(planned('2026-11-28')).toBe('planned for yesterday');
    expect(planned('2026-12-02')).toBe('planned for Wednesday');
    expect(planned('2026-11-25')).toBe('planned for last Wednesday');
  });

  it('gives a date for far days, in the past or future, with the year when it differs', () => {
    expect(planned('2026-03-03')).toBe('planned for 3 March');
    expect(planned('2031-01-01')).toBe('planned for 1 January 2031');
    expect(planned('1999-12-31')).toBe('planned for 31 December 1999');
  });

  it('says how long ago it was planned when it has no date', () => {
    expect(planned(null)).toBe('planned today');
    expect(planned(null, new Date(2026, 10, 25, 9).getTime())).toBe('planned 4 days ago');
  });
});
