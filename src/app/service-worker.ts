import { registerSW } from 'virtual:pwa-register';
import { create } from 'zustand';

interface ServiceWorkerStatus {
  /** A new version has been downloaded and waits for the person to load it. */
  newVersionWaiting: boolean;
  /** This visit is the one that made the app work offline: worth saying once. */
  offlineReady: boolean;
}

/** What the service worker has to tell the person, kept outside React so a remount loses nothing. */
export const useServiceWorkerStatus = create<ServiceWorkerStatus>(() => ({
  newVersionWaiting: false,
  offlineReady: false,
}));

let activateNewVersion: (() => Promise<void>) | undefined;

/**
 * Registers the service worker, once per page however often the prompt mounts (a second
 * registration would hear nothing of the first one's progress).
 *
 * "Works offline" is read from the browser itself rather than from workbox-window's guess
 * about whose install it saw: if no worker controlled this page when it opened, the first
 * worker to become active has copied the whole app. That holds whichever order the browser
 * reports registration and install in.
 */
export function startServiceWorker(): void {
  if (activateNewVersion || !('serviceWorker' in navigator)) return;
  const workedOfflineAlready = navigator.serviceWorker.controller !== null;
  activateNewVersion = registerSW({
    immediate: true,
    onNeedRefresh: () => useServiceWorkerStatus.setState({ newVersionWaiting: true }),
  });
  if (!workedOfflineAlready) {
    void navigator.serviceWorker.ready.then(() => useServiceWorkerStatus.setState({ offlineReady: true }));
  }
}

/** "Later": the new version waits until the next time the app opens. */
export function putOffNewVersion(): void {
  useServiceWorkerStatus.setState({ newVersionWaiting: false });
}

/** The offline note has been read (or has stood long enough). */
export function dismissOfflineNote(): void {
  useServiceWorkerStatus.setState({ offlineReady: false });
}

/** Hands over to the waiting version; the page reloads once it has taken control. */
export async function switchToNewVersion(): Promise<void> {
  await activateNewVersion?.();
}
