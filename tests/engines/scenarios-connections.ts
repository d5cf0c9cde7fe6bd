import { startedEmpty, waitForHeading, waitForText, waitUntil } from '../../tools/engines/page-checks';
import type { Scenario } from './scenarios';

/**
 * Nothing the app opens keeps the journal open after it: a newer version's upgrade, or
 * "Delete everything", waits until every connection has closed. In WebKitGTK an insights
 * worker, ended just after it closed its connection, often left that connection open for good
 * (insights-api.ts), and deleting the journal then waited for ever. One visit showed it in
 * about half the runs; three show it all but always (3 runs of 3 on the code before).
 */
export const CONNECTION_SCENARIOS: Scenario[] = [
  {
    name: 'after three visits to insights, nothing holds the journal open: deleting it goes through at once',
    timeoutMs: 90_000,
    async run({ server, launch }) {
      await startedEmpty(launch, async (session) => {
        await session.goto(`${server.origin}/journal/new`);
        await waitUntil(session, `document.activeElement?.tagName === 'TEXTAREA'`, 'the cursor in the text');
        await session.type('textarea', 'Counted, then let go.');
        await waitForText(session, 'Saved on this device');
        for (let visit = 0; visit < 3; visit += 1) {
          await session.goto(`${server.origin}/journal/insights`);
          await waitForHeading(session, "What you've noticed");
          await waitForText(session, "You've written");
          await session.goto(`${server.origin}/journal`);
          await waitForText(session, 'Counted, then let go.');
        }
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
      });
    },
  },
];
