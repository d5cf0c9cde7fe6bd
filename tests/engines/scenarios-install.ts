import { join } from 'node:path';
import type { EngineSession } from './drivers/engine-session';
import { waitForText, waitUntil } from './page-checks';
import type { Scenario } from './scenarios';

/**
 * The iPhone trap (see tests/e2e/iphone-move.spec.ts), in every engine: Safari holding a
 * journal offers to move it into the Home Screen app, and that app, opened empty, offers to
 * bring it in.
 *
 * Becoming an iPhone: no driver here can set the user agent or the display mode for one page
 * of a running session. MiniBrowser takes `--user-agent` (and Firefox the pref
 * `general.useragent.override`) only when the browser starts, for every scenario after it;
 * WebDriver classic (WebKit) runs no script before a page's own; neither WebKitGTK nor
 * Firefox's BiDi emulates `display-mode`. So, as tests/e2e/install.spec.ts does for
 * display-mode, the page itself is told: after it has loaded, `navigator.userAgent`,
 * `maxTouchPoints`, `standalone` and `matchMedia('(display-mode: standalone)')` answer as an
 * iPhone's, and an in-app link is followed (no reload, which would forget it). The app asks
 * where it runs each time it draws, so what it then shows is what an iPhone would get.
 */

const BACKUP_FIXTURE = join(process.cwd(), 'tests/fixtures/engines-backup.json');
const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1';
const IPHONE_HOME_SCREEN_APP =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148';

async function becomeAnIPhone(session: EngineSession, homeScreenApp: boolean) {
  await session.run(
    `
    const [userAgent, standalone] = args;
    Object.defineProperty(navigator, 'userAgent', { value: userAgent, configurable: true });
    Object.defineProperty(navigator, 'maxTouchPoints', { value: 5, configurable: true });
    if (standalone) {
      Object.defineProperty(navigator, 'standalone', { value: true, configurable: true });
      const real = window.matchMedia.bind(window);
      window.matchMedia = (query) =>
        query === '(display-mode: standalone)'
          ? { matches: true, media: query, addEventListener() {}, removeEventListener() {} }
          : real(query);
    }
    return true;`,
    [homeScreenApp ? IPHONE_HOME_SCREEN_APP : IPHONE_SAFARI, homeScreenApp],
  );
}

export const INSTALL_SCENARIOS: Scenario[] = [
  {
    name: 'Safari on an iPhone, holding an entry: the Home Screen app starts empty, and the journal can be moved into it',
    async run({ session, server }) {
      await session.goto(`${server.origin}/journal/new`);
      await waitUntil(session, `document.activeElement?.tagName === 'TEXTAREA'`, 'the cursor in the text');
      await session.type('textarea', `Kept in Safari, in ${session.engine}.`);
      await waitForText(session, 'Saved on this device');
      await session.goto(`${server.origin}/journal`);
      await waitUntil(session, `document.querySelector('nav a[href="/settings"]')`, 'the bottom navigation');
      await becomeAnIPhone(session, false);
      await session.click('nav a[href="/settings"]');
      await waitForText(session, "keeps its own journal, apart from Safari's");
      await waitUntil(
        session,
        `[...document.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Move your journal into the Home Screen app')`,
        'the offer to move the journal',
      );
    },
  },
  {
    name: 'the Home Screen app on an iPhone, opened empty, offers on its welcome to bring in the journal from Safari, and does',
    async run({ session, server }) {
      // Another origin of the same server: storage of its own, empty, as the app's is.
      const app = server.origin.replace('127.0.0.1', 'localhost');
      // A deep link first: it leaves the welcome for the first visit to Today.
      await session.goto(`${app}/journal`);
      await waitUntil(session, `document.querySelector('nav a[href="/"]')`, 'the bottom navigation');
      await becomeAnIPhone(session, true);
      await session.click('nav a[href="/"]');
      await waitForText(session, 'Welcome to Good Enough');
      await waitForText(session, 'Bring in your journal from Safari');
      await session.upload('input[type="file"]', BACKUP_FIXTURE);
      await waitForText(session, 'Bring this in?');
      await session.click('button[name="confirm-import"]');
      await waitForText(session, 'Nothing in your journal was removed');
      await session.goto(`${app}/journal`);
      await waitForText(session, 'From the engines backup fixture');
    },
  },
];
