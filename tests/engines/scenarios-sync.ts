import { randomBytes } from 'node:crypto';
import { type CouchServer, startCouchServer } from '../../tools/couch-server';
import type { EngineName, EngineSession } from '../../tools/engines/engine-session';
import { waitForText, waitUntil } from '../../tools/engines/page-checks';
import type { Scenario } from './scenarios';

/**
 * Sync across engines: every engine of the run signs in to the same journal on one
 * CouchDB-protocol server (pouchdb-server, tools/couch-server.ts), writes an entry of
 * its own, syncs, and must then show the entries of every engine that synced before it in
 * this run, whatever order the suite runs them in (ENGINES= narrows it).
 *
 * Each engine does it as a new device: a session of its own, started with empty storage
 * (`launch`), so nothing another scenario left in the suite's main session (a lock, other
 * entries) counts, and sync is not left running there for the scenarios after this one.
 *
 * The server and its journal are made by the first sync scenario of the run and stopped by
 * `stopSyncServer` (engines.test.ts, after every engine). It listens on the base port of the
 * Playwright sync tests (COUCH_TEST_PORT, else 5990: tests/e2e/couch-fixture.ts), whose servers
 * are stopped before this suite starts in `npm test`; another checkout sets COUCH_TEST_PORT.
 */

const COUCH_PORT = Number(process.env.COUCH_TEST_PORT ?? 5990);
const SYNC_PASSPHRASE = 'harbour quince lantern moss';

interface SharedJournal {
  couch: CouchServer;
  url: string;
  user: string;
  password: string;
}

let shared: Promise<SharedJournal> | null = null;

/** What each engine wrote, once the server had it: what every later engine must show. */
const written: { engine: EngineName; words: string }[] = [];

function sharedJournal(): Promise<SharedJournal> {
  shared ??= (async () => {
    const couch = await startCouchServer({ port: COUCH_PORT });
    const id = randomBytes(6).toString('hex');
    const user = `engines-${id}`;
    const password = randomBytes(12).toString('base64url');
    try {
      const url = await couch.createJournal(`journal-engines-${id}`, user, password);
      return { couch, url, user, password };
    } catch (error) {
      // Nothing left holding the port for the next engine's try.
      await couch.stop();
      throw error;
    }
  })();
  // A start that failed is tried again by the next engine rather than failing it too.
  shared.catch(() => (shared = null));
  return shared;
}

export async function stopSyncServer(): Promise<void> {
  const journal = await shared?.catch(() => null);
  shared = null;
  await journal?.couch.stop();
}

/** The words an engine writes: unique to it, and searched for on the server. */
function wordsOf(engine: EngineName): string {
  return `Written in ${engine}, then synced.`;
}

async function clickButton(session: EngineSession, text: string) {
  const find = `[...document.querySelectorAll('button')].find((button) => button.textContent.trim() === ${JSON.stringify(text)})`;
  await waitUntil(session, `${find} && !${find}.disabled`, `the "${text}" button, enabled`);
  await session.run(`${find}.click();`);
}

const STATUS = `document.querySelector('[data-testid="sync-status"]')?.textContent.trim()`;

/** Waits until the status line says "Synced just now." (30 s, as the Playwright sync tests). */
async function waitForSynced(session: EngineSession, what: string) {
  try {
    await waitUntil(session, `${STATUS} === 'Synced just now.'`, what, 30_000);
  } catch (error) {
    // What a stuck sync is waiting on: the origin's Web Locks, and the requests that finished.
    const said = await session
      .run<unknown>(
        `const locks = navigator.locks ? await navigator.locks.query() : null;
        const requests = performance.getEntriesByType('resource')
          .filter((entry) => !entry.name.startsWith(location.origin))
          .map((entry) => entry.name.replace(/^https?:\\/\\/[^/]+/, '') + ' ' + Math.round(entry.startTime) + '+' + Math.round(entry.duration));
        return { status: ${STATUS} ?? null, now: Math.round(performance.now()), locks, requests: requests.slice(-12) };`,
      )
      .catch((why: unknown) => String(why));
    throw new Error(`${String(error)}; the page: ${JSON.stringify(said)}`);
  }
}

/**
 * Presses "Sync now" and waits until a sync that began after the press (or after the
 * observer below was set, which is later than every save before it) has finished: the status
 * line is watched for "Syncing…" first, since "Synced just now." may still be showing from the
 * sync before.
 */
async function syncNowAndWait(session: EngineSession) {
  await waitForSynced(session, 'the sync on opening Settings');
  await session.run(`
    window.__sawSyncing = false;
    const line = document.querySelector('[data-testid="sync-status"]');
    window.__syncWatch = new MutationObserver(() => {
      if (line.textContent.includes('Syncing')) window.__sawSyncing = true;
    });
    window.__syncWatch.observe(line, { childList: true, characterData: true, subtree: true });`);
  await clickButton(session, 'Sync now');
  try {
    await waitUntil(
      session,
      `window.__sawSyncing && ${STATUS} === 'Synced just now.'`,
      'the sync started by "Sync now" to finish',
      30_000,
    );
  } catch (error) {
    const seen = await session
      .run<[boolean, string | null]>(`return [window.__sawSyncing === true, ${STATUS} ?? null];`)
      .catch(() => null);
    throw new Error(`${String(error)}; "Syncing…" seen, and the status line now: ${JSON.stringify(seen)}`);
  }
  await session.run(`window.__syncWatch.disconnect();`);
}

