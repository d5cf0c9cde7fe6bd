import { basicAuth } from '../../tools/couch-server';
import { TEST_ORIGIN } from '../../tools/browser.ts';
import { expect, test } from './couch-fixture';

/**
 * The ground the sync tests stand on: from the app's own page, at its own origin and under its
 * own Content Security Policy, a member reaches their database on the test server (CORS), is
 * refused with a wrong password in a way the page can read, and can tell an unreachable server.
 */
test("the app's page reaches the person's own server, through CORS and the Content Security Policy", async ({
  page,
  couch,
  journal,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    // Chromium also logs the 401 and the refused connection below; only the policy matters here.
    if (/Content Security Policy|CSP violation/.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto('/');
  expect(new URL(page.url()).origin).toBe(TEST_ORIGIN);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /connect-src/);

  const answers = await page.evaluate(
    async ({ url, authorization, wrong }) => {
      const json = { authorization, 'content-type': 'application/json' };
      const info = await fetch(url, { headers: { authorization } });
      const put = await fetch(`${url}/from-the-page`, { method: 'PUT', headers: json, body: '{"ciphertext":"x"}' });
      const refused = await fetch(url, { headers: { authorization: wrong } });
      const { db_name } = (await info.json()) as { db_name: string };
      return { info: info.status, db_name, put: put.status, refused: refused.status };
    },
    { url: journal.url, authorization: journal.authorization, wrong: basicAuth(journal.user, 'not the password') },
  );
  expect(answers).toEqual({ info: 200, db_name: journal.dbName, put: 201, refused: 401 });
  expect((await couch.allDocs(journal.url)).map((doc) => doc._id)).toEqual(['from-the-page']);

  // Unreachable, the page gets a network error (not a status); back again, the data is there.
  await couch.setReachable(false);
  const unreachable = await page.evaluate(async ({ url, authorization }) => {
    try {
      return String((await fetch(url, { headers: { authorization } })).status);
    } catch (error) {
      return (error as Error).name;
    }
  }, journal);
  expect(unreachable).toBe('TypeError');
  await couch.setReachable(true);
  const back = await page.evaluate(
    async ({ url, authorization }) => (await fetch(`${url}/from-the-page`, { headers: { authorization } })).status,
    journal,
  );
  expect(back).toBe(200);
  expect(violations).toEqual([]);
});
