import type { EngineSession } from '../../tools/engines/engine-session';
import {
  clickButtonNamed,
  startedEmpty,
  waitForHeading,
  waitForText,
  waitUntil,
} from '../../tools/engines/page-checks';
import type { Scenario } from './scenarios';
import { setPassphrase, typeNewPassphrase } from './scenarios-lock';

/**
 * Nothing the app opens keeps the journal open after it: a newer version's upgrade, or
 * "Delete everything", waits until every connection has closed. In WebKitGTK an insights
 * worker, ended just after it closed its connection, often left that connection open for good
 * (insights-api.ts), and deleting the journal then waited for ever. One visit showed it in
 * about half the runs; three show it all but always (3 runs of 3 on the code before). The lock's
 * re-encryption runs in a worker too (reseal-off-page.ts), and lets go the same way.
 */
export const CONNECTION_SCENARIOS: Scenario[] = [
  {
    name: 'after three visits to insights, nothing holds the journal open: deleting it goes through at once',
    timeoutMs: 90_000,
    async run({ server, launch }) {
      await startedEmpty(launch, async (session) => {
        await writeAnEntry(session, server.origin, 'Counted, then let go.');
        for (let visit = 0; visit < 3; visit += 1) {
          await session.goto(`${server.origin}/journal/insights`);
          await waitForHeading(session, "What you've noticed");
          await waitForText(session, "You've written");
          await session.goto(`${server.origin}/journal`);
          await waitForText(session, 'Counted, then let go.');
        }
        await deletesAtOnce(session);
      });
    },
  },
  {
    name: 'after the passphrase is set and changed three times, nothing holds the journal open: deleting it goes through at once',
    timeoutMs: 90_000,
    async run({ server, launch }) {
      await startedEmpty(launch, async (session) => {
        await writeAnEntry(session, server.origin, 'Sealed twice, then let go.');
        await setPassphrase(session, server.origin, FIRST);
        // Each change re-seals the journal in a worker of its own (one visit is not always enough to show it).
        for (const [current, next] of [
          [FIRST, SECOND],
          [SECOND, FIRST],
          [FIRST, SECOND],
        ] as const) {
          await clickButtonNamed(session, 'Change passphrase');
          await waitUntil(session, `document.querySelector('input[name="current-passphrase"]')`, 'the change form');
          await session.type('input[name="current-passphrase"]', current);
          await typeNewPassphrase(session, next);
          await session.run(
            `document.querySelector('form[aria-label="Change passphrase"] button[type="submit"]').click();`,
          );
          await waitForText(session, 'Your passphrase is changed.');
          await waitUntil(
            session,
            `!document.querySelector('form[aria-label="Change passphrase"]')`,
            'the form closed',
          );
        }
        await deletesAtOnce(session);
      });
    },
  },
];

const FIRST = 'lantern orbit gravel kettle';
const SECOND = 'harbour tinsel meadow crane';

/** A new entry, written and saved. */
async function writeAnEntry(session: EngineSession, origin: string, words: string) {
  await session.goto(`${origin}/journal/new`);
  await waitUntil(session, `document.activeElement?.tagName === 'TEXTAREA'`, 'the cursor in the text');
  await session.type('textarea', words);
  await waitForText(session, 'Saved on this device');
}

/** Deleting the journal goes through within ten seconds, as it does when nothing holds it open. */
async function deletesAtOnce(session: EngineSession) {
  const outcome = await session.run<string>(`
    return await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase('good-enough');
      request.onsuccess = () => resolve('deleted');
      request.onerror = () => resolve('failed: ' + request.error?.name);
      // Blocked is normal for a moment (this page's own connection closes on being asked);
      // still waiting after ten seconds, something never will.
      setTimeout(() => resolve('still waiting after 10 s'), 10_000);
    });`);
  if (outcome !== 'deleted') throw new Error(`${session.engine}: deleting the journal: ${outcome}`);
}
