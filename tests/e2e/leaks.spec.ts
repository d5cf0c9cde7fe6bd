import { expect, type Page, test } from './fixtures';
import { TEST_ORIGIN } from '../../tools/browser.ts';
import { openToday } from './helpers';
import { waitForActivatedServiceWorker } from '../../tools/service-worker';

/**
 * A whole journey with private words in every field: written, answered, tagged, searched,
 * printed, backed up, exported, brought back in, refused in a broken file, locked, unlocked
 * after a wrong try, trashed and restored. Everything the page sends or shows outside the
 * journal itself is logged: every request, every console message of any kind, every error,
 * every address, the tab title, web storage, the names of downloaded files and the service
 * worker's cache. The private words appear in none of them.
 */
const SECRET = 'marrowquill';
const WORDS = {
  title: `${SECRET}title`,
  text: `Told nobody about ${SECRET}text, and that was fine.`,
  tag: `${SECRET}tag`,
  answer: `${SECRET}answer, mostly relief.`,
  prediction: `${SECRET}prediction: someone will notice.`,
} as const;
const PASSPHRASE = 'kettle gravel orbit lantern';

test('private words reach no other origin, and never the console, an error, an address, the title or web storage', async ({
  context,
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const requests: string[] = [];
  const seen: string[] = [];
  context.on('request', (request) => {
    requests.push(request.url());
    seen.push(`request ${request.method()} ${request.url()} ${request.postData() ?? ''}`);
  });
  context.on('console', (message) => seen.push(`console.${message.type()} ${message.text()}`));
  page.on('pageerror', (error) => seen.push(`error ${error.name} ${error.message} ${error.stack ?? ''}`));
  page.on('framenavigated', (frame) => seen.push(`address ${frame.url()}`));
  page.on('download', (download) => seen.push(`download ${download.suggestedFilename()}`));
  await page.addInitScript(() => {
    // Errors the app catches and shows are still thrown somewhere first: note their messages too.
    window.addEventListener('unhandledrejection', (event) => console.warn(`unhandled ${String(event.reason)}`));
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP ${event.blockedURI}`));
  });
  const note = async (where: string) => seen.push(`title at ${where}: ${await page.title()} ${page.url()}`);

  await openToday(page);
  await waitForActivatedServiceWorker(page);

  // Write: an entry with a title, tag and mood; an answer; an experiment run.
  await page.goto('/journal/new');
  await expect(page.getByRole('textbox', { name: 'Your words' })).toBeFocused();
  await page.keyboard.type(WORDS.text);
  await page.getByRole('textbox', { name: 'Title (optional)' }).fill(WORDS.title);
  await page.getByRole('radio', { name: 'Good', exact: true }).check({ force: true });
  await page.getByRole('textbox', { name: 'Tags (optional)' }).fill(WORDS.tag);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Saved on this device')).toBeVisible();
  await note('entry');
  await page.goto('/questions/session/ditching-perfect');
  await page.getByRole('textbox', { name: 'Your answer (optional)' }).fill(WORDS.answer);
  await expect(page.getByText('Saved on this device')).toBeVisible();
  await page.goto('/experiments/send-it-with-a-typo/runs/new');
  await page.getByRole('textbox', { name: 'What do you predict will happen?' }).fill(WORDS.prediction);
  await expect(page.getByText('Saved on this device')).toBeVisible();
  await note('run');

  // Read it back: the journal, the entry, search, the tag, the calendar, print.
  await page.goto('/journal');
  await page.getByRole('link', { name: new RegExp(WORDS.title) }).click();
  await expect(page.getByRole('textbox', { name: 'Your words' })).toHaveValue(WORDS.text);
  await note('entry reopened');
  await page.goto('/journal/search');
  await page.getByRole('searchbox').fill(`${SECRET}text`);
  await expect(page.getByRole('main').getByText(new RegExp(`${SECRET}text`))).toBeVisible();
  await note('search');
  await page
    .getByRole('main')
    .getByText(new RegExp(`${SECRET}text`))
    .first()
    .click();
  await note('search result opened');
  for (const path of ['/journal/calendar', '/journal/print', '/']) {
    await page.goto(path);
    await note(path);
  }

  // Back up, export, bring the backup back in, and offer a broken file holding the words.
  await page.goto('/settings');
  const backup = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Make a backup' }).click();
  const backupPath = testInfo.outputPath('backup.json');
  await (await backup).saveAs(backupPath);
  const markdown = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as Markdown' }).click();
  await markdown;
  const picker = page.getByLabel('Bring in a backup, or a Day One or jrnl export');
  await picker.setInputFiles(backupPath);
  await page.getByRole('dialog', { name: 'Bring this in?' }).getByRole('button', { name: 'Bring it in' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await picker.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(`{"app":"good-enough","entries":[{"text":"${WORDS.text}","mood":99}`),
  });
  const refusal = page.getByRole('alert');
  await expect(refusal).toContainText('Your journal is exactly as it was.');
  expect(await refusal.textContent()).not.toContain(SECRET);
  await note('import refused');

  // Lock it, try a wrong passphrase, then the right one; trash and restore the entry.
  await page.getByRole('button', { name: 'Set a passphrase' }).click();
  await page.getByLabel('New passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('The same passphrase again', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Lock my journal with this passphrase' }).click();
  await expect(page.getByText('Your journal is now locked with your passphrase.')).toBeVisible({ timeout: 30_000 });
  await page.reload();
  await page.getByLabel('Passphrase', { exact: true }).fill('not the passphrase');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toContainText("That passphrase didn't open your journal");
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.locator('#root').getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 15_000 });
  await page.goto('/journal');
  await unlockIfAsked(page);
  await page
    .getByRole('link', { name: new RegExp(WORDS.title) })
    .first()
    .click();
  await page.getByRole('button', { name: 'Delete this entry' }).click();
  await page.getByRole('link', { name: 'Trash' }).click();
  await page
    .getByRole('button', { name: /Restore/ })
    .first()
    .click();
  await note('restored');

  // What the page kept outside the journal's own database.
  seen.push(
    await page.evaluate(async () => {
      const storage = [localStorage, sessionStorage].map((store) => JSON.stringify({ ...store })).join(' ');
      const cached = await Promise.all(
        (await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url)),
      );
      return `storage ${storage} history ${history.length} ${JSON.stringify(history.state)} cache ${cached.flat().join(' ')}`;
    }),
  );

  expect(seen.length).toBeGreaterThan(50);
  const leaked = seen.filter((line) => line.toLowerCase().includes(SECRET));
  expect(leaked).toEqual([]);
  const elsewhere = requests.filter((url) => !url.startsWith(`${TEST_ORIGIN}/`) && !/^(data|blob):/.test(url));
  expect(elsewhere).toEqual([]);
  testInfo.annotations.push({ type: 'logged', description: `${seen.length} lines, ${requests.length} requests` });
});

async function unlockIfAsked(page: Page) {
  const locked = page.getByLabel('Passphrase', { exact: true });
  const main = page.locator('#root').getByRole('navigation', { name: 'Main' });
  await expect(locked.or(main)).toBeVisible();
  if (await locked.isVisible()) {
    await locked.fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
  }
  await expect(main).toBeVisible({ timeout: 15_000 });
}
