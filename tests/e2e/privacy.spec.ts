import { expect, test } from './fixtures';
import { TEST_ORIGIN } from '../../tools/browser.ts';
import { SCREENS, openToday } from './helpers';
import { waitForActivatedServiceWorker } from '../../tools/service-worker';

test('the app never contacts another origin, and the page breaks no security policy', async ({ page, context }) => {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });

  await openToday(page);
  await waitForActivatedServiceWorker(page);
  for (const screen of SCREENS) {
    await page.goto(screen.path);
    await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
  }
  await page.getByRole('button', { name: 'Get help' }).click();
  await page.getByRole('button', { name: 'Close' }).click();

  expect(requests.length).toBeGreaterThan(10);
  const elsewhere = requests.filter((url) => !url.startsWith(`${TEST_ORIGIN}/`) && !/^(data|blob):/.test(url));
  expect(elsewhere).toEqual([]);
  expect(problems).toEqual([]);
});

test('the production page carries a strict Content Security Policy', async ({ page }) => {
  await openToday(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = new Map(
    (policy ?? '').split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  // Sync reaches the person's own server: any https one, or plain http on this device only.
  expect(directives.get('connect-src')).toEqual(["'self'", 'https:', 'http://127.0.0.1:*', 'http://localhost:*']);
  for (const [name, sources] of directives) {
    if (name !== 'connect-src') expect(sources.join(' '), name).not.toMatch(/https?:|\*/);
  }
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
  // Plain http to any other machine is refused before a request is made.
  const refused = await page.evaluate(async () => {
    const violation = new Promise<string>((resolve) =>
      document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), { once: true }),
    );
    await fetch('http://sync.example.invalid:5984/journal').catch(() => undefined);
    return violation;
  });
  expect(refused).toBe('connect-src');
  // An inline script is refused: the policy is really in force.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
});

test('robots.txt is served', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('User-agent');
});
