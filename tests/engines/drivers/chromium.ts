import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/browser.ts';
import { type EngineLauncher, type EngineSession, type LaunchOptions, VIEWPORT } from './engine-session';

export const chromiumLauncher: EngineLauncher = {
  engine: 'chromium',
  packages: ['chromium'],
  async launch({ userAgent }: LaunchOptions = {}): Promise<EngineSession> {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: VIEWPORT, ...(userAgent ? { userAgent } : {}) });
    const page = await context.newPage();
    return {
      engine: 'chromium',
      goto: async (url) => void (await page.goto(url)),
      reload: async () => void (await page.reload()),
      run: (body, args = []) =>
        page.evaluate(([source, values]) => new Function('args', `return (async () => {${source}})()`)(values), [
          body,
          args,
        ] as const),
      click: (selector) => page.click(selector),
      type: (selector, text) => page.locator(selector).pressSequentially(text),
      upload: (selector, path) => page.setInputFiles(selector, path),
      screenshot: async (file) => void (await page.screenshot({ path: file })),
      close: () => browser.close(),
    };
  },
};
