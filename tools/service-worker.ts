import type { Page } from 'playwright';

/**
 * Resolves once a service worker controls this origin and is fully activated: `ready` can
 * resolve while the worker is still activating, and going offline then would be too early.
 */
export async function waitForActivatedServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (!worker || worker.state === 'activated') return;
    await new Promise<void>((resolve) => {
      worker.addEventListener('statechange', () => {
        if (worker.state === 'activated') resolve();
      });
    });
  });
}
