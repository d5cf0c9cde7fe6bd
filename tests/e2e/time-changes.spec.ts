import { type CDPSession, expect, type Page, test } from './fixtures';
import { readStore, openToday } from './helpers';

/**
 * The clock and the time zone change between writes. An entry belongs to
 * the day it was written on, in the zone it was written in, and stays there wherever the
 * phone goes next. History order, as the app defines it: days newest first (each entry's own
 * day), and within a day the newest first by the time it was saved. Each day appears once.
 */

interface Stored {
  text: string;
  day: string;
  timeZone: string;
  createdAt: number;
}

/** Every entry, read straight from IndexedDB, oldest first. */
async function storedEntries(page: Page): Promise<Stored[]> {
  const all = await readStore<Stored>(page, 'entries');
  return all
    .sort((a, b) => a.createdAt - b.createdAt)
    .map(({ text, day, timeZone, createdAt }) => ({ text, day, timeZone, createdAt }));
}

/** The history as a person reads it, top to bottom: day headings, then "meta | words" per card. */
async function historyLines(page: Page): Promise<string[]> {
  await page.goto('/journal');
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await expect(page.locator('.timeline__row .card').first()).toBeVisible();
  return page.locator('.timeline__row').evaluateAll((rows) =>
    rows.map((row) => {
      const heading = row.querySelector('.timeline__day');
      if (heading) return heading.textContent?.trim() ?? '';
      const part = (selector: string) => row.querySelector(selector)?.textContent?.trim() ?? '';
      return `${part('.card__meta')} | ${part('.card__text')}`;
    }),
  );
}

