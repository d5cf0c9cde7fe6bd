import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { listAllLiveEntries } from '../../src/db/entries-repository';
import { withFreshDatabase } from '../helpers/fresh-database';
import { renderApp } from '../helpers/render-app';

withFreshDatabase();

it('leaving the editor straight after typing still saves every word', async () => {
  const user = userEvent.setup();
  renderApp('/journal/new');
  const words = 'Typed and left at once, before the half second was up.';
  await user.type(await screen.findByRole('textbox', { name: 'Your words' }), words);
  await user.click(screen.getByRole('link', { name: 'Done' }));
  await waitFor(async () => expect((await listAllLiveEntries())[0]?.text).toBe(words));
  expect(await screen.findByText(words)).toBeInTheDocument();
});
