import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { RouteError } from '../../src/app/route-error';
import { database } from '../../src/db/database';
import { withFreshDatabase } from '../helpers/fresh-database';
import { renderApp } from '../helpers/render-app';

withFreshDatabase();

describe('a screen that fails', () => {
  it('explains kindly when storage cannot be used, and the other screens still work', async () => {
    database().close();
    const user = userEvent.setup();
    renderApp('/journal');
    expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong here' })).toBeInTheDocument();
    expect(screen.getByText(/not letting Good Enough use its storage/)).toBeInTheDocument();
    expect(screen.getByText(/Nothing you have already saved has been lost/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Get help' })).toBeInTheDocument();

    // The questions list needs no storage: it still opens.
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Questions' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Questions' })).toBeInTheDocument();
  });
});

describe('the whole app failing', () => {
  it('still offers the way to help, in place of the top bar it replaced', async () => {
    const user = userEvent.setup();
    const Broken = () => {
      throw new Error('a layout that fails');
    };
    const router = createMemoryRouter([{ path: '/', element: <Broken />, errorElement: <RouteError standalone /> }]);
    render(<RouterProvider router={router} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong here' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Get help' }));
    const dialog = await screen.findByRole('dialog', { name: 'Get help' });
    expect(within(dialog).getByText(/If you are in danger now, call/)).toBeInTheDocument();
  });
});
