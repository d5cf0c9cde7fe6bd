/*
 * The moments tests run at. No test reads the machine's own clock: every Vitest test starts at
 * `pinnedMoment()` (tests/helpers/setup.ts) and every Playwright page at the same moment
 * (tests/e2e/fixtures.ts), so a result never depends on the day the suite happens to run.
 *
 * `npm test` then runs the date-sensitive tests again at each of DATE_MATRIX: month ends and
 * starts, a leap day, New Year, and both daylight-saving changes in London and New York,
 * some of them a few minutes from midnight or inside the hour that happens twice.
 */

export interface Moment {
  /** A short name for reports: "31st, year end, Los Angeles". */
  label: string;
  /** The instant, in UTC (the local wall time is in the label and the comment). */
  now: string;
  /** The IANA time zone the device is in. */
  timeZone: string;
}

/** An ordinary Wednesday morning in London, after every date the tests write by hand. */
export const DEFAULT_MOMENT: Moment = {
  label: 'an ordinary Wednesday',
  now: '2026-12-09T10:30:00.000Z',
  timeZone: 'Europe/London',
};

export const DATE_MATRIX: Moment[] = [
  // 00:05 on Monday 1 March 2027 in New York: yesterday was the last day of February.
  { label: '1st, just after midnight, New York', now: '2027-03-01T05:05:00.000Z', timeZone: 'America/New_York' },
  // 08:00 on Wednesday 2 December 2026 in London: the day the suite was found to fail.
  { label: '2nd, London', now: '2026-12-02T08:00:00.000Z', timeZone: 'Europe/London' },
  // 23:50 on Friday 29 January 2027 in Tokyo.
  { label: '29th, late evening, Tokyo', now: '2027-01-29T14:50:00.000Z', timeZone: 'Asia/Tokyo' },
  // 12:00 on Friday 30 April 2027 in Auckland: the last day of a 30-day month.
  { label: '30th, Auckland', now: '2027-04-30T00:00:00.000Z', timeZone: 'Pacific/Auckland' },
  // 23:30 on Thursday 31 December 2026 in Los Angeles: already 2027 in UTC.
  { label: '31st, year end, Los Angeles', now: '2027-01-01T07:30:00.000Z', timeZone: 'America/Los_Angeles' },
  // 12:00 on Tuesday 29 February 2028, UTC.
  { label: '29 February', now: '2028-02-29T12:00:00.000Z', timeZone: 'UTC' },
  // 00:30 on Friday 1 January 2027 in London.
  { label: '1 January, London', now: '2027-01-01T00:30:00.000Z', timeZone: 'Europe/London' },
  // 03:30 BST on Sunday 28 March 2027, after London's clocks went forward (a 23-hour day).
  { label: 'clocks forward, London', now: '2027-03-28T02:30:00.000Z', timeZone: 'Europe/London' },
  // 01:30 BST on Sunday 25 October 2026: the first of the two 01:30s (a 25-hour day).
  { label: 'clocks back, London', now: '2026-10-25T00:30:00.000Z', timeZone: 'Europe/London' },
  // 12:00 EDT on Sunday 14 March 2027, the day New York's clocks went forward.
  { label: 'clocks forward, New York', now: '2027-03-14T16:00:00.000Z', timeZone: 'America/New_York' },
  // 01:30 EDT on Sunday 1 November 2026: the first of the two 01:30s.
  { label: 'clocks back, New York', now: '2026-11-01T05:30:00.000Z', timeZone: 'America/New_York' },
];

/**
 * The moment this test process runs at: DEFAULT_MOMENT, or the one named by the environment
 * (GOOD_ENOUGH_NOW and TZ, set by the date-matrix projects in the Vitest config).
 */
export function pinnedMoment(env: Record<string, string | undefined> = process.env): Moment {
  const now = env.GOOD_ENOUGH_NOW;
  if (!now) return DEFAULT_MOMENT;
  const found = DATE_MATRIX.find((moment) => moment.now === now);
  return found ?? { label: now, now, timeZone: env.TZ ?? DEFAULT_MOMENT.timeZone };
}
