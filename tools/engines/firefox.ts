import { writeFile } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { type EngineLauncher, type EngineSession, type LaunchOptions, VIEWPORT } from './engine-session';

const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export const firefoxLauncher: EngineLauncher = {
  engine: 'firefox',
  packages: ['firefox-esr'],
  async launch({ userAgent }: LaunchOptions = {}): Promise<EngineSession> {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      extraPrefsFirefox: {
        // Without these, navigator.storage.persist() waits forever on a permission prompt.
        'dom.storageManager.prompt.testing': true,
        'dom.storageManager.prompt.testing.allow': true,
        // Firefox's own way to present another browser, for every page of this session.
        ...(userAgent ? { 'general.useragent.override': userAgent } : {}),
      },
    });
    const first = await browser.newPage();
    await first.setViewport(VIEWPORT);
    const windows = new Map([['window-0', first]]);
    let page = first;
    let current = 'window-0';
    return {
      engine: 'firefox',
      goto: async (url) => void (await page.goto(url)),
      reload: async () => void (await page.reload()),
      run: (body, args = []) =>
        page.evaluate(
          (source: string, values: unknown[]) => new Function('args', `return (async () => {${source}})()`)(values),
          body,
          args,
        ),
      click: (selector) => page.click(selector),
      type: (selector, text) => page.type(selector, text),
      upload: async (selector, path) => {
        const input = await page.$(selector);
        if (!input) throw new Error(`No ${selector} to upload into`);
        await (input as import('puppeteer-core').ElementHandle<HTMLInputElement>).uploadFile(path);
      },
      screenshot: async (file) => {
        await writeFile(file, await page.screenshot());
      },
      openWindow: async (url) => {
        page = await browser.newPage();
        await page.setViewport(VIEWPORT);
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
