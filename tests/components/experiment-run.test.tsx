import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getRun, listAllRuns } from '../../src/db/runs-repository';
import { createRun } from '../../src/db/run-writes';
import { flushAllAutosavers } from '../../src/db/unsaved-words';
import { withFreshDatabase } from '../helpers/fresh-database';
import { renderApp } from '../helpers/render-app';

withFreshDatabase();

describe('an experiment run', () => {
  it('opens with the belief from the pack and creates nothing until the person writes', async () => {
    const { unmount } = renderApp('/experiments/send-it-with-a-typo/runs/new');
    expect(await screen.findByRole('textbox', { name: "The belief you're testing" })).toHaveValue(
      'If I send something with a mistake, people will think less of me.',
    );
    expect(screen.getByRole('radio', { name: 'The experiment' })).toBeChecked();
    unmount();
    // The form's last save, if it made one, has landed once every closing save has settled.
    await flushAllAutosavers();
    expect(await listAllRuns()).toEqual([]);
  });

  it('saves as it is written, stays planned, and becomes done with anything afterwards', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/experiments/send-it-with-a-typo/runs/new');
    await user.type(
      await screen.findByRole('textbox', { name: 'What do you predict will happen?' }),
      'They will notice',
    );
    fireEvent.change(screen.getByRole('slider', { name: 'How strongly do you believe it right now?' }), {
      target: { value: '80' },
    });
    await screen.findByText('Saved on this device', {}, { timeout: 3000 });
    const [run] = await listAllRuns();
    expect(run).toMatchObject({
      status: 'planned',
      prediction: 'They will notice',
      beliefBefore: 80,
      beliefAfter: null,
      experimentTitle: 'Send it with a small typo',
    });
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/experiments/send-it-with-a-typo/runs/${run?.id}`),
    );

    const cameTrue = screen.getByRole('group', { name: 'Did your prediction come true?' });
    await user.click(within(cameTrue).getByRole('radio', { name: 'No' }));
    await waitFor(
      async () => expect(await getRun(run?.id ?? '')).toMatchObject({ status: 'done', predictionCameTrue: 'no' }),
      {
        timeout: 3000,
      },
    );
    await user.click(screen.getByRole('button', { name: /Clear choice/ }));
    await waitFor(
      async () => expect(await getRun(run?.id ?? '')).toMatchObject({ status: 'planned', predictionCameTrue: null }),
      {
        timeout: 3000,
      },
    );
  });

  it('keeps and shows very long texts', async () => {
    const long = 'a little more, '.repeat(3400).slice(0, 50_000);
    const run = await createRun({
      packId: 'ditching-perfect',
      experimentId: 'say-i-dont-know',
      experimentTitle: 'Say "I don\'t know"',
      outcome: long,
      planWhen: '1999-01-01',
    });
    renderApp(`/experiments/say-i-dont-know/runs/${run.id}`);
    const outcome = await screen.findByRole('textbox', { name: 'What actually happened?' });
    expect((outcome as HTMLTextAreaElement).value).toHaveLength(50_000);
    expect(screen.getByLabelText('When?')).toHaveValue('1999-01-01');
  });

  it('keeps runs of an experiment the pack no longer has, under their stored title', async () => {
    const run = await createRun({
      packId: 'ditching-perfect',
      experimentId: 'an-old-experiment',
      experimentTitle: 'An experiment from an older pack',
      outcome: 'It went fine',
    });
    const user = userEvent.setup();
    renderApp('/experiments');
    const earlier = await screen.findByRole('region', { name: 'Earlier experiments' });
    await user.click(within(earlier).getByRole('link', { name: /An experiment from an older pack/ }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'An experiment from an older pack' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: /Run 1/ }));
    expect(await screen.findByRole('textbox', { name: 'What actually happened?' })).toHaveValue('It went fine');
    expect(run.experimentTitle).toBe('An experiment from an older pack');
  });
});
