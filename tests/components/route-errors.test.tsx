import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { database } from '../../src/db/database';
import { withFreshDatabase } from '../helpers/fresh-database';
import { renderApp } from '../helpers/render-app';

withFreshDatabase();

describe('a screen that fails', () => {
  it('explains kindly when storage cannot be used, and the other screens still work', async () => {
    database().close();
    const user = userEvent.setup();
    renderApp('/journal');
    expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong here' })).toBeInTheDocument();
    expect(screen.getByText(/not letting Good Enough use its storage/)).toBeInTheDocument();
    expect(screen.getByText(/Nothing you have already saved has been lost/)).toBeInTheDocument();

    // The questions list needs no storage: it still opens.
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Questions' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Questions' })).toBeInTheDocument();
  });
});
