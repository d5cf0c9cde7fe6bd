import { lazy, Suspense, useEffect, useState } from 'react';

const UpdatePrompt = lazy(() => import('./update-prompt').then((module) => ({ default: module.UpdatePrompt })));

/** How long after the page's load event the service worker's turn comes, at the least. */
const AFTER_LOAD_MS = 1_000;

/**
 * Registering the service worker (and the update prompt that comes with it) waits until the
 * page has loaded, a second has passed and the browser is idle: the first screen needs
 * neither, and a cheap phone on a slow connection gets Today sooner. (Workbox advises
 * registering after load for the same reason.) Offline use starts a moment later on the
 * very first visit; every later visit is served by the worker already installed.
 */
export function LaterUpdatePrompt() {
  const [due, setDue] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const whenIdle = (run: () => void) =>
      window.requestIdleCallback ? window.requestIdleCallback(run, { timeout: 5_000 }) : setTimeout(run, 0);
    const start = () => {
      timer = setTimeout(() => whenIdle(() => setDue(true)), AFTER_LOAD_MS);
    };
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
    return () => {
      clearTimeout(timer);
      window.removeEventListener('load', start);
    };
  }, []);
  return due ? (
    <Suspense fallback={null}>
      <UpdatePrompt />
    </Suspense>
  ) : null;
}
