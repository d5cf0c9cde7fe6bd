import { join } from 'node:path';
import type { EngineSession, LaunchOptions } from '../../tools/engines/engine-session';
import { waitForText, waitUntil } from '../../tools/engines/page-checks';
import type { Scenario } from './scenarios';

/**
 * The iPhone trap (see tests/e2e/iphone-move.spec.ts), in every engine: Safari holding a
 * journal offers to move it into the Home Screen app, and that app, opened empty, offers to
 * bring it in. Each runs in a session of its own, started as an iPhone and with empty storage.
 *
 * The user agent is set the engine's own way, from the browser's start: Playwright's context
 * option in Chromium, the `general.useragent.override` pref in Firefox, and MiniBrowser's
 * `--user-agent` (a WebKitSettings property) in WebKit. The display mode can't be: Chromium's
 * DevTools protocol takes `display-mode` in Emulation.setEmulatedMedia and ignores it (the
 * query still answers false), Firefox's BiDi refuses it ("Unsupported media feature"), and
 * WebKitGTK has no media emulation at all, nor (WebDriver classic) any way to run a script
 * before the page's own. So the app's page is told, once loaded, that it is standalone
 * (`navigator.standalone`, `matchMedia('(display-mode: standalone)')`), as
 * tests/e2e/install.spec.ts tells Chromium, and an in-app link is followed (a reload would
 * forget it): the app asks where it runs each time it draws.
 */

const BACKUP_FIXTURE = join(process.cwd(), 'tests/fixtures/engines-backup.json');
const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1';
// The Home Screen app's web view names no Safari version.
const IPHONE_HOME_SCREEN_APP =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148';

async function asAnIPhone(
  launch: (options?: LaunchOptions) => Promise<EngineSession>,
  userAgent: string,
  work: (iphone: EngineSession) => Promise<void>,
) {
  const iphone = await launch({ userAgent });
  try {
    const seen = await iphone.run<string>('return navigator.userAgent;');
    if (seen !== userAgent) throw new Error(`${iphone.engine} did not take the iPhone's user agent: ${seen}`);
    await work(iphone);
  } finally {
    await iphone.close();
  }
}

async function tellItIsStandalone(session: EngineSession) {
  await session.run(`
    Object.defineProperty(navigator, 'standalone', { value: true, configurable: true });
    const real = window.matchMedia.bind(window);
    window.matchMedia = (query) =>
      query === '(display-mode: standalone)'
        ? { matches: true, media: query, addEventListener() {}, removeEventListener() {} }
        : real(query);
    return true;`);
}

const hasButton = (text: string) =>
  `[...document.querySelectorAll('button')].some((button) => button.textContent.trim() === ${JSON.stringify(text)})`;

export const INSTALL_SCENARIOS: Scenario[] = [
  {
    name: 'Safari on an iPhone: the Home Screen app starts empty, and once an entry is written, it can be moved there',
    async run({ server, launch }) {
      await asAnIPhone(launch, IPHONE_SAFARI, async (iphone) => {
        await iphone.goto(`${server.origin}/settings`);
        await waitForText(iphone, "keeps its own journal, apart from Safari's");
        // Nothing written yet: once the journal is counted, nothing to move.
        await waitUntil(iphone, `document.querySelector('[data-journal-move="none"]')`, 'the journal counted, empty');
        if (await iphone.run<boolean>(`return ${hasButton('Move your journal into the Home Screen app')};`)) {
          throw new Error(`${iphone.engine}: an empty journal was offered a move`);
        }
        await iphone.goto(`${server.origin}/journal/new`);
        await waitUntil(iphone, `document.activeElement?.tagName === 'TEXTAREA'`, 'the cursor in the text');
        await iphone.type('textarea', `Kept in Safari, in ${iphone.engine}.`);
        await waitForText(iphone, 'Saved on this device');
        await iphone.goto(`${server.origin}/settings`);
        await waitUntil(
          iphone,
          hasButton('Move your journal into the Home Screen app'),
          'the offer to move the journal',
        );
        await waitForText(iphone, 'Save to Files');
      });
    },
  },
  {
    name: 'the Home Screen app on an iPhone, opened empty, offers on its welcome to bring in the journal from Safari, and does',
    async run({ server, launch }) {
      await asAnIPhone(launch, IPHONE_HOME_SCREEN_APP, async (iphone) => {
        // A deep link first: it leaves the welcome for the first visit to Today.
        await iphone.goto(`${server.origin}/journal`);
        // The app's own tabs (#root), not the static first frame's plain links, which would load
        // the page again and lose the standalone mode told below.
        await waitUntil(iphone, `document.querySelector('#root nav a[href="/"]')`, 'the bottom navigation');
        await tellItIsStandalone(iphone);
        await iphone.click('#root nav a[href="/"]');
        await waitForText(iphone, 'Welcome to Good Enough');
        await waitUntil(iphone, hasButton('Bring in your journal from Safari'), 'the offer to bring the journal in');
        await iphone.upload('input[type="file"]', BACKUP_FIXTURE);
        await waitForText(iphone, 'Bring this in?');
        await iphone.click('button[name="confirm-import"]');
        await waitForText(iphone, 'Nothing in your journal was removed');
        await iphone.goto(`${server.origin}/journal`);
        await waitForText(iphone, 'From the engines backup fixture');
      });
    },
  },
];
