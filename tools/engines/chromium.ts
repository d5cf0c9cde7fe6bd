import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser.ts';
import { type EngineLauncher, type EngineSession, type LaunchOptions, VIEWPORT } from './engine-session';

export const chromiumLauncher: EngineLauncher = {
  engine: 'chromium',
  packages: ['chromium'],
  async launch({ userAgent }: LaunchOptions = {}): Promise<EngineSession> {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: VIEWPORT, ...(userAgent ? { userAgent } : {}) });
    const first = await context.newPage();
    const windows = new Map([['window-0', first]]);
    let page = first;
    let current = 'window-0';
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
      openWindow: async (url) => {
        page = await context.newPage();
        current = `window-${windows.size}`;
        windows.set(current, page);
        await page.goto(url);
        return current;
      },
      currentWindow: () => Promise.resolve(current),
      useWindow: async (handle) => {
        page = windows.get(handle) ?? page;
        current = handle;
        await page.bringToFront();
      },
      closeWindow: async (handle) => {
        await windows.get(handle)?.close();
        windows.delete(handle);
        if (current === handle) [page, current] = [first, 'window-0'];
      },
      close: () => browser.close(),
    };
  },
};
