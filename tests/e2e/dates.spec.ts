import { expect, type Moment, type Page, test } from './fixtures';
import { readStore } from './helpers';

/*
 * Every screen that depends on today's date, checked against dates worked out here, in Node,
 * from the project's pinned moment and time zone. `npm test` runs this at an ordinary moment
 * and at each awkward one (tests/helpers/moments.ts): the 1st, 2nd, 29th, 30th and 31st, a leap
 * day, New Year, both daylight-saving changes in London and New York.
 */

interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = ({ year, month, day }: CalendarDay) => `${year}-${pad(month)}-${pad(day)}`;

/** The wall clock in the moment's own time zone. */
function wallClock(moment: Moment): CalendarDay & { hour: number } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: moment.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(moment.now));
  const part = (type: string) => Number(parts.find((found) => found.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour') };
}

/** Calendar arithmetic with no time zone at all: the day `months` months and `days` days away. */
function shift(from: CalendarDay, months: number, days = 0): CalendarDay | null {
  const date = new Date(Date.UTC(from.year, from.month - 1 + months, from.day + days));
  const result = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  // "The 31st a month ago" does not exist in a 30-day month: no such day, not the 1st.
  if (days === 0 && result.day !== from.day) return null;
  return result;
}

const english = (day: CalendarDay, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', ...options }).format(
    new Date(Date.UTC(day.year, day.month - 1, day.day)),
  );

function entry(id: number, title: string, day: CalendarDay) {
  const at = Date.UTC(day.year, day.month - 1, day.day, 12);
  return {
    id: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
    createdAt: at,
    updatedAt: at,
    rev: 1,
    deletedAt: null,
    kind: 'free',
    title,
    text: `Written on ${iso(day)}.`,
    mood: null,
    tags: [],
    packId: null,
    questionId: null,
    day: iso(day),
    timeZone: 'UTC',
  };
}

async function bringIn(page: Page, entries: ReturnType<typeof entry>[]) {
  const backup = {
    format: 'good-enough-backup',
    formatVersion: 1,
    appVersion: '0.1.0',
    exportedAt: '2026-01-01T00:00:00.000Z',
    tables: { entries, runs: [], drafts: [], settings: [] },
  };
  await page.goto('/settings');
  await page.getByLabel('Bring in a backup, or a Day One or jrnl export').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  const preview = page.getByRole('dialog', { name: 'Bring this in?' });
  await preview.getByRole('button', { name: 'Bring it in' }).click();
  await expect(page.getByText(`Done. ${entries.length} added`)).toBeVisible();
}

test('today, a new entry, on this day, the calendar and insights all agree on the date @dates', async ({
  page,
  moment,
}) => {
  const now = wallClock(moment);
  const today: CalendarDay = { year: now.year, month: now.month, day: now.day };
  const yesterday = shift(today, 0, -1) as CalendarDay;
  const monthAgo = shift(today, -1);
  // A leap day's "a year ago" does not exist; four years back it does.
  const yearAgo = shift(today, -12) ?? (shift(today, -48) as CalendarDay);
  const dayAfterYearAgo = shift(yearAgo, 0, 1) as CalendarDay;
  const seeded = [
    entry(1, 'Yesterday', yesterday),
    entry(2, 'A year ago, this date', yearAgo),
    entry(3, 'A year ago, the next day', dayAfterYearAgo),
    ...(monthAgo ? [entry(4, 'A month ago, this date', monthAgo)] : []),
  ];
  await bringIn(page, seeded);

  // Today: the greeting and the date line of the moment's own clock.
  await page.goto('/');
  const greeting =
    now.hour < 5 || now.hour >= 23
      ? 'Hello, night owl'
      : now.hour < 12
        ? 'Good morning'
        : now.hour < 18
          ? 'Good afternoon'
          : 'Good evening';
  await expect(page.getByRole('heading', { level: 1, name: greeting })).toBeVisible();
  await expect(
    page.getByText(english(today, { weekday: 'long', day: 'numeric', month: 'long' }), { exact: true }),
  ).toBeVisible();

  // A new entry belongs to today.
  await page.goto('/journal/new');
  await page.getByRole('textbox', { name: 'Your words' }).fill('Written today.');
  await expect(page.getByText('Saved on this device')).toBeVisible();
  const stored = await readStore<{ text: string; day: string }>(page, 'entries');
  expect(stored.find((found) => found.text === 'Written today.')?.day).toBe(iso(today));

  // On this day: the same date in earlier months and years, nothing else.
  await page.goto('/journal');
  const onThisDay = page.getByRole('region', { name: 'On this day' });
  const expected = seeded
    .filter((found) => found.title.endsWith('this date'))
    .sort((a, b) => b.day.localeCompare(a.day))
    .map((found) => found.title);
  await expect(onThisDay.locator('.card__title')).toHaveText(expected);

  // The calendar opens on this month, and counts the days written in it.
  await page.goto('/journal/calendar');
  const calendar = page.getByRole('region', { name: english(today, { month: 'long', year: 'numeric' }) });
  await expect(calendar).toBeVisible();
  const daysThisMonth = new Set(
    [...seeded.map((found) => found.day), iso(today)].filter((day) => day.startsWith(iso(today).slice(0, 8))),
  ).size;
  await expect(calendar).toContainText(
    `You wrote on ${daysThisMonth} ${daysThisMonth === 1 ? 'day' : 'days'} this month.`,
  );
  const todayLabel = english(today, { weekday: 'long', day: 'numeric', month: 'long' });
  await expect(calendar.getByRole('link', { name: `${todayLabel}, has writing` })).toBeVisible();

  // Insights count the days of this month and this year by the same dates.
  await page.goto('/journal/insights');
  const days = [...seeded.map((found) => found.day), iso(today)];
  const inMonth = new Set(days.filter((day) => day.startsWith(iso(today).slice(0, 8)))).size;
  const inYear = new Set(days.filter((day) => day.startsWith(`${today.year}-`))).size;
  const plural = (count: number) => `${count} ${count === 1 ? 'day' : 'days'}`;
  await expect(page.getByRole('main')).toContainText(
    `You wrote on ${plural(inMonth)} this month, and ${plural(inYear)} this year.`,
  );
});
