import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { listRecentEntries } from '../../src/db/entries-repository';
import { withFreshDatabase } from '../helpers/fresh-database';
import { renderApp } from '../helpers/render-app';

withFreshDatabase();

describe('writing an entry', () => {
  it('opens with the cursor in the text, saves as you type, and finds it again', async () => {
    const user = userEvent.setup();
    const { router, unmount } = renderApp('/journal');
    await user.click(await screen.findByRole('link', { name: 'Write' }));
    const text = await screen.findByRole('textbox', { name: 'Your words' });
    // The editor puts the cursor in the words as it opens (an effect, a moment after it shows).
    await waitFor(() => expect(text).toHaveFocus());

    await user.type(text, 'Sent the email with the typo.{Enter}Nobody said a thing.');
    expect(await screen.findByText('Saved on this device', {}, { timeout: 10_000 })).toBeInTheDocument();
    // On a busy machine a save can land mid-typing; the last one holds every word.
    await waitFor(async () =>
      expect((await listRecentEntries())[0]?.text).toBe('Sent the email with the typo.\nNobody said a thing.'),
    );
    const [entry] = await listRecentEntries();
    await waitFor(() => expect(router.state.location.pathname).toBe(`/journal/${entry?.id}`));
    expect(text).toHaveFocus();
    unmount();

    // Opening the app again shows it in the journal, as text.
    renderApp('/journal');
    const card = await screen.findByRole('link', { name: /Nobody said a thing/ });
    await user.click(card);
    expect(await screen.findByRole('textbox', { name: 'Your words' })).toHaveValue(
      'Sent the email with the typo.\nNobody said a thing.',
    );
  });

  it('shows journal text as text, never as HTML', async () => {
    const user = userEvent.setup();
    renderApp('/journal/new');
    const text = await screen.findByRole('textbox', { name: 'Your words' });
    await user.type(text, '<img src=x onerror="window.hacked=1"><b>bold</b>');
    await screen.findByText('Saved on this device', {}, { timeout: 3000 });
    await user.click(screen.getByRole('link', { name: 'Done' }));
    // The list may re-render as the last keystrokes land; what counts is what it settles on.
    await waitFor(() =>
      expect(screen.getByText('<img src=x onerror="window.hacked=1"><b>bold</b>')).toBeInTheDocument(),
    );
    expect(document.querySelector('main img, main b')).toBeNull();
  });
});
