// The shared styles come first: each feature's own styles, imported by its components, come
// after them and so win over them where both apply.
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/first-frame.css';
import './styles/components.css';
import './styles/forms.css';
import './styles/charts.css';
import './styles/print.css';
import { lazy, Suspense } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { isSyncOn } from '../db/sync-on';
import { HelpButton } from '../features/care/components/help-button';
import { startCapturingInstallPrompt } from '../features/install/install-prompt-store';
import { LockGate } from '../features/lock/components/lock-gate';
import { DatabaseNotice } from './database-notice';
import { rememberLockForFirstPaint } from './first-screen-hint';
import { routes } from './routes';

const router = createBrowserRouter(routes);

// Chromium may offer installing before React mounts anything: start listening now.
startCapturingInstallPrompt();
rememberLockForFirstPaint();

// Offered on the unlock screen only ("Forgot your passphrase?"), so it loads when needed.
const DeleteEverything = lazy(async () => ({
  default: (await import('../features/backup/components/delete-everything')).DeleteEverything,
}));

// Writing must start within a second of tapping "Write": fetch the editor's code once the
// first screen is up and the browser is idle, rather than on that tap.
const preloadEditor = () => void import('./routes/entry');
const whenIdle = (work: () => void) =>
  'requestIdleCallback' in window ? window.requestIdleCallback(work, { timeout: 3000 }) : setTimeout(work, 200);
// This code starts after the first paint (scripts/first-paint.js), which may be after `load`.
const afterLoad = (work: () => void) =>
  document.readyState === 'complete' ? work() : window.addEventListener('load', work, { once: true });
afterLoad(() => setTimeout(() => whenIdle(preloadEditor), 1500));

// Sync (if turned on) starts once the first screen is up: it never stands between opening and
// writing, and a journal that doesn't sync never fetches its code. Turning sync on starts it too.
let syncStarted = false;
let startFailures = 0;
const startSync = () =>
  void isSyncOn()
    .then(async (on) => {
      if (!on || syncStarted) return;
      // startSyncing is once per page however often it is called; the flag only saves asking.
      (await import('../features/sync/sync-runner')).startSyncing();
      syncStarted = true;
    })
    .catch(() => {
      // The journal could not be read yet, or sync's code not fetched: try again a little later.
      startFailures += 1;
      if (startFailures <= 3) setTimeout(startSync, 5_000 * startFailures);
    });
afterLoad(() => whenIdle(startSync));
// Sync turned on in another tab: this one joins in when the person comes back to it. Once
// started, the runner follows visibility itself, so this asks nothing more.
document.addEventListener('visibilitychange', () => {
  if (!syncStarted && document.visibilityState === 'visible') startSync();
});

export function App() {
  return (
    <>
      <DatabaseNotice />
      <LockGate
        care={<HelpButton />}
        forgotten={
          <Suspense fallback={null}>
            <DeleteEverything />
          </Suspense>
        }
      >
        <RouterProvider router={router} />
      </LockGate>
    </>
  );
}
