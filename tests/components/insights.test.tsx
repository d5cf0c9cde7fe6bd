import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { database } from '../../src/db/database';
import { createEntry, trashEntry } from '../../src/db/entries-repository';
import { setOff } from '../../src/db/keyring';
import { turnOnLock } from '../../src/db/lock-repository';
import { createRun } from '../../src/db/run-writes';
import { withFreshDatabase } from '../helpers/fresh-database';
import { renderApp } from '../helpers/render-app';

withFreshDatabase();

// Only the clock is faked, so the journal's "today" is Friday 20 November 2026 in every run.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 20, 12, 0));
});
afterEach(() => {
  vi.useRealTimers();
  setOff();
});

const at = (month: number, day: number, year = 2026) => new Date(year, month - 1, day, 10, 0);
const answer = (questionId: string) => ({ kind: 'answer' as const, packId: 'ditching-perfect', questionId });

async function seed() {
  await createEntry({ title: 'Garden', text: 'Left the weeds where they were.', mood: 4 }, at(11, 20));
  await createEntry({ text: 'The email went out with a typo.', mood: 2 }, at(11, 3));
  await createEntry({ ...answer('good-enough-today'), text: 'Dinner on the table.' }, at(11, 3));
  await createEntry({ ...answer('good-enough-today'), text: 'A walk.', mood: 5 }, at(6, 10));
  await createEntry({ ...answer('words-for-a-friend'), text: 'Be kind.' }, at(6, 11));
  await createEntry({ text: 'Last year.' }, at(12, 24, 2025));
  // In the trash: counts for nothing.
  const trashed = await createEntry({ text: 'Gone for now, but not lost.', mood: 1 }, at(10, 1));
  await trashEntry(trashed.id);

  const typo = { packId: 'ditching-perfect', experimentId: 'send-it-with-a-typo', experimentTitle: 'Old title' };
  await createRun(
    { ...typo, status: 'done', beliefBefore: 80, beliefAfter: 40, discomfortBefore: 70, discomfortDuring: 30 },
    at(11, 10),
  );
  await createRun(
    {
      ...typo,
      status: 'done',
      beliefBefore: 70,
      beliefAfter: 50,
      discomfortBefore: 60,
      predictionCameTrue: 'partly',
      badExpected: 80,
      badActual: 20,
      prediction: 'They will think I am careless',
      outcome: 'Nobody said a thing',
    },
    at(11, 12),
  );
  await createRun(
    {
      packId: 'ditching-perfect',
      experimentId: 'say-i-dont-know',
      experimentTitle: 'Say "I don\'t know"',
      status: 'done',
      beliefBefore: 60,
      beliefAfter: 60,
      discomfortBefore: 50,
      discomfortDuring: 40,
      predictionCameTrue: 'yes',
      badExpected: 60,
      badActual: 40,
    },
    at(8, 1),
  );
}

