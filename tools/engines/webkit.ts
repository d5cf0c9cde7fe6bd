import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { remote } from 'webdriverio';
import { type EngineLauncher, type EngineSession, type LaunchOptions, VIEWPORT } from './engine-session';

const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** A free TCP port on loopback for WebKitWebDriver. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function stop(child: ChildProcess) {
  if (child.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
  }
}

/** WebKitGTK's MiniBrowser has no headless mode: it runs in a virtual X display. */
export const webkitLauncher: EngineLauncher = {
  engine: 'webkit',
  packages: ['webkit2gtk-driver', 'xvfb'],
  async launch({ userAgent }: LaunchOptions = {}): Promise<EngineSession> {
    const port = await freePort();
    const driver = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', 'WebKitWebDriver', `--port=${port}`], {
      detached: true,
      stdio: 'ignore',
    });
    const exited = new Promise<never>((_, reject) =>
      driver.once('exit', (code) => reject(new Error(`WebKitWebDriver exited early (code ${code})`))),
    );
    let browser: WebdriverIO.Browser;
    try {
      browser = await Promise.race([connect(port, userAgent), exited]);
    } catch (error) {
      stop(driver);
      throw error;
    }
    await fitViewport(browser);
    const first = await browser.getWindowHandle();
    return {
      engine: 'webkit',
      goto: async (url) => void (await browser.url(url)),
      reload: async () => void (await browser.refresh()),
      run: async (body, args = []) => {
        // The script is sent as source, not built with `new Function` in the page: the
        // app's Content Security Policy (rightly) forbids string evaluation there.
        const script = `
          const args = arguments[0];
          const done = arguments[arguments.length - 1];
          (async () => {${body}})().then(done, (error) => done({ __pageError: String(error && error.message) }));`;
        const result: unknown = await browser.executeAsync(script, args);
        if (result && typeof result === 'object' && '__pageError' in result) {
          throw new Error(`In the page: ${String(result.__pageError)}`);
        }
        return result as never;
      },
      // Found and then re-rendered by React before the click arrives: find it again, once.
      click: async (selector) => {
        try {
          await browser.$(selector).click();
        } catch (error) {
          if (!/stale element/i.test(String((error as Error).message))) throw error;
          await browser.$(selector).click();
        }
      },
      // Element Send Keys: WebKitWebDriver drops spaces from key actions (browser.keys).
      type: async (selector, text) => void (await browser.$(selector).addValue(text)),
      // WebDriver "send keys" to a file input chooses that file (the driver runs on this machine).
      upload: async (selector, path) => void (await browser.$(selector).addValue(path)),
      screenshot: async (file) => void (await browser.saveScreenshot(file)),
      // WebDriver's New Window: MiniBrowser opens it as another window of the same session.
      openWindow: async (url) => {
        const { handle } = await browser.createWindow('window');
        await browser.switchToWindow(handle);
        await browser.url(url);
        return handle;
      },
      currentWindow: () => browser.getWindowHandle(),
      useWindow: async (handle) => void (await browser.switchToWindow(handle)),
      closeWindow: async (handle) => {
        const current = await browser.getWindowHandle();
        await browser.switchToWindow(handle);
        await browser.closeWindow();
        await browser.switchToWindow(current === handle ? first : current);
      },
      close: async () => {
        await browser.deleteSession().catch(() => {});
        stop(driver);
      },
    };
  },
};

async function connect(port: number, userAgent?: string): Promise<WebdriverIO.Browser> {
  // MiniBrowser takes WebKitSettings as arguments; the user agent is one of them.
  const args = ['--automation', ...(userAgent ? [`--user-agent=${userAgent}`] : [])];
  // The driver needs a moment to listen; retry briefly rather than guess a sleep.
  let lastError: unknown;
  for (let attempt = 0; attempt < 40; attempt += 1) {
    try {
      return await remote({
        hostname: '127.0.0.1',
        port,
        path: '/',
        logLevel: 'silent',
        connectionRetryCount: 0,
        capabilities: {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args },
        } as WebdriverIO.Capabilities,
      });
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw lastError;
}

/** WebDriver sizes the whole window; add the browser's own toolbar so the page gets 390x844. */
async function fitViewport(browser: WebdriverIO.Browser) {
  await browser.setWindowSize(VIEWPORT.width, VIEWPORT.height);
  const chrome = (await browser.execute('return window.outerHeight - window.innerHeight')) as number;
  await browser.setWindowSize(VIEWPORT.width, VIEWPORT.height + Math.max(0, chrome));
}
