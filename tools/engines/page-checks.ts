import type { EngineSession } from './engine-session';

/** Polls the page until `expression` (JavaScript, evaluated in the page) is truthy. */
export async function waitUntil(
  session: EngineSession,
  expression: string,
  what: string,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  while (Date.now() < deadline) {
    try {
      if (await session.run<boolean>(`return Boolean(${expression});`)) return;
    } catch (error) {
      // A page in the middle of navigating cannot answer yet.
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${session.engine}: timed out waiting for ${what}${lastError ? ` (${String(lastError)})` : ''}`);
}

export function waitForHeading(session: EngineSession, text: string): Promise<void> {
  return waitUntil(
    session,
    `document.querySelector('main h1')?.textContent.includes(${JSON.stringify(text)})`,
    `the heading "${text}"`,
  );
}

export function waitForText(session: EngineSession, text: string): Promise<void> {
  return waitUntil(session, `document.body.innerText.includes(${JSON.stringify(text)})`, `the text "${text}"`);
}

/** `navigator.serviceWorker.ready` can resolve while the worker is still activating. */
export async function waitForActivatedWorker(session: EngineSession): Promise<void> {
  const state = await session.run<string>(`
    if (!('serviceWorker' in navigator)) return 'unsupported';
    const registration = await Promise.race([
      navigator.serviceWorker.ready,
      new Promise((resolve) => setTimeout(() => resolve(null), 15000)),
    ]);
    const worker = registration && registration.active;
    if (!worker) return 'none';
    if (worker.state !== 'activated') {
      await new Promise((resolve) => {
        worker.addEventListener('statechange', () => worker.state === 'activated' && resolve(null));
        setTimeout(resolve, 15000);
      });
    }
    return worker.state;
  `);
  if (state !== 'activated') throw new Error(`${session.engine}: service worker is "${state}", not activated`);
}

/** Every scenario starts from its own journal: the database is removed and the app reloaded. */
export async function startWithEmptyJournal(session: EngineSession, origin: string) {
  await session.goto(`${origin}/settings`);
  // The app's open connection closes itself when asked to (Dexie does on versionchange).
  await session.run(`
    await new Promise((resolve, reject) => {
      const request = indexedDB.deleteDatabase('good-enough');
      request.onsuccess = () => resolve(null);
      request.onerror = () => reject(request.error);
    });`);
  await session.goto(`${origin}/settings`);
  await waitForText(session, 'Set a passphrase');
}
