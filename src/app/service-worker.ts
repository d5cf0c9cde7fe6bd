import { registerSW } from 'virtual:pwa-register';
import { create } from 'zustand';
import { anyUnsavedWords, onSaveSettled, saveEverythingBeforeLeaving } from '../db/unsaved-words';

interface ServiceWorkerStatus {
  /** A new version has been downloaded and waits for the person to load it. */
  newVersionWaiting: boolean;
  /** The new version has taken over (from this tab or another): this tab reloads once its words are saved. */
  reloadHeld: boolean;
  /** This visit is the one that made the app work offline: worth saying once. */
  offlineReady: boolean;
}

/** What the service worker has to tell the person, kept outside React so a remount loses nothing. */
export const useServiceWorkerStatus = create<ServiceWorkerStatus>(() => ({
  newVersionWaiting: false,
  reloadHeld: false,
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
 * reports registration and install in. A waiting new version is read from the registration
 * too, for the same reason: a version found while this page was still registering is one
 * workbox-window never hears of.
 */
export function startServiceWorker(): void {
  if (activateNewVersion || !('serviceWorker' in navigator)) return;
  const workedOfflineAlready = navigator.serviceWorker.controller !== null;
  activateNewVersion = registerSW({
    immediate: true,
    onNeedRefresh: offerNewVersion,
    onRegisteredSW: (_url, registration) => registration && watchForNewVersion(registration),
    // The plugin would reload this page the moment the new version takes over, unsaved words
    // and all; `followNewVersion` does it once they are saved instead.
    onNeedReload: () => {},
  });
  followNewVersion(workedOfflineAlready);
  if (!workedOfflineAlready) {
    void navigator.serviceWorker.ready.then(() => useServiceWorkerStatus.setState({ offlineReady: true }));
  }
}

function offerNewVersion(): void {
  if (!useServiceWorkerStatus.getState().reloadHeld) useServiceWorkerStatus.setState({ newVersionWaiting: true });
}

/** Offers a new version once it is installed and waiting (never on the first install). */
function watchForNewVersion(registration: ServiceWorkerRegistration): void {
  const offerWhenWaiting = (worker: ServiceWorker | null) => {
    if (!worker) return;
    const check = () => {
      if (registration.waiting === worker && navigator.serviceWorker.controller) offerNewVersion();
    };
    check();
    worker.addEventListener('statechange', check);
  };
  offerWhenWaiting(registration.waiting);
  offerWhenWaiting(registration.installing);
  registration.addEventListener('updatefound', () => offerWhenWaiting(registration.installing));
}

/**
 * Whichever tab accepted it, a new version takes over every tab at once, and each must reload
 * to run it. Every tab saves what is typed in it first, and while anything can't be saved (a
 * full disk, say) it stays as it is, says so, and reloads as soon as a save gets through.
 */
function followNewVersion(controlledAtStart: boolean): void {
  let controlled = controlledAtStart;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // A first worker taking charge of a page that had none changes nothing on screen.
    if (!controlled) {
      controlled = true;
      return;
    }
    void reloadOnceSaved();
  });
}

let waitingForSaves: (() => void) | null = null;

async function reloadOnceSaved(): Promise<void> {
  if (await saveEverythingBeforeLeaving()) {
    waitingForSaves?.();
    waitingForSaves = null;
    window.location.reload();
    return;
  }
  useServiceWorkerStatus.setState({ newVersionWaiting: false, reloadHeld: true });
  waitingForSaves ??= onSaveSettled(() => {
    if (!anyUnsavedWords()) void reloadOnceSaved();
  });
}

/** "Later": the new version waits until the next time the app opens. */
export function putOffNewVersion(): void {
  useServiceWorkerStatus.setState({ newVersionWaiting: false });
}

/** The offline note has been read (or has stood long enough). */
export function dismissOfflineNote(): void {
  useServiceWorkerStatus.setState({ offlineReady: false });
}

/**
 * Hands over to the waiting version; every tab reloads once it has taken control (and its
 * words are saved). A mark on the page's timeline (never any words) says it got this far.
 */
export async function switchToNewVersion(): Promise<void> {
  performance.mark('update: asked the new version to take over');
  await activateNewVersion?.();
}