/** The person opens the app, sees what day it is for them, and writes. */
async function writeFromToday(page: Page, todayShows: string, text: string) {
  await openToday(page);
  await expect(page.getByText(todayShows, { exact: true })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Write' }).click();
  await expect(page.getByRole('textbox', { name: 'Your words' })).toBeFocused();
  await page.keyboard.type(text);
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this device' })).toBeVisible();
  await expect(page).toHaveURL(/\/journal\/[0-9a-f-]{36}$/);
}

async function moveTo(cdp: CDPSession, timezoneId: string) {
  await cdp.send('Emulation.setTimezoneOverride', { timezoneId });
}

const LONDON = 'In London, half past eleven at night.';
const TOKYO = 'Landed in Tokyo, and it is already tomorrow here.';
const CORRECTED = 'The phone clock was three hours fast; now it is right.';
const LOS_ANGELES = 'Los Angeles, a sunny afternoon.';
const TUESDAY = 'Tuesday 10 March 2026';
const WEDNESDAY = 'Wednesday 11 March 2026';

test('entries written across time zones and a corrected clock each stay on the day they were written', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const cdp = await context.newCDPSession(page);

  // 23:30 in London (GMT in early March).
  await moveTo(cdp, 'Europe/London');
  await page.clock.install({ time: new Date('2026-03-10T23:30:00Z') });
  await writeFromToday(page, 'Tuesday 10 March', LONDON);

  // Fifteen minutes later, in Tokyo: 08:45 on Wednesday.
  await moveTo(cdp, 'Asia/Tokyo');
  await page.clock.setSystemTime(new Date('2026-03-10T23:45:00Z'));
  await writeFromToday(page, 'Wednesday 11 March', TOKYO);

  // The phone's clock was fast and is put right: three hours earlier, 05:50 in Tokyo.
  await page.clock.setSystemTime(new Date('2026-03-10T20:50:00Z'));
  await writeFromToday(page, 'Wednesday 11 March', CORRECTED);

  // Then Los Angeles (already on summer time): 14:30 on Tuesday.
  await moveTo(cdp, 'America/Los_Angeles');
  await page.clock.setSystemTime(new Date('2026-03-10T21:30:00Z'));
  await writeFromToday(page, 'Tuesday 10 March', LOS_ANGELES);

  // Stored: each with the day and zone it was written in; four entries, none twice.
  const stored = await storedEntries(page);
  expect(stored.map(({ text, day, timeZone }) => ({ text, day, timeZone }))).toEqual([
    { text: CORRECTED, day: '2026-03-11', timeZone: 'Asia/Tokyo' },
    { text: LOS_ANGELES, day: '2026-03-10', timeZone: 'America/Los_Angeles' },
    { text: LONDON, day: '2026-03-10', timeZone: 'Europe/London' },
    { text: TOKYO, day: '2026-03-11', timeZone: 'Asia/Tokyo' },
  ]);

  // History, read in Los Angeles: each day once, newest day first; each entry under the day it
  // was written, with the time its own clock showed then (and where, when that was elsewhere).
  const inLosAngeles = [
    WEDNESDAY,
    `Entry · 08:45, Tokyo time | ${TOKYO}`,
    `Entry · 05:50, Tokyo time | ${CORRECTED}`,
    TUESDAY,
    `Entry · 23:30, London time | ${LONDON}`,
    `Entry · 14:30 | ${LOS_ANGELES}`,
  ];
  expect(await historyLines(page)).toEqual(inLosAngeles);
  await page.screenshot({ path: 'test-results/history-four-time-zones.png' });

  // Opening an entry shows the day and time it was written, not today's zone's idea of them.
  await page.getByRole('link', { name: new RegExp(TOKYO) }).click();
  await expect(page.getByRole('heading', { level: 1, name: WEDNESDAY })).toBeVisible();
  await expect(page.getByText('Written at 08:45, Tokyo time')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Your words' })).toHaveValue(TOKYO);

  // The calendar marks exactly those two days; each day's page lists its own entries.
  await page.goto('/journal/calendar');
  await expect(page.getByRole('heading', { name: 'March 2026', exact: true })).toBeVisible();
  await expect(page.getByText('You wrote on 2 days this month.')).toBeVisible();
  await expect(page.locator('.calendar__day--written')).toHaveCount(2);
  await expect(page.getByRole('link', { name: 'Tuesday 10 March, has writing' })).toBeVisible();
  await page.getByRole('link', { name: 'Wednesday 11 March, has writing' }).click();
  await expect(page.getByRole('heading', { level: 1, name: WEDNESDAY })).toBeVisible();
  await expect(page.getByRole('main').locator('.card__text')).toHaveText([TOKYO, CORRECTED]);
  await page.goto('/journal/day/2026-03-10');
  await expect(page.getByRole('main').locator('.card__text')).toHaveText([LONDON, LOS_ANGELES]);

  // On paper, oldest first: by day, then by time, each with the day and time it was written.
  await page.goto('/journal/print');
  await page.getByLabel('To').fill('2026-03-11');
  await expect(page.locator('.print-entry .quiet')).toHaveText([
    'Tuesday 10 March 2026, 14:30',
    'Tuesday 10 March 2026, 23:30, London time',
    'Wednesday 11 March 2026, 05:50, Tokyo time',
    'Wednesday 11 March 2026, 08:45, Tokyo time',
  ]);

  // Back in Tokyo nothing moves: the same days, the same order, the same times.
  await moveTo(cdp, 'Asia/Tokyo');
  expect(await historyLines(page)).toEqual([
    WEDNESDAY,
    `Entry · 08:45 | ${TOKYO}`,
    `Entry · 05:50 | ${CORRECTED}`,
    TUESDAY,
    `Entry · 23:30, London time | ${LONDON}`,
    `Entry · 14:30, Los Angeles time | ${LOS_ANGELES}`,
  ]);
  expect(await storedEntries(page)).toEqual(stored);
});

test('an entry begun at 23:59 and written on past midnight stays on the day it was begun', async ({
  page,
  context,
}) => {
  const cdp = await context.newCDPSession(page);
  await moveTo(cdp, 'Europe/London');
  await page.clock.install({ time: new Date('2026-03-10T23:59:00Z') });
  await page.goto('/journal/new');
  await expect(page.getByRole('textbox', { name: 'Your words' })).toBeFocused();

  // The first words go in 0.2 s before midnight; their save falls due after it.
  await page.clock.pauseAt(new Date('2026-03-10T23:59:59.800Z'));
  await page.keyboard.type('Begun a moment before midnight');
  await page.clock.runFor(1_000);
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this device' })).toBeVisible();
  await page.clock.resume();
  await page.clock.fastForward('20:00');
  await page.keyboard.type(', and still going twenty minutes into the next day.');
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this device' })).toBeVisible();

  const [entry, ...others] = await storedEntries(page);
  expect(others).toEqual([]);
  expect(entry).toMatchObject({
    text: 'Begun a moment before midnight, and still going twenty minutes into the next day.',
    day: '2026-03-10',
    timeZone: 'Europe/London',
    createdAt: Date.parse('2026-03-10T23:59:59.800Z'),
  });

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: TUESDAY })).toBeVisible();
  await expect(page.getByText('Written at 23:59')).toBeVisible();
  expect(await historyLines(page)).toEqual([
    TUESDAY,
    'Entry · 23:59 | Begun a moment before midnight, and still going twenty minutes into the next day.',
  ]);
  await page.goto('/journal/calendar');
  await expect(page.locator('.calendar__day--written')).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Tuesday 10 March, has writing' })).toBeVisible();
  // And Today has moved on to Wednesday.
  await openToday(page);
  await expect(page.getByText('Wednesday 11 March', { exact: true })).toBeVisible();
});
