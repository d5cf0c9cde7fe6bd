import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withFreshDatabase } from '../helpers/fresh-database';
import { renderApp } from '../helpers/render-app';

withFreshDatabase();
// The region a person chose is kept in localStorage; each test starts from none.
afterEach(() => localStorage.clear());

describe('the help path', () => {
  it('opens with the two things to do now, as numbers a phone can dial, and lets the person choose another region', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US', 'en']);
    const user = userEvent.setup();
    renderApp('/questions');
    await user.click(await screen.findByRole('button', { name: 'Get help' }));
    const dialog = await screen.findByRole('dialog', { name: 'Get help' });
    expect(within(dialog).getByText(/If you are in danger now, call/)).toHaveTextContent(
      'If you are in danger now, call 911.',
    );
    expect(within(dialog).getByText(/If you want to talk to someone now/)).toHaveTextContent(
      'If you want to talk to someone now, call 988 Suicide & Crisis Lifeline on 988.',
    );
    expect(within(dialog).getByRole('link', { name: '911' })).toHaveAttribute('href', 'tel:911');
    expect(within(dialog).getAllByRole('link', { name: '988' })[0]).toHaveAttribute('href', 'tel:988');
    expect(within(dialog).getByText(/Numbers checked on 2 December 2026/)).toBeInTheDocument();

    await user.selectOptions(within(dialog).getByLabelText('Numbers for'), 'United Kingdom');
    expect(within(dialog).getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999');
    expect(within(dialog).getAllByRole('link', { name: '116 123' })[0]).toHaveAttribute('href', 'tel:116123');
    expect(within(dialog).queryByRole('link', { name: '911' })).not.toBeInTheDocument();

    const directory = within(dialog).getByRole('link', { name: 'Find a helpline in your country' });
    expect(directory).toHaveAttribute('href', 'https://findahelpline.com');
    expect(directory).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(dialog).getByRole('heading', { name: 'When to talk to a professional' })).toBeInTheDocument();
    expect(within(dialog).getByText(/not therapy, and it is not crisis care/)).toBeInTheDocument();
  });

  it('offers help in the page, once, when the lowest mood is picked', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/journal/new');
    const veryLow = await screen.findByRole('radio', { name: 'Very low' });
    await user.click(screen.getByRole('radio', { name: 'Low' }));
    expect(screen.queryByRole('note', { name: 'Help is here' })).not.toBeInTheDocument();

    await user.click(veryLow);
    const note = await screen.findByRole('note', { name: 'Help is here' });
    expect(note).toHaveTextContent('That sounds like a hard day.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(within(note).getByRole('button', { name: 'Get help' }));
    expect(await screen.findByRole('dialog', { name: 'Get help' })).toBeInTheDocument();
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' }));

    // A new entry later in the same visit: the lowest mood is just a mood.
    await router.navigate('/journal');
    await router.navigate('/journal/new');
    await waitFor(() => expect(screen.queryByRole('note', { name: 'Help is here' })).not.toBeInTheDocument());
    await user.click(await screen.findByRole('radio', { name: 'Very low' }));
    expect(screen.getByRole('radio', { name: 'Very low' })).toBeChecked();
    expect(screen.queryByRole('note', { name: 'Help is here' })).not.toBeInTheDocument();
  });

  it('keeps the region a person chose for the next time, and forgets one it no longer lists', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE']);
    const user = userEvent.setup();
    const first = renderApp('/journal');
    await user.click(await screen.findByRole('button', { name: 'Get help' }));
    let dialog = await screen.findByRole('dialog', { name: 'Get help' });
    expect(within(dialog).getByText(/If you are in danger now, call/)).toHaveTextContent('call 112.');
    await user.selectOptions(within(dialog).getByLabelText('Numbers for'), 'United Kingdom');
    first.unmount();

    // Opened again later (a fresh start of the app): the chosen region, not the device's.
    renderApp('/journal');
    await user.click(await screen.findByRole('button', { name: 'Get help' }));
    dialog = await screen.findByRole('dialog', { name: 'Get help' });
    expect(within(dialog).getByLabelText('Numbers for')).toHaveValue('gb');
    expect(within(dialog).getByText(/If you are in danger now, call/)).toHaveTextContent('call 999 or 112.');
    cleanup();

    localStorage.setItem('good-enough:help-region', 'atlantis');
    renderApp('/journal');
    await user.click(await screen.findByRole('button', { name: 'Get help' }));
    dialog = await screen.findByRole('dialog', { name: 'Get help' });
    expect(within(dialog).getByLabelText('Numbers for')).toHaveValue('elsewhere');
  });
});
