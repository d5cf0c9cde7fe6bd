import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { listAllLiveEntries } from '../../src/db/entries-repository';
import { withFreshDatabase } from '../helpers/fresh-database';
import { renderApp } from '../helpers/render-app';
import { MAX_WORDS_LENGTH } from '../../src/domain/bounds';

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
      expect((await listAllLiveEntries())[0]?.text).toBe('Sent the email with the typo.\nNobody said a thing.'),
    );
    const [entry] = await listAllLiveEntries();
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

describe('the most a field holds', () => {
  // A backup refuses words longer than MAX_WORDS_LENGTH: no field may take more, or a journal
  // could be exported and then not brought back in.
  it('every field of an entry, an answer and an experiment run stops where a backup would', async () => {
    const { unmount } = renderApp('/journal/new');
    await screen.findByRole('textbox', { name: 'Your words' });
    // Tags are trimmed to their own length as they are added (normalizeTag); these are words.
    const fields = [...document.querySelectorAll('main textarea, main input[name="title"]')];
    expect(fields).toHaveLength(2);
    for (const field of fields) expect(field.getAttribute('maxlength')).toBe(String(MAX_WORDS_LENGTH));
    unmount();

    const answer = renderApp('/questions/session/ditching-perfect');
    expect((await screen.findByRole('textbox', { name: /Your answer/ })).getAttribute('maxlength')).toBe(
      String(MAX_WORDS_LENGTH),
    );
    answer.unmount();

    renderApp('/experiments/send-it-with-a-typo/runs/new');
    await screen.findByRole('textbox', { name: /What do you predict/ });
    const runFields = document.querySelectorAll('main textarea');
    expect(runFields.length).toBeGreaterThan(3);
    for (const field of runFields) expect(field.getAttribute('maxlength')).toBe(String(MAX_WORDS_LENGTH));
  });
});
