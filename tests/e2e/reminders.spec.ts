import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import ICAL from 'ical.js';

test('a reminder is a calendar file with a repeating event and an alarm', async ({ page }) => {
  await page.goto('/settings');
  await page.getByRole('checkbox', { name: 'Sat' }).uncheck();
  await page.getByRole('checkbox', { name: 'Sun' }).uncheck();
  await page.getByLabel('What time?').fill('07:45');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add to my calendar' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('good-enough-reminder.ics');
  await expect(page.getByText(/Open the file to add the reminder/)).toBeVisible();

  const calendar = new ICAL.Component(ICAL.parse(readFileSync((await download.path()) ?? '', 'utf8')));
  const event = calendar.getFirstSubcomponent('vevent');
  const rule = event?.getFirstPropertyValue('rrule') as ICAL.Recur;
  expect(rule.freq).toBe('WEEKLY');
  expect(rule.getComponent('byday')).toEqual(['MO', 'TU', 'WE', 'TH', 'FR']);
  const start = event?.getFirstPropertyValue('dtstart') as ICAL.Time;
  expect([start.hour, start.minute]).toEqual([7, 45]);
  expect(event?.getFirstSubcomponent('valarm')).toBeTruthy();
});
