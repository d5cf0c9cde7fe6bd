import { runFieldsOf } from '../../../src/domain/experiments/run-fields';
import { describe, expect, it } from 'vitest';
import { getRun, listPlannedRuns, listRunsOfExperiment } from '../../../src/db/runs-repository';
import { createRun, trashRun, saveRunFields } from '../../../src/db/run-writes';
import { isDataError } from '../../../src/domain/data-error';
import { withFreshDatabase } from '../../helpers/fresh-database';

withFreshDatabase();

const base = { packId: 'ditching-perfect', experimentId: 'send-it-with-a-typo' };

describe('experiment runs repository', () => {
  it('starts a run as planned, with every rating unset rather than zero', async () => {
    const run = await createRun({ ...base, belief: 'People will think less of me', beliefBefore: 80 });
    expect(run).toMatchObject({
      status: 'planned',
      beliefBefore: 80,
      discomfortBefore: null,
      discomfortDuring: null,
      beliefAfter: null,
      predictionCameTrue: null,
      rev: 1,
    });
    expect(await getRun(run.id)).toEqual(run);
  });

  it('finishes a planned run days later', async () => {
    const run = await createRun({ ...base, prediction: 'Two people will mention it' }, new Date(2026, 10, 1));
    // What the run form saves: its fields; anything written afterwards makes the run done.
    const done = await saveRunFields(
      run.id,
      { ...runFieldsOf(run), outcome: 'Nobody noticed', predictionCameTrue: 'no', beliefAfter: 30 },
      run.rev,
    );
    expect(done).toMatchObject({ status: 'done', beliefAfter: 30, day: '2026-11-01', rev: 2 });
    expect(await listPlannedRuns()).toEqual([]);
  });

  it('lists planned runs oldest first, leaving out trashed ones', async () => {
    const older = await createRun(base, new Date(2026, 9, 1));
    const newer = await createRun({ ...base, experimentId: 'say-i-dont-know' }, new Date(2026, 9, 5));
    const trashed = await createRun(base, new Date(2026, 9, 3));
    await trashRun(trashed.id);
    expect((await listPlannedRuns()).map((run) => run.id)).toEqual([older.id, newer.id]);
    expect((await listRunsOfExperiment('send-it-with-a-typo')).map((run) => run.id)).toEqual([older.id]);
  });

  it('refuses a stale save', async () => {
    const run = await createRun(base);
    await saveRunFields(run.id, { ...runFieldsOf(run), outcome: 'first' }, 1);
    await expect(saveRunFields(run.id, { ...runFieldsOf(run), outcome: 'second' }, 1)).rejects.toSatisfy((error) =>
      isDataError(error, 'conflict'),
    );
  });
});
