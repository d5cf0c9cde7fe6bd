import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../../src/app/routes';
import { readPackFromDisk, servePacks } from './packs-from-disk';

/** Renders the whole app at `path`, with packs served from prompts/ (or by `read`). */
export function renderApp(path = '/', read: (path: string) => Promise<unknown> = readPackFromDisk) {
  servePacks(read);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return { router, ...render(<RouterProvider router={router} />) };
}