describe('insights', () => {
  it('shows the figures a person reads, worked out from the live journal', async () => {
    await seed();
    renderApp('/journal/insights');
    expect(await screen.findByRole('heading', { level: 1, name: "What you've noticed" })).toBeInTheDocument();

    // Days: 3, 10, 12 and 20 November; then 10 and 11 June and 1 August; then Christmas Eve 2025.
    expect(await screen.findByText('You wrote on 4 days this month, and 7 days this year.')).toBeInTheDocument();
    expect(screen.getByText("In all, you've come back to write on 8 days.")).toBeInTheDocument();
    expect(screen.getByText(/not a measure of you/)).toBeInTheDocument();

    // Runs: 80→40 and 70→50 of the typo experiment, 60→60 of "I don't know". Discomfort: 70→30 and 50→40.
    expect(screen.getByText("You've started 3 runs of 2 experiments.")).toBeInTheDocument();
    expect(screen.getByText('Your feared prediction came true 1 of 2 times (partly once).')).toBeInTheDocument();
    expect(
      screen.getByText('Across the 3 runs where you rated both, you believed it 70% before and 50% after, on average.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Across the 2 runs where you rated both, discomfort was 60 out of 100 before and 35 during, on average.',
      ),
    ).toBeInTheDocument();

    // How bad it was expected to be (80, 60) against how bad it was when it happened (20, 40).
    expect(
      screen.getByText(
        'In 2 runs, you expected it would be 70 out of 100 bad if it happened, on average. It came true, wholly or partly, in 2 of them, and was 30 out of 100 where you had expected 70 on average.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Practice makes the feeling smaller/)).not.toBeInTheDocument();

    // Each experiment, by the pack's title, the most run first.
    const cards = screen.getAllByRole('listitem').filter((item) => item.classList.contains('insights__experiment'));
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual([
      'Send it with a small typo',
      'Say "I don\'t know"',
    ]);
    expect(within(cards[0]!).getByText('2 runs')).toBeInTheDocument();
    expect(within(cards[0]!).getByText('Your prediction came true 0 of 1 time (partly once).')).toBeInTheDocument();
    expect(
      within(cards[0]!).getByText(
        'Across the 2 runs where you rated both, you believed it 75% before and 45% after, on average.',
      ),
    ).toBeInTheDocument();
    expect(
      within(cards[0]!).getByText(
        'In 1 run, you expected it would be 80 out of 100 bad if it happened. It came true, wholly or partly, and was 20 out of 100 where you had expected 80.',
      ),
    ).toBeInTheDocument();
    expect(within(cards[0]!).getByRole('link', { name: /Its runs, one by one/ })).toHaveAttribute(
      'href',
      '/experiments/send-it-with-a-typo',
    );

    // Answers to two questions, one twice. Words: 7 + 7 + 4 + 2 + 2 + 2 in entries, 6 + 4 in a run.
    expect(screen.getByText('You answered 2 different questions, with 3 answers in all.')).toBeInTheDocument();
    expect(
      screen.getByText("You've written 34 words: 24 in entries and answers, 10 in experiments."),
    ).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/streak|score|grade/i);
  });

  it('draws each chart as a labelled image, with the same numbers in a table', async () => {
    await seed();
    const user = userEvent.setup();
    renderApp('/journal/insights');
    await screen.findByText(/You wrote on 4 days/);

    const charts = screen.getAllByRole('img');
    expect(charts.map((chart) => chart.getAttribute('aria-labelledby')).every(Boolean)).toBe(true);
    expect(screen.getByRole('img', { name: 'Your mood, the last 12 months' })).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'How strongly you believed it, before and after each run' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'How uncomfortable it felt, before and during each run' }),
    ).toBeInTheDocument();

    // Mood by month (June is more than twelve weeks back): November is (4 + 2) / 2; the trashed 1 is left out.
    await user.click(screen.getByText(': Your mood, the last 12 months').closest('summary')!);
    const mood = screen.getByRole('table', { name: 'Your mood, the last 12 months' });
    expect(
      within(mood)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Month', 'Average mood']);
    expect(within(mood).getByRole('row', { name: 'November 2026 3' })).toBeInTheDocument();
    expect(within(mood).getByRole('row', { name: 'June 2026 5' })).toBeInTheDocument();
    expect(within(mood).getByRole('row', { name: 'October 2026 no mood given' })).toBeInTheDocument();
    expect(within(mood).getAllByRole('row')).toHaveLength(13);

    // Belief, oldest run first: "I don't know" in August, then the two typo runs.
    const beliefTitle = 'How strongly you believed it, before and after each run';
    await user.click(screen.getByText(`: ${beliefTitle}`).closest('summary')!);
    const belief = screen.getByRole('table', { name: beliefTitle });
    expect(
      within(belief)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['Run, oldest firstBeforeAfter', 'Run 160%60%', 'Run 280%40%', 'Run 370%50%']);
  });

  it('opens sealed records when the passphrase lock is on', async () => {
    await seed();
    await turnOnLock('kettle gravel orbit lantern', undefined, 1_000);
    const stored = await database().entries.toArray();
    expect(stored.every((entry) => entry.sealed !== undefined)).toBe(true);

    renderApp('/journal/insights');
    expect(await screen.findByText('You wrote on 4 days this month, and 7 days this year.')).toBeInTheDocument();
    expect(
      screen.getByText("You've written 34 words: 24 in entries and answers, 10 in experiments."),
    ).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Your mood, the last 12 months' })).toBeInTheDocument();
  });

  it('welcomes an empty journal warmly', async () => {
    renderApp('/journal/insights');
    expect(await screen.findByText("Nothing to notice yet, and that's perfectly fine.")).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Write something' })).toHaveAttribute('href', '/journal/new');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('is reached from the Journal screen', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/journal');
    await user.click(await screen.findByRole('link', { name: 'Insights' }));
    expect(await screen.findByRole('heading', { level: 1, name: "What you've noticed" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/journal/insights');
  });
});
