import { expect, type Page, test } from './fixtures';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_ORIGIN } from '../../tools/browser.ts';

/**
 * Hostile words: 35 payloads (script tags, event handlers, javascript: and data:
 * links, SVG, Markdown links and images, CSS that fetches) typed into the fields and brought
 * in through every importer. Each would set window.__xss or ask http://xss.invalid/ for
 * something if it ever ran; nothing may run, no raw HTML may be rendered, no request made.
 */
const PAYLOADS: string[] = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/xss-payloads.json'), 'utf8'));
const DAY = '2026-11-20';
const AT = Date.UTC(2026, 10, 20, 12);

function watch(page: Page) {
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.context().on('request', (request) => {
    if (!request.url().startsWith(`${TEST_ORIGIN}/`) && !/^(data|blob):/.test(request.url())) {
      problems.push(`request: ${request.url()}`);
    }
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/.test(message.text())) {
      problems.push(`csp: ${message.text()}`);
    }
  });
  return problems;
}

/** Nothing ran and nothing of the payloads became an element. */
async function expectInert(page: Page, where: string) {
  const found = await page.evaluate(() => {
    const flagged = (window as unknown as { __xss?: unknown }).__xss;
    const elements = [...document.querySelectorAll('*')];
    const handlers = elements.filter((element) =>
      [...element.attributes].some((attribute) => attribute.name.toLowerCase().startsWith('on')),
    );
    const links = [...document.querySelectorAll('a[href]')].filter((a) =>
      /^\s*(javascript|data):/i.test(a.getAttribute('href') ?? ''),
    );
    const embedded = document.querySelectorAll(
      'main img, main iframe, main object, main embed, main video, main audio, main math, main form[action], main base, main meta, main link, main style, main template, main script',
    );
    return {
      flagged: flagged === undefined ? null : String(flagged),
      handlers: handlers.map((element) => element.tagName),
      links: links.length,
      embedded: [...embedded].map((element) => element.tagName),
      scripts: [...document.querySelectorAll('script:not([src])')].length,
    };
  });
  expect(found, where).toEqual({ flagged: null, handlers: [], links: 0, embedded: [], scripts: 0 });
}

function backupWithPayloads(): string {
  const entries = PAYLOADS.map((payload, index) => ({
    id: `00000001-0000-4000-8000-${String(index).padStart(12, '0')}`,
    createdAt: AT + index,
    updatedAt: AT + index,
    rev: 1,
    deletedAt: null,
    kind: 'free',
    title: payload,
    text: `xssprobe ${payload}\n\n${payload}`,
    mood: 3,
    tags: [payload.slice(0, 40)],
    packId: null,
    questionId: null,
    day: DAY,
    timeZone: 'UTC',
  }));
  const runText = PAYLOADS.slice(0, 8).join(' ');
  const run = {
    id: '00000002-0000-4000-8000-000000000001',
    createdAt: AT,
    updatedAt: AT,
    rev: 1,
    deletedAt: null,
    packId: 'ditching-perfect',
    experimentId: 'send-it-with-a-typo',
    experimentTitle: PAYLOADS[1],
    status: 'done',
    belief: runText,
    beliefBefore: 80,
    prediction: runText,
    planWhat: runText,
    planWhen: DAY,
    planWhere: runText,
    variation: 'standard',
    discomfortBefore: 60,
    outcome: runText,
    discomfortDuring: 40,
    predictionCameTrue: 'no',
    beliefAfter: 30,
    learned: runText,
    kinderRule: runText,
    next: 'repeat',
    completedAt: AT,
    day: DAY,
    timeZone: 'UTC',
  };
  return JSON.stringify({
    format: 'good-enough-backup',
    formatVersion: 1,
    appVersion: 'test',
    exportedAt: new Date(AT).toISOString(),
    tables: { entries, runs: [run], drafts: [], settings: [] },
  });
}

async function bringIn(page: Page, name: string, body: string, expected: RegExp) {
  await page.goto('/settings');
  await page.getByLabel('Bring in a backup, or a Day One or jrnl export').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(body),
  });
  const preview = page.getByRole('dialog', { name: 'Bring this in?' });
  await preview.getByRole('button', { name: 'Bring it in' }).click();
  await expect(page.getByText(expected)).toBeVisible();
}

