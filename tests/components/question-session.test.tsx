import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { listAnswersTo, listAllLiveEntries } from '../../src/db/entries-repository';
import { withFreshDatabase } from '../helpers/fresh-database';
import { renderApp } from '../helpers/render-app';

withFreshDatabase();

describe('the question session', () => {
  it('goes one question at a time, saves answers as entries, and resumes where it was left', async () => {
    const user = userEvent.setup();
    const first = renderApp('/questions');
    // The first pack's session (each pack has its own).
    await user.click((await screen.findAllByRole('link', { name: 'Answer them one at a time' }))[0] as HTMLElement);
    expect(await screen.findByText('Question 1 of 10')).toBeInTheDocument();

    // Answer 1, skip 2, answer 3.
    await user.type(screen.getByRole('textbox', { name: 'Your answer (optional)' }), 'Mostly relief, then worry.');
    await screen.findByText('Saved on this device');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Question 2 of 10')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Skip' }));
    expect(await screen.findByText('Question 3 of 10')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Your answer (optional)' }), 'Being seen as careless.');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Question 4 of 10')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stop here for now' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Questions' })).toBeInTheDocument();
    first.unmount();

    // Both answers are ordinary entries that remember their question.
    await waitFor(async () => expect(await listAllLiveEntries()).toHaveLength(2));
    expect((await listAnswersTo('after-you-finish')).map((entry) => entry.text)).toEqual([
      'Mostly relief, then worry.',
    ]);
    expect((await listAnswersTo('what-protects-you')).length + (await listAnswersTo('what-it-protects')).length).toBe(
      1,
    );

    // Another visit: it offers to continue at question 4, and going back finds answer 3.
    renderApp('/questions');
    await user.click(await screen.findByRole('link', { name: 'Continue from question 4 of 10' }));
    expect(await screen.findByText('Question 4 of 10')).toBeInTheDocument();
    expect(screen.getByText(/Welcome back/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByText('Question 3 of 10')).toBeInTheDocument();
    expect(await screen.findByRole('textbox', { name: 'Your answer (optional)' })).toHaveValue(
      'Being seen as careless.',
    );
    await user.type(screen.getByRole('textbox', { name: 'Your answer (optional)' }), ' And of letting people down.');
    await screen.findByText('Saved on this device');
    await waitFor(async () => expect(await listAllLiveEntries()).toHaveLength(2));
  });

  it('ends with the closing words, and can start again', async () => {
    const user = userEvent.setup();
    renderApp('/questions/session/ditching-perfect');
    for (let question = 1; question <= 10; question += 1) {
      expect(await screen.findByText(`Question ${question} of 10`)).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Skip' }));
    }
    expect(await screen.findByRole('heading', { name: "That's the end of the questions" })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(await screen.findByText('Question 1 of 10')).toBeInTheDocument();
    expect(await listAllLiveEntries()).toEqual([]);
  });
});
