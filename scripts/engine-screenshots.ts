/**
 * Saves each main screen from Chromium, WebKit and Firefox at 390x844 into
 * screenshots/engines/, so the three can be compared by eye. Looks, not assertions.
 */
import { mkdirSync } from 'node:fs';
import { chromiumLauncher } from '../tools/engines/chromium.ts';
import { firefoxLauncher } from '../tools/engines/firefox.ts';
import { webkitLauncher } from '../tools/engines/webkit.ts';
import { waitForActivatedWorker, waitUntil } from '../tools/engines/page-checks.ts';
import { PreviewServer } from '../tools/preview-server.ts';

const SCREENS = [
  ['today', '/'],
  ['journal', '/journal'],
  ['write', '/journal/new'],
  ['experiments', '/experiments'],
  ['experiment', '/experiments/send-it-with-a-typo'],
  ['questions', '/questions'],
  ['question', '/questions/good-enough-today'],
  ['settings', '/settings'],
] as const;

const wanted = process.env.ENGINES?.split(',');
const launchers = [chromiumLauncher, webkitLauncher, firefoxLauncher].filter(
  (launcher) => !wanted || wanted.includes(launcher.engine),
);
const server = new PreviewServer(4191);
mkdirSync('screenshots/engines', { recursive: true });
await server.start();
try {
  for (const launcher of launchers) {
    const session = await launcher.launch();
    try {
      await session.goto(`${server.origin}/`);
      await waitForActivatedWorker(session);
      for (const [name, path] of SCREENS) {
        await session.goto(server.origin + path);
        await waitUntil(
          session,
          `document.querySelector('main h1') && !document.body.innerText.includes('Opening the guided content')`,
          name,
        );
        await new Promise((resolve) => setTimeout(resolve, 300));
        await session.screenshot(`screenshots/engines/${launcher.engine}-${name}.png`);
      }
    } finally {
      await session.close();
    }
    console.log(`${launcher.engine}: ${SCREENS.length} screenshots`);
  }
} finally {
  await server.stop();
}
