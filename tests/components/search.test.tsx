import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createEntry } from '../../src/db/entries-repository';
import { createRun } from '../../src/db/runs-repository';
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
});
