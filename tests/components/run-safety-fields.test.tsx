import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getRun, listAllRuns } from '../../src/db/runs-repository';
import { createRun } from '../../src/db/run-writes';
import { withFreshDatabase } from '../helpers/fresh-database';
import { renderApp } from '../helpers/render-app';

withFreshDatabase();

/** The parts of a behavioural experiment that make it change a belief. */
describe('a run’s safety behaviours, "if it happened" and the kinder rule', () => {
  it('asks what you won’t do, with this experiment’s own examples, and how bad you expect it to be', async () => {
    const user = userEvent.setup();
    renderApp('/experiments/say-i-dont-know/runs/new');
    const dropped = await screen.findByRole('textbox', { name: 'What will you not do this time?' });
    expect(dropped).toHaveAccessibleDescription(/For example: starting with "this is probably a silly question"/);
    await user.type(dropped, 'No "silly question" first');
    fireEvent.change(screen.getByRole('slider', { name: 'If it does happen, how bad do you expect it to be?' }), {
      target: { value: '75' },
    });
    await screen.findByText('Saved on this device', {}, { timeout: 3000 });
    await waitFor(async () =>
      expect((await listAllRuns())[0]).toMatchObject({
        status: 'planned',
        safetyBehaviours: 'No "silly question" first',
        badExpected: 75,
      }),
    );
  });

  it('asks how you coped and how bad it was only when the prediction came true, beside what you expected', async () => {
    const run = await createRun({
      packId: 'ditching-perfect',
      experimentId: 'send-it-with-a-typo',
      experimentTitle: 'Send it with a small typo',
      badExpected: 80,
    });
    const user = userEvent.setup();
    renderApp(`/experiments/send-it-with-a-typo/runs/${run.id}`);
    const cameTrue = await screen.findByRole('group', { name: 'Did your prediction come true?' });
    expect(screen.queryByRole('textbox', { name: 'How did you cope?' })).not.toBeInTheDocument();

    await user.click(within(cameTrue).getByRole('radio', { name: 'Partly' }));
    expect(screen.getByText('Before, you expected it to be 80 out of 100.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'How did you cope?' }), 'I said "oops" and moved on');
    fireEvent.change(screen.getByRole('slider', { name: 'How bad was it, really?' }), { target: { value: '20' } });
    const used = screen.getByRole('group', { name: 'Did you do any of the things you planned not to do?' });
    await user.click(within(used).getByRole('radio', { name: 'A little' }));
    expect(screen.getByRole('textbox', { name: 'A kinder, more flexible rule' })).toHaveAttribute(
      'placeholder',
      "For example: A small typo doesn't change what I meant, and most people read right past it.",
    );
    fireEvent.change(screen.getByRole('slider', { name: 'How much do you believe the kinder rule?' }), {
      target: { value: '60' },
    });
    await waitFor(
      async () =>
        expect(await getRun(run.id)).toMatchObject({
          status: 'done',
          predictionCameTrue: 'partly',
          coping: 'I said "oops" and moved on',
          badActual: 20,
          safetyBehavioursUsed: 'some',
          kinderRuleBelief: 60,
        }),
      { timeout: 3000 },
    );

    await user.click(within(cameTrue).getByRole('radio', { name: 'No' }));
    expect(screen.queryByRole('textbox', { name: 'How did you cope?' })).not.toBeInTheDocument();
  });

  it('opens a run saved before these parts existed, with them blank', async () => {
    const run = await createRun({
      packId: 'ditching-perfect',
      experimentId: 'send-it-with-a-typo',
      experimentTitle: 'Send it',
      outcome: 'Nobody minded',
    });
    // As an earlier version stored it: without the newer fields at all.
    const { database } = await import('../../src/db/database');
    await database()
      .runs.toCollection()
      .modify((stored) => {
        const record = stored as unknown as Record<string, unknown>;
        for (const key of [
          'safetyBehaviours',
          'badExpected',
          'safetyBehavioursUsed',
          'coping',
          'badActual',
          'kinderRuleBelief',
        ])
          delete record[key];
      });
    expect(await getRun(run.id)).not.toHaveProperty('badExpected');
    renderApp(`/experiments/send-it-with-a-typo/runs/${run.id}`);
    expect(await screen.findByRole('textbox', { name: 'What actually happened?' })).toHaveValue('Nobody minded');
    expect(screen.getByRole('textbox', { name: 'What will you not do this time?' })).toHaveValue('');
    expect(screen.getByRole('slider', { name: 'How much do you believe the kinder rule?' })).toBeInTheDocument();
  });

  it('shows, on the experiment page, what the runs show instead of a promise', async () => {
    const base = { packId: 'ditching-perfect', experimentId: 'send-it-with-a-typo', experimentTitle: 'Send it' };
    await createRun({ ...base, badExpected: 90, predictionCameTrue: 'partly', badActual: 30, status: 'done' });
    await createRun({ ...base, badExpected: 70, predictionCameTrue: 'no', status: 'done' });
    renderApp('/experiments/send-it-with-a-typo');
    expect(
      await screen.findByText(
        "In 2 runs, you expected it would be 80 out of 100 bad if it happened, on average. It came true, wholly or partly, in 1 of them, and was 30 out of 100 where you had expected 90. In the other one it didn't happen.",
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'How bad you expected it to be, and how bad it was when it happened' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Practice makes the feeling smaller/)).not.toBeInTheDocument();
  });
});
