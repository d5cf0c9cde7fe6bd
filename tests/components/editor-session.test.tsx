import { act, render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { expect, it } from 'vitest';
import { useEditorSession } from '../../src/app/routes/use-editor-session';
import { paths } from '../../src/ui/paths';

/**
 * The editor's address follows its first save (`/journal/new` becomes `/journal/<id>`). A save
 * that finishes late, after the person has gone elsewhere, must not take them back.
 */
function openEditor() {
  const seen: { onNewRecord: (id: string) => Promise<void> }[] = [];
  function Editor({ routeId }: { routeId?: string }) {
    seen.push(useEditorSession(routeId ?? 'new', paths.entry));
    return null;
  }
  function EntryRoute() {
    return <Editor />;
  }
  const router = createMemoryRouter(
    [
      { path: '/journal', element: <p>The journal</p> },
      { path: '/journal/new', element: <EntryRoute /> },
      { path: '/journal/:entryId', element: <p>An entry</p> },
    ],
    { initialEntries: ['/journal/new'] },
  );
  render(<RouterProvider router={router} />);
  // The save handler of the visit as it was when the editor opened.
  const firstVisit = seen[0]!.onNewRecord;
  return { router, firstVisit };
}

it('a first save moves the address to the new entry while the person is still in the editor', async () => {
  const { router, firstVisit } = openEditor();
  await act(() => firstVisit('entry-1'));
  expect(router.state.location.pathname).toBe(paths.entry('entry-1'));
});

it('a first save that finishes after the person left for the journal leaves them there', async () => {
  const { router, firstVisit } = openEditor();
  await act(() => router.navigate('/journal'));
  await act(() => firstVisit('entry-1'));
  expect(router.state.location.pathname).toBe('/journal');
});

it('a first save that finishes after the person began another new entry leaves them in the new one', async () => {
  const { router, firstVisit } = openEditor();
  await act(() => router.navigate('/journal/new'));
  await act(() => firstVisit('entry-1'));
  expect(router.state.location.pathname).toBe('/journal/new');
});
