import type { EngineSession, LaunchOptions } from './engine-session';

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

/**
 * Runs `work` in a browser of its own, started with empty storage, and closes it after: for a
 * scenario that needs an empty journal, whatever the scenarios before it left in the suite's
 * main session. (Deleting the main session's journal instead once waited for ever in WebKit:
 * an insights worker had left its connection open. See scenarios-connections.ts.)
 */
export async function startedEmpty(
  launch: (options?: LaunchOptions) => Promise<EngineSession>,
  work: (session: EngineSession) => Promise<void>,
): Promise<void> {
  const session = await launch();
  try {
    await work(session);
  } finally {
    await session.close();
  }
}

/** Presses the button whose text is `text`, once there is one (in `where`, another window's document say). */
export async function clickButtonNamed(session: EngineSession, text: string, where = 'document') {
  await waitUntil(
    session,
    `[...${where}.querySelectorAll('button')].some((button) => button.textContent.trim() === ${JSON.stringify(text)})`,
    `the "${text}" button`,
  );
  await session.run(
    `[...${where}.querySelectorAll('button')].find((button) => button.textContent.trim() === args[0]).click();`,
    [text],
  );
}
