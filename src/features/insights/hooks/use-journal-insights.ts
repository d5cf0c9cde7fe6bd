import { useEffect, useState } from 'react';
import { keysToLend } from '../../../db/lent-keys';
import type { JournalInsights } from '../../../domain/insights/journal-insights';
import type { LocalDay } from '../../../domain/records';
import { workerClient } from '../../../ui/worker-client';
import { type ExperimentTitles, insightsWork, type InsightsWorker } from '../insights-api';

export type InsightsState =
  { status: 'loading' } | { status: 'failed' } | { status: 'ready'; insights: JournalInsights };

/**
 * Works out every figure once when the screen opens, in a worker of its own (on the page where
 * there are no workers, as in a test's jsdom), which reads the whole journal itself (opening
 * sealed records with the keys lent to it) so the page only renders the answer. Deliberately
 * not live: recounting 10,000 entries' words on every keystroke in another tab would cost more
 * than a slightly older figure is worth; the next visit counts afresh. `titles` undefined:
 * the packs are still loading, and nothing is worked out until they have.
 */
export function useJournalInsights(today: LocalDay, titles: ExperimentTitles | undefined): InsightsState {
  // Kept with what it was worked out for: an answer for other titles or another day is never shown.
  const [answer, setAnswer] = useState<{ today: LocalDay; titles: ExperimentTitles; state: InsightsState } | null>(
    null,
  );
  useEffect(() => {
    if (!titles) return;
    let live = true;
    const work = startWork();
    work
      .call(work.remote.gather(today, titles, work.lends ? keysToLend() : null))
      .then(
        (insights) => live && setAnswer({ today, titles, state: { status: 'ready', insights } }),
        () => live && setAnswer({ today, titles, state: { status: 'failed' } }),
      )
      .finally(work.end);
    return () => {
      live = false;
      work.end();
    };
  }, [today, titles]);
  return answer && answer.today === today && answer.titles === titles ? answer.state : { status: 'loading' };
}

/** The work in a worker of its own; on the page itself where there are no workers. */
function startWork() {
  if (typeof Worker === 'undefined') {
    return {
      remote: insightsWork,
      call: async <P>(answer: P): Promise<Awaited<P>> => await answer,
      end: () => {},
      lends: false,
    };
  }
  const client = workerClient<InsightsWorker>(
    new Worker(new URL('../insights.worker.ts', import.meta.url), { type: 'module' }),
    'Insights stopped.',
  );
  let ended = false;
  // Told to let go of the journal first (insightsWorkInAWorker), and ended once it has, or
  // at once if it has stopped.
  const end = () => {
    if (ended) return;
    ended = true;
    void client
      .call(client.remote.letGo())
      .catch(() => {})
      .finally(client.end);
  };
  return { ...client, end, lends: true };
}
