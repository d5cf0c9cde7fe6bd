import type { EngineSession } from '../../tools/engines/engine-session';
import { clickButtonNamed, startedEmpty, waitForText, waitUntil } from '../../tools/engines/page-checks';
import type { Scenario } from './scenarios';

/**
 * The privacy lock across tabs, in every engine: Lock pressed in one tab locks the others.
 *
 * The second tab is a real second top-level window of the same browser, opened by the page
 * itself (`window.open`, from a real click so no popup blocker objects) rather than by each
 * driver: the engines' drivers differ in how they reach another window (WebDriver switches
 * windows, Playwright and Puppeteer hold pages), while a same-origin window the first tab
 * opened can be read and used from it in all three. The app in it knows nothing of that: it
 * is a separate page with its own memory, as any other tab is.
 */

const PASSPHRASE = 'lantern orbit gravel kettle';
const OTHER = 'window.secondTab';

/** Settings' "Set a passphrase": the passphrase typed twice, and the journal locked with it. */
export async function setPassphrase(session: EngineSession, origin: string, passphrase: string) {
  await session.goto(`${origin}/settings`);
  await clickButtonNamed(session, 'Set a passphrase');
  await typeNewPassphrase(session, passphrase);
  await clickButtonNamed(session, 'Lock my journal with this passphrase');
  await waitForText(session, 'Your journal is now locked with your passphrase.');
}

/** The new passphrase, and the same again, in the form that asks for them. */
export async function typeNewPassphrase(session: EngineSession, passphrase: string) {
  await waitUntil(session, `document.querySelector('input[name="new-passphrase"]')`, 'the passphrase form');
  await session.type('input[name="new-passphrase"]', passphrase);
  await session.type('input[name="confirm-passphrase"]', passphrase);
}

/** Types into the second tab's passphrase field the way React hears it, and presses Unlock. */
async function unlockSecondTab(session: EngineSession) {
  await waitUntil(session, `${OTHER}?.document.querySelector('input[name="passphrase"]')`, 'the second tab asking');
  await session.run(
    `const tab = ${OTHER};
    const field = tab.document.querySelector('input[name="passphrase"]');
    Object.getOwnPropertyDescriptor(tab.HTMLInputElement.prototype, 'value').set.call(field, args[0]);
    field.dispatchEvent(new tab.Event('input', { bubbles: true }));`,
    [PASSPHRASE],
  );
  await clickButtonNamed(session, 'Unlock', `${OTHER}.document`);
}

const textOfSecondTab = `(${OTHER}?.document.body?.innerText ?? '')`;

export const LOCK_SCENARIOS: Scenario[] = [
  {
    name: 'lock every tab: Lock pressed in one tab, the other tab shows the unlock screen and keeps none of the words',
    // A browser of its own, started with empty storage (see startedEmpty).
    timeoutMs: 90_000,
    async run({ server, launch }) {
      await startedEmpty(launch, async (session) => {
        const origin = server.origin;
        const words = `Only for me: ${session.engine} quillwort.`;
        await setPassphrase(session, origin, PASSPHRASE);

        // A page loaded with a passphrase set starts locked.
        await session.goto(`${origin}/journal/new`);
        await waitForText(session, 'Your journal is locked.');
        await session.type('input[name="passphrase"]', PASSPHRASE);
        await clickButtonNamed(session, 'Unlock');
        await waitUntil(session, `document.activeElement?.tagName === 'TEXTAREA'`, 'the cursor in the text');
        await session.type('textarea', words);
        await waitForText(session, 'Saved on this device');

        // A second tab of the journal, opened by a click, unlocked on its own, showing the entry.
        await session.run(`
          const opener = document.createElement('button');
          opener.id = 'open-second-tab';
          opener.textContent = 'Open a second tab';
          opener.style.cssText = 'position: fixed; top: 0; left: 0; z-index: 99; width: 200px; height: 60px;';
          opener.addEventListener('click', () => (${OTHER} = window.open(location.origin + '/journal', 'second-tab')));
          document.body.append(opener);`);
        await session.click('#open-second-tab');
        await session.run(`document.getElementById('open-second-tab').remove();`);
        await waitUntil(session, `${textOfSecondTab}.includes('Your journal is locked.')`, 'the second tab, locked');
        await unlockSecondTab(session);
        await waitUntil(
          session,
          `${textOfSecondTab}.includes(${JSON.stringify(words)})`,
          'the entry in the second tab',
        );

        await session.click('button[aria-label="Lock the journal"]');
        await waitForText(session, 'Your journal is locked.');
        await waitUntil(session, `${textOfSecondTab}.includes('Your journal is locked.')`, 'the second tab locked too');
        const leftInSecondTab = await session.run<boolean>(
          `return ${OTHER}.document.documentElement.outerHTML.includes('quillwort');`,
        );
        if (leftInSecondTab) throw new Error(`${session.engine}: the second tab still holds the words after locking`);
        await session.run(`${OTHER}.close();`);
      });
    },
  },
];
