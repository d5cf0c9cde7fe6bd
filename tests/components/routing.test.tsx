import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { markWelcomeSeen } from '../../src/db/settings-repository';
import { withFreshDatabase } from '../helpers/fresh-database';
import { readPackFromDisk } from '../helpers/packs-from-disk';
import { renderApp } from '../helpers/render-app';

withFreshDatabase();

describe('routing', () => {
  it('opens on Today with a suggestion from the pack', async () => {
    await markWelcomeSeen(); // the first-run welcome has its own tests (welcome.test.tsx)
    renderApp('/');
    expect(await screen.findByText('Start where you are')).toBeInTheDocument();
    // Nothing tried yet: the gentlest experiment of the pack.
    expect(
      await screen.findByRole('link', {
        name: /The gentlest experiment you haven’t tried\s*Leave a chore good enough/,
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Today' })).toHaveAttribute('aria-current', 'page');
  });

  it('moves between every tab of the bottom navigation, focusing each heading', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    for (const [tab, heading] of [
      ['Journal', 'Journal'],
      ['Experiments', 'Experiments'],
      ['Questions', 'Questions'],
      ['Settings', 'Settings'],
    ] as const) {
      await user.click(within(nav).getByRole('link', { name: tab }));
      const h1 = await screen.findByRole('heading', { level: 1, name: heading });
      await waitFor(() => expect(h1).toHaveFocus());
      expect(within(nav).getByRole('link', { name: tab })).toHaveAttribute('aria-current', 'page');
    }
  });

  it('lists the 7 experiments of the first pack and the second pack’s, and opens one with its belief, act and variations', async () => {
    const user = userEvent.setup();
    renderApp('/experiments');
    await screen.findByRole('link', { name: /Send it with a small typo/ });
    const linksIn = (name: string) =>
      within(screen.getByRole('region', { name }))
        .getAllByRole('link')
        .filter((link) => link.getAttribute('href')?.startsWith('/experiments/'));
    expect(linksIn('Room to Breathe')).toHaveLength(5);
    const experimentLinks = linksIn('Loosening the Grip');
    expect(experimentLinks).toHaveLength(7);
    // Gentlest first, the bravest last.
    expect(experimentLinks[0]).toHaveTextContent(/^GentlestLeave a chore good enough/);
    expect(experimentLinks[6]).toHaveTextContent(/^A stretchSay how you really are/);
    await user.click(screen.getByRole('link', { name: /Send it with a small typo/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Send it with a small typo' })).toBeInTheDocument();
    expect(screen.getByText('If I send something with a mistake, people will think less of me.')).toBeInTheDocument();
    expect(screen.getByText('Gentler')).toBeInTheDocument();
    expect(screen.getByText('A step further')).toBeInTheDocument();
    expect(screen.getByText(/Keep it safe/)).toBeInTheDocument();
    expect(await screen.findByText("You haven't tried this one yet. There's no hurry.")).toBeInTheDocument();
  });

  it('lists all 10 questions of each pack and opens one with its hint', async () => {
    const user = userEvent.setup();
    renderApp('/questions');
    const [list, second] = await screen.findAllByRole('list');
    if (!list || !second) throw new Error('expected a list for each pack');
    expect(within(second).getAllByRole('listitem')).toHaveLength(10);
    expect(within(list).getAllByRole('listitem')).toHaveLength(10);
    await user.click(within(list).getAllByRole('link')[0] as HTMLElement);
    expect(await screen.findByRole('heading', { level: 2, name: 'Your answers' })).toBeInTheDocument();
    expect(await screen.findByText('Nothing written here yet. Any answer, or none, is fine.')).toBeInTheDocument();
  });

  it('shows a kind not-found page for an unknown address', async () => {
    renderApp('/nowhere');
    expect(await screen.findByRole('heading', { level: 1, name: "This page isn't here" })).toBeInTheDocument();
  });

  it('shows the same kind not-found page for an experiment no pack has and nobody ran', async () => {
    renderApp('/experiments/no-such-experiment');
    expect(await screen.findByRole('heading', { level: 1, name: "This page isn't here" })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Go to Today' })).toBeInTheDocument();
  });

  it('opens the help path from any screen and closes it again', async () => {
    const user = userEvent.setup();
    renderApp('/settings');
    await user.click(await screen.findByRole('button', { name: 'Get help' }));
    const dialog = await screen.findByRole('dialog', { name: 'Get help' });
    expect(within(dialog).getByText(/not therapy, and it is not crisis care/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('says kindly when a pack cannot be read, instead of showing a blank page', async () => {
    // The shipped pack as another version of the app would have it (a broken pack stops the
    // build, so only a file from elsewhere reaches the app).
    renderApp('/experiments', async (path) => {
      const served = await readPackFromDisk(path);
      if (!path.endsWith('ditching-perfect.json')) return served;
      return { ...(served as object), formatVersion: 2 };
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Some guided content could not be opened');
    expect(screen.getByText(/ditching-perfect\.json/)).toBeInTheDocument();
    expect(screen.getByText(/not a content pack this version of the app can read/)).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });
});
