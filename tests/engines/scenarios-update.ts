import type { EngineSession } from '../../tools/engines/engine-session';
import { startedEmpty, waitForActivatedWorker, waitForText, waitUntil } from '../../tools/engines/page-checks';
import { PreviewServer } from '../../tools/preview-server';
import type { Scenario } from './scenarios';

const READY = 'A new version of Good Enough is ready';

/** Serves `outDir` on the scenario server's port (one origin, so the app sees a new version). */
async function serve(from: PreviewServer, outDir: string): Promise<PreviewServer> {
  await from.stop();
  const to = new PreviewServer(from.port, outDir);
  await to.start();
  return to;
}

/**
 * Asks the browser for a new version, and waits until this window offers it. Asked again every
 * few seconds: a check the browser began by itself while the server was being switched (a
 * reload's own check, say) fails, and WebKit may fold an explicit update() into that check.
 */
async function findNewVersion(session: EngineSession) {
  for (let attempt = 1; ; attempt += 1) {
    await session.run(`try { await (await navigator.serviceWorker.getRegistration())?.update(); } catch {}`);
    try {
      await waitUntil(session, `document.body.innerText.includes(${JSON.stringify(READY)})`, 'the new version', 5_000);
      return;
    } catch (error) {
      if (attempt === 6) throw error;
    }
  }
}

/**
 * An update accepted in one window reloads every window of the app. The other window saves
 * what was typed in it first (the first words of a new entry, under half a second old), then
 * reloads with them on screen, at the entry's own address.
 */
export const UPDATE_SCENARIOS: Scenario[] = [
  {
    name: 'an update accepted in one window: the other window saves its words first and has them on screen after',
    // A browser of its own, started with empty storage (see startedEmpty).
    timeoutMs: 90_000,
    async run({ server, launch }) {
      await startedEmpty(launch, async (session) => {
        const words = 'Hi there';
        await session.goto(`${server.origin}/settings`);
        await waitForActivatedWorker(session);
        await session.goto(`${server.origin}/journal`);
        await waitForText(session, 'Everything, newest first');
        const first = await session.currentWindow();
        const other = await session.openWindow(`${server.origin}/journal/new`);
        let next: PreviewServer | null = null;
        try {
          await waitUntil(
            session,
            `navigator.serviceWorker.controller && document.querySelector('textarea')`,
            'the editor',
          );
          next = await serve(server, 'dist-next');
          await findNewVersion(session);
          await session.run(`window.__beforeUpdate = true;`);
          // The person taps "Load new version" in the first window the moment the words below
          // are typed here, before autosave's half second: the tap is made ready there, and set
          // off from here (switching windows through the driver would take longer than that).
          await session.useWindow(first);
          await findNewVersion(session);
          await session.run(`
            window.__tap = new BroadcastChannel('tap-load-new-version');
            window.__tap.onmessage = () =>
              [...document.querySelectorAll('button')].find((button) => button.textContent.trim() === 'Load new version').click();`);
          await session.useWindow(other);
          await session.type('textarea', words);
          await session.run(`new BroadcastChannel('tap-load-new-version').postMessage('tap');`);

          await waitUntil(
            session,
            `!window.__beforeUpdate && document.readyState === 'complete'`,
            'the reload',
            30_000,
          );
          await waitUntil(
            session,
            `document.querySelector('textarea')?.value === ${JSON.stringify(words)}`,
            'the words on screen',
          );
          await waitUntil(session, `/^\\/journal\\/[0-9a-f-]{36}$/.test(location.pathname)`, "the entry's own address");
          const saved = await session.run<string[]>(`
            const open = indexedDB.open('good-enough');
            const db = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
            const entries = await new Promise((resolve) => {
              const request = db.transaction('entries').objectStore('entries').getAll();
              request.onsuccess = () => resolve(request.result);
            });
            db.close();
            return entries.map((entry) => entry.text);`);
          if (!saved.includes(words)) throw new Error(`${session.engine}: the other window's words were not saved`);
        } finally {
          await session.closeWindow(other);
          await session.useWindow(first);
          // The current build served again on the scenario's port, for whatever runs next.
          if (next) {
            await next.stop();
            await server.start();
          }
        }
      });
    },
  },
];