async function turnOnSync(session: EngineSession, origin: string, journal: SharedJournal) {
  await session.goto(`${origin}/settings`);
  const form = `form[aria-label="Sync sign-in"]`;
  await waitUntil(session, `document.querySelector('${form} input[name="sync-url"]')`, 'the sync sign-in form');
  await session.type(`${form} input[name="sync-url"]`, journal.url);
  await session.type(`${form} input[name="sync-user"]`, journal.user);
  await session.type(`${form} input[name="sync-password"]`, journal.password);
  await session.type(`${form} input[name="sync-passphrase"]`, SYNC_PASSPHRASE);
  // What React holds is what was typed (no key lost on the way).
  const typed = await session.run<string[]>(
    `return ['sync-url', 'sync-user', 'sync-password', 'sync-passphrase'].map(
      (name) => document.querySelector('${form} input[name="' + name + '"]').value);`,
  );
  const expected = [journal.url, journal.user, journal.password, SYNC_PASSPHRASE];
  if (typed.some((value, index) => value !== expected[index])) {
    throw new Error(`${session.engine}: the sign-in form holds ${JSON.stringify(typed.slice(0, 2))} and secrets`);
  }
  await clickButton(session, 'Turn on sync');
  // The form gives way to the status line once the server and the passphrase said yes.
  try {
    await waitUntil(session, STATUS, 'the sync status line (sync on)', 60_000);
  } catch (error) {
    const alert = await session.run<string | null>(
      `return document.querySelector('[role="alert"]')?.textContent ?? null;`,
    );
    throw new Error(`${String(error)}${alert ? `; the form says: ${alert}` : ''}`);
  }
  await waitForSynced(session, 'the first sync');
}

async function writeEntry(session: EngineSession, origin: string, words: string) {
  await session.goto(`${origin}/journal/new`);
  await waitUntil(session, `document.activeElement?.tagName === 'TEXTAREA'`, 'the cursor in the text');
  await session.type('textarea', words);
  await waitForText(session, 'Saved on this device');
  await waitUntil(session, `/^\\/journal\\/[0-9a-f-]{36}$/.test(location.pathname)`, "the entry's own address");
}

export const SYNC_SCENARIOS: Scenario[] = [
  {
    name: "sync: signed in to the run's one server, an entry written here reaches it unreadable, and the entries of the engines before are here",
    // A browser of its own, a 600,000-round key derivation and two syncs: on two busy cores,
    // Firefox alone took up to 40 s of the suite's 60.
    timeoutMs: 120_000,
    async run({ server, launch }) {
      const journal = await sharedJournal();
      const device = await launch();
      const engine = device.engine;
      const words = wordsOf(engine);
      const before = [...written];
      try {
        await turnOnSync(device, server.origin, journal);
        const docsBefore = (await journal.couch.allDocs(journal.url)).length;
        await writeEntry(device, server.origin, words);
        await device.goto(`${server.origin}/settings`);
        await syncNowAndWait(device);

        const docs = await journal.couch.allDocs(journal.url);
        if (docs.length <= docsBefore) {
          throw new Error(`${engine}: the server holds ${docs.length} documents after the sync, as before it`);
        }
        written.push({ engine, words });

        // Nothing any engine wrote is readable on the server.
        const stored = JSON.stringify(docs).toLowerCase();
        const readable = written.filter(({ engine: other, words: its }) => {
          return stored.includes(its.toLowerCase()) || stored.includes(`written in ${other}`);
        });
        if (readable.length > 0) {
          throw new Error(
            `the server stores the words of ${readable.map((one) => one.engine).join(', ')} in the clear`,
          );
        }

        // This device shows its own entry and every entry the engines before it synced.
        await device.goto(`${server.origin}/journal`);
        await waitForText(device, words);
        for (const other of before) {
          try {
            await waitForText(device, other.words);
          } catch {
            throw new Error(`${engine}: the journal does not show the entry ${other.engine} synced ("${other.words}")`);
          }
        }
        // Each once: sync brought no entry twice.
        const shown = await device.run<number[]>(
          `const text = document.querySelector('main').innerText;
          return args.map((words) => text.split(words).length - 1);`,
          [...before, { engine, words }].map((one) => one.words),
        );
        if (shown.some((times) => times !== 1)) {
          throw new Error(`${engine}: the journal shows the engines' entries ${JSON.stringify(shown)} times`);
        }
      } finally {
        await device.close();
      }
    },
  },
];
