import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { database, openJournalDatabase, databaseInUse } from '../../src/db/database';
import { createEntry } from '../../src/db/entries-repository';
import { getSetting, WELCOME_SEEN_SETTING } from '../../src/db/settings-repository';
import { withFreshDatabase } from '../helpers/fresh-database';
import { renderApp } from '../helpers/render-app';

withFreshDatabase();

const welcomeHeading = () => screen.findByRole('heading', { level: 1, name: 'Welcome to Good Enough' });

describe('the first-run welcome', () => {
  it('walks through its steps, each heading focused, and ends in the new-entry editor', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await waitFor(async () => expect(await welcomeHeading()).toHaveFocus());
    expect(screen.getByText(/Everything you write stays on this device/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    const care = await screen.findByRole('heading', { level: 1, name: 'A note of care' });
    await waitFor(() => expect(care).toHaveFocus());
    expect(within(screen.getByRole('main')).getByText(/not therapy, and it is not crisis care/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    const offers = await screen.findByRole('heading', { level: 1, name: 'If you like' });
    await waitFor(() => expect(offers).toHaveFocus());
    expect(screen.getByRole('link', { name: /Set a passphrase/ })).toHaveAttribute('href', '/settings#lock-heading');
    expect(screen.getByRole('link', { name: /Set a gentle reminder/ })).toHaveAttribute(
      'href',
      '/settings#reminder-heading',
    );

    await user.click(screen.getByRole('button', { name: 'Start writing' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/journal/new'));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Your words' })).toHaveFocus());
  });

  it('is shown once: remembered in the settings table, and Today appears the next time', async () => {
    const first = renderApp('/');
    await welcomeHeading();
    await waitFor(async () => expect(await getSetting(WELCOME_SEEN_SETTING)).toBe(true));
    first.unmount();
    // A new session: the same journal opened again, nothing remembered in memory.
    databaseInUse.setState({ db: openJournalDatabase(database().name) });
    renderApp('/');
    expect(await screen.findByText('Start where you are')).toBeInTheDocument();
  });

  it('can be skipped from the first step, straight to writing', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await welcomeHeading();
    await user.click(screen.getByRole('button', { name: 'Skip' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/journal/new'));
    await user.click(screen.getByRole('link', { name: 'Today' }));
    expect(await screen.findByText('Start where you are')).toBeInTheDocument();
  });

  it('does not greet someone who already has entries, and remembers that', async () => {
    await createEntry({ text: 'Written before the welcome existed.' });
    renderApp('/');
    expect(await screen.findByText('Start where you are')).toBeInTheDocument();
    expect(screen.queryByText('Welcome to Good Enough')).not.toBeInTheDocument();
    expect(await getSetting(WELCOME_SEEN_SETTING)).toBe(true);
  });

  it('leaves a deep link alone on a first visit', async () => {
    renderApp('/journal/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'New entry' })).toBeInTheDocument();
    expect(screen.queryByText('Welcome to Good Enough')).not.toBeInTheDocument();
  });
});
