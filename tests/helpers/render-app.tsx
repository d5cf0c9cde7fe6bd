import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../../src/app/routes';
import { resetPacksForTests } from '../../src/features/packs/hooks/use-packs';
import { type LoadedPacks, loadPacks } from '../../src/features/packs/load-packs';
import { readPackFromDisk } from './packs-from-disk';

/** Renders the whole app at `path`, with packs read from prompts/ (or from `load`). */
export function renderApp(path = '/', load: () => Promise<LoadedPacks> = () => loadPacks(readPackFromDisk)) {
  resetPacksForTests(load);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return { router, ...render(<RouterProvider router={router} />) };
}
