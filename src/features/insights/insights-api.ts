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
    if (lent) adoptLentKeys(lent);
    const [entries, runs] = await Promise.all([listAllLiveEntries(), listAllRuns()]);
    return journalInsights(entries, runs, today, (id) => (Object.hasOwn(titles, id) ? titles[id] : undefined));
  },
};

export type InsightsWork = typeof insightsWork;
