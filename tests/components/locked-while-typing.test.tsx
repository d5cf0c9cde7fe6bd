import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, expect, it } from 'vitest';
import { routes } from '../../src/app/routes';
import { listAllLiveEntries } from '../../src/db/entries-repository';
import { lockMode, setOff } from '../../src/db/keyring';
import { turnOnLock } from '../../src/db/lock-repository';
import { LockGate } from '../../src/features/lock/components/lock-gate';
import { withFreshDatabase } from '../helpers/fresh-database';
import { servePacks } from '../helpers/packs-from-disk';

withFreshDatabase();
beforeEach(() => setOff());

const PASSPHRASE = 'kettle gravel orbit lantern';

function renderGatedApp(path: string) {
  servePacks();
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return render(
    <LockGate>
      <RouterProvider router={router} />
    </LockGate>,
  );
}

it('a save refused because the lock was turned on elsewhere asks for the passphrase over the kept words, then saves them', async () => {
  const user = userEvent.setup();
  renderGatedApp('/journal/new');
  const words = await screen.findByRole('textbox', { name: 'Your words' });
  await user.type(words, 'Written before the lock.');
  await screen.findByText('Saved on this device');

  // Another tab turns the lock on; this tab never hears of it (its message was missed).
  await turnOnLock(PASSPHRASE, undefined, 1_000);
  setOff();
  // Pasted, so every word is in before the refused save asks for the passphrase (typed a key
  // at a time on a busy machine, the last keys could land after it, in the passphrase field).
  await user.paste(' Written after it.');

  // The save is refused, so the journal asks for the passphrase, keeping the editor underneath.
  const field = await screen.findByLabelText('Passphrase', {}, { timeout: 10_000 });
  expect(lockMode()).toBe('locked');
  expect(screen.getByText(/What you were just writing isn.t saved yet/)).toBeInTheDocument();
  expect(words).not.toBeVisible();
  expect(words).toHaveValue('Written before the lock. Written after it.');

  await user.type(field, PASSPHRASE);
  await user.click(screen.getByRole('button', { name: 'Unlock' }));
  await waitFor(() => expect(words).toBeVisible());
  await screen.findByText('Saved on this device');
  expect((await listAllLiveEntries()).map((entry) => entry.text)).toEqual([
    'Written before the lock. Written after it.',
  ]);
});