test('35 hostile payloads brought in through every importer run nowhere on any screen', async ({ page }) => {
  test.setTimeout(180_000);
  const problems = watch(page);
  await bringIn(page, 'hostile-backup.json', backupWithPayloads(), /Done\. 36 added/);
  const dayOne = {
    metadata: { version: '1.0' },
    entries: PAYLOADS.map((payload, index) => ({
      uuid: `D1${String(index).padStart(30, '0')}`,
      creationDate: '2026-11-21T10:00:00Z',
      timeZone: 'UTC',
      text: `dayoneprobe ${payload}`,
      tags: [payload.slice(0, 30)],
    })),
  };
  await bringIn(page, 'Journal.json', JSON.stringify(dayOne), /Done\. 35 added/);
  const jrnl = {
    tags: {},
    entries: PAYLOADS.map((payload, index) => ({
      title: payload,
      body: `jrnlprobe ${index} ${payload}`,
      date: '2026-11-22',
      time: `10:${String(index).padStart(2, '0')}`,
      tags: [`@t${index}`],
      starred: false,
    })),
  };
  await bringIn(page, 'jrnl.json', JSON.stringify(jrnl), /Done\. 35 added/);

  // Each screen is checked once what it shows of the journal is on it (the heading alone
  // comes before the records are read).
  const runText = PAYLOADS.slice(0, 8).join(' ');
  const words = page.getByRole('textbox', { name: 'Your words' });
  const screens: [string, () => Promise<void>][] = [
    ['/', () => expect(page.getByText('Start where you are')).toBeVisible()],
    ['/journal', () => expect(page.getByText(/jrnlprobe/).first()).toBeVisible()],
    ['/journal/calendar', () => expect(page.getByText(/No writing this month|You wrote on/)).toBeVisible()],
    [`/journal/day/${DAY}`, () => expect(page.getByText(/xssprobe/).first()).toBeVisible()],
    ['/journal/day/2026-11-21', () => expect(page.getByText(/dayoneprobe/).first()).toBeVisible()],
    ['/journal/day/2026-11-22', () => expect(page.getByText(/jrnlprobe/).first()).toBeVisible()],
    ['/experiments', () => expect(page.getByRole('link', { name: /Send it with a small typo/ })).toBeVisible()],
    ['/experiments/send-it-with-a-typo', () => expect(page.getByText('Run 1 · 20 November 2026')).toBeVisible()],
    [
      '/experiments/send-it-with-a-typo/runs/00000002-0000-4000-8000-000000000001',
      () => expect(page.getByRole('textbox', { name: 'What do you predict will happen?' })).toHaveValue(runText),
    ],
    [
      '/journal/00000001-0000-4000-8000-000000000001',
      () => expect(words).toHaveValue(`xssprobe ${PAYLOADS[1]}\n\n${PAYLOADS[1]}`),
    ],
    [
      '/journal/00000001-0000-4000-8000-000000000004',
      () => expect(words).toHaveValue(`xssprobe ${PAYLOADS[4]}\n\n${PAYLOADS[4]}`),
    ],
  ];
  for (const [path, shown] of screens) {
    await page.goto(path);
    await shown();
    await expectInert(page, path);
  }
  // The payloads appear as text, exactly as written.
  await page.goto(`/journal/day/${DAY}`);
  await expect(page.getByText(PAYLOADS[0]!, { exact: false }).first()).toBeVisible();
  for (const query of ['xssprobe', 'dayoneprobe', 'jrnlprobe', 'script', 'onerror']) {
    await page.goto('/journal/search');
    await page.locator('form[role="search"][aria-busy="false"]').waitFor();
    await page.getByRole('searchbox').fill(query);
    await expect(page.getByRole('status').filter({ hasText: /result/ })).toBeVisible();
    await expectInert(page, `search ${query}`);
  }
  await page.goto(`/journal/print`);
  await page.locator('main h1').first().waitFor();
  await expectInert(page, 'print');
  expect(problems).toEqual([]);
});

test('hostile payloads typed into the title, text and tags are kept as text and run nowhere', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = watch(page);
  for (const payload of PAYLOADS.slice(0, 12)) {
    await page.goto('/journal/new');
    await page.getByRole('textbox', { name: 'Title (optional)' }).fill(payload);
    await page.getByRole('textbox', { name: 'Your words' }).fill(`typedprobe ${payload}`);
    await page.getByPlaceholder('Add a tag').fill(payload.replaceAll(',', ' ').slice(0, 40));
    await page.getByPlaceholder('Add a tag').press('Enter');
    await expect(page.getByText('Saved on this device')).toBeVisible();
    await expectInert(page, `editor ${payload}`);
  }
  await page.goto('/journal');
  await page.locator('main h1').first().waitFor();
  await expectInert(page, 'journal after typing');
  await page.goto('/journal/search');
  await page.locator('form[role="search"][aria-busy="false"]').waitFor();
  await page.getByRole('searchbox').fill('typedprobe');
  await expect(page.getByRole('status').filter({ hasText: '12 results' })).toBeVisible();
  await expectInert(page, 'search after typing');
  expect(problems).toEqual([]);
});
