import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { listAllRuns } from '../../src/db/runs-repository';
import { withFreshDatabase } from '../helpers/fresh-database';
import { renderApp } from '../helpers/render-app';

withFreshDatabase();

describe('design your own experiment', () => {
  it('keeps the same record, with the person’s own belief and act, and lists it under their own', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/experiments');
    await user.click(await screen.findByRole('link', { name: /Design your own experiment/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Design your own experiment' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Design one' }));

    const belief = await screen.findByRole('textbox', { name: "The belief you're testing" });
    expect(belief).toHaveValue('');
    await user.type(belief, 'If I say no, people will stop asking me.');
    await user.type(
      screen.getByRole('textbox', { name: 'Your plan: what will you do?' }),
      'Say no to one extra shift this week.',
    );
    expect(screen.getByRole('textbox', { name: 'What will you not do this time?' })).toBeInTheDocument();
    await screen.findByText('Saved on this device', {}, { timeout: 3000 });
    await waitFor(async () =>
      expect((await listAllRuns())[0]).toMatchObject({
        packId: 'own',
        experimentId: 'your-own',
        experimentTitle: 'Your own experiment',
        belief: 'If I say no, people will stop asking me.',
        planWhat: 'Say no to one extra shift this week.',
        status: 'planned',
      }),
    );

    await router.navigate('/experiments/your-own');
    // The list may render twice as its reads settle: look for the words in the page as it is now.
    await waitFor(() => expect(screen.getByText('If I say no, people will stop asking me.')).toBeInTheDocument());
    await router.navigate('/experiments');
    await screen.findByRole('link', { name: /Design your own experiment/ });
    expect(screen.queryByRole('region', { name: 'Earlier experiments' })).not.toBeInTheDocument();
  });
});
