import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { isDataError } from '../domain/data-error';
import { HelpButton } from '../features/care/components/help-button';
import { Page } from '../ui/page';
import { paths } from '../ui/paths';

/**
 * Shown in place of a screen that failed. It never prints the error itself (it could hold
 * journal text); it says what the person can do, in plain words, by error code.
 */
export function RouteError({ standalone = false }: { standalone?: boolean }) {
  const error = useRouteError();
  // Inside the layout, the top bar's "Get help" is on screen; in place of the whole app it is not.
  const help = standalone ? (
    <p>
      <HelpButton variant="inline" />
    </p>
  ) : null;
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <Page title="This page isn't here">
        <p>
          <Link to={paths.today()}>Go to Today</Link>
        </p>
        {help}
      </Page>
    );
  }
  return (
    <Page title="Something went wrong here">
      <p>{explain(error)}</p>
      <p>Nothing you have already saved has been lost. Reloading the app often helps.</p>
      <p className="actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload the app
        </button>
        <Link className="button button--quiet" to={paths.today()}>
          Go to Today
        </Link>
      </p>
      {help}
    </Page>
  );
}

function explain(error: unknown): string {
  if (isDataError(error, 'storage-unavailable')) {
    return 'This browser is not letting Good Enough use its storage right now. Private browsing modes and some settings block it. Your journal needs it to keep your words on this device.';
  }
  if (isDataError(error, 'storage-full')) {
    return 'This device is out of space for the journal. Freeing some space on the device will let saving continue.';
  }
  return 'This screen could not be shown.';
}
