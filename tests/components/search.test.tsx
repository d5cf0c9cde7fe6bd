import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createEntry } from '../../src/db/entries-repository';
import { database } from '../../src/db/database';
import { createRun } from '../../src/db/run-writes';
import { withFreshDatabase } from '../helpers/fresh-database';
import { renderApp } from '../helpers/render-app';

withFreshDatabase();

async function seed() {
  await createEntry({ title: 'Garden', text: 'Left the weeds where they were (for once).', tags: ['home'], mood: 4 });
  await createEntry({ text: 'The email went out with a typo. Nobody noticed.', tags: ['work'], mood: 3 });
  await createRun({
    packId: 'ditching-perfect',
    experimentId: 'send-it-with-a-typo',
    experimentTitle: 'Send it with a small typo',
    outcome: 'My manager replied about the plan, not the typo.',
  });
}

describe('search', () => {
  it('finds entries and runs as you type, marks the matches, and filters', async () => {
    await seed();
    const user = userEvent.setup();
    renderApp('/journal/search');
    const field = await screen.findByRole('searchbox', { name: 'Search your journal' });
    await screen.findByText('Getting search ready...').catch(() => undefined);

    await user.type(field, 'typ');
    expect(await screen.findByText('2 results')).toBeInTheDocument();
    const results = screen.getAllByRole('link').filter((link) => link.getAttribute('href')?.match(/journal\/|runs\//));
    expect(results).toHaveLength(2);
    expect(screen.getAllByText('typo', { selector: 'mark' }).length).toBeGreaterThanOrEqual(2);

    await user.selectOptions(screen.getByLabelText('Kind'), 'run');
    expect(await screen.findByText('1 result')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Experiment run/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/experiments\/send-it-with-a-typo\/runs\//),
    );
  });

  it('treats punctuation literally and never breaks on regex characters', async () => {
    await seed();
    const user = userEvent.setup();
    renderApp('/journal/search');
    const field = await screen.findByRole('searchbox', { name: 'Search your journal' });
    await user.type(field, '(');
    expect(await screen.findByText('1 result')).toBeInTheDocument();
    const card = screen.getByRole('link', { name: /Garden/ });
    expect(within(card).getByText('(', { selector: 'mark' })).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, '*');
    expect(await screen.findByText(/Nothing found/)).toBeInTheDocument();
  });

  it("dates a result by the day it was written where it was written, not by this device's calendar", async () => {
    // 11:00 UTC on 10 March is already 11 March on Kiritimati (UTC+14), and still 10 March from
    // UTC-11 to UTC+12, where this test runs.
    const at = Date.UTC(2026, 2, 10, 11, 0);
    const written = { ...(await createEntry({ text: 'Written on the island, the night before the flight.' })) };
    await database().entries.put({
      ...written,
      createdAt: at,
      updatedAt: at,
      day: '2026-03-11',
      timeZone: 'Pacific/Kiritimati',
    });
    const user = userEvent.setup();
    renderApp('/journal/search');
    await user.type(await screen.findByRole('searchbox', { name: 'Search your journal' }), 'island');
    const card = await screen.findByRole('link', { name: /Written on the island/ });
    expect(within(card).getByText('Entry · 11 March 2026')).toBeInTheDocument();
  });
});
