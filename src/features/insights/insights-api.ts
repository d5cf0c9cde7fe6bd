import { database, letGoOfTheJournal } from '../../db/database';
import { listAllLiveEntries } from '../../db/entries-repository';
import { adoptLentKeys, type LentKeys } from '../../db/lent-keys';
import { listAllRuns } from '../../db/runs-repository';
import { type JournalInsights, journalInsights } from '../../domain/insights/journal-insights';
import type { LocalDay } from '../../domain/records';

/** Experiment titles by id, as the packs name them now: plain data, so it can be posted. */
export type ExperimentTitles = Record<string, string>;

/**
 * Working out insights, run in a worker (insights.worker.ts): reading ten thousand entries,
 * opening them when the lock is on and counting every word takes the best part of a second,
 * and there it never holds up a tap. The worker reads the journal itself, with the keys its
 * page lends it (`lent`; null on the page itself, where the keys already are), and only the
 * figures cross back. Nothing is kept between calls and nothing is logged.
 */
export const insightsWork = {
  async gather(today: LocalDay, titles: ExperimentTitles, lent: LentKeys | null): Promise<JournalInsights> {
    return journalInsights(...(await readJournal(lent)), today, titleOf(titles));
  },
};

export type InsightsWork = typeof insightsWork;

/**
 * The same work as its own worker does it (insights.worker.ts): it lets go of the journal as
 * soon as it has read it, and its page ends it only once `letGo` has answered. In WebKit
 * (WebKitGTK 2.50 here), a worker ended just after closing its connection often left that
 * connection open for good, and another tab's upgrade or "Delete everything" then waited for
 * it for ever (tests/engines/scenarios-connections.ts: the deletion waited in 3 runs of 3
 * before, in 3 of 4 with the close alone, in none of 4 since). `letGo` answers only after a
 * round trip to the database that follows the close, so the close has arrived there by then.
 */
export const insightsWorkInAWorker = {
  async gather(today: LocalDay, titles: ExperimentTitles, lent: LentKeys | null): Promise<JournalInsights> {
    let read;
    try {
      read = await readJournal(lent);
    } finally {
      database().close();
    }
    return journalInsights(...read, today, titleOf(titles));
  },
  letGo: letGoOfTheJournal,
};

export type InsightsWorker = typeof insightsWorkInAWorker;

function readJournal(lent: LentKeys | null) {
  if (lent) adoptLentKeys(lent);
  return Promise.all([listAllLiveEntries(), listAllRuns()]);
}

/** An experiment's title as its pack names it now, or none (the run's own title stands). */
function titleOf(titles: ExperimentTitles) {
  return (id: string) => (Object.hasOwn(titles, id) ? titles[id] : undefined);
}
