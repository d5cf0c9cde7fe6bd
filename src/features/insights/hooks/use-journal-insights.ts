import { useEffect, useMemo, useState } from 'react';
import { listAllLiveEntries } from '../../../db/entries-repository';
import { listAllRuns } from '../../../db/runs-repository';
import { type JournalInsights, journalInsights } from '../../../domain/insights/journal-insights';
import type { Entry, ExperimentRun, LocalDay } from '../../../domain/records';

export type InsightsState =
  { status: 'loading' } | { status: 'failed' } | { status: 'ready'; insights: JournalInsights };

/**
 * Reads the whole journal once when the screen opens (opening sealed records when the lock is
 * on, like search does) and works out every figure on the device. Deliberately not live:
 * recounting 10,000 entries' words on every keystroke in another tab would cost more than a
 * slightly older figure is worth; the next visit counts afresh.
 */
export function useJournalInsights(
  today: LocalDay,
  titleOf?: (experimentId: string) => string | undefined,
): InsightsState {
  const [journal, setJournal] = useState<{ entries: Entry[]; runs: ExperimentRun[] } | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    Promise.all([listAllLiveEntries(), listAllRuns()]).then(
      ([entries, runs]) => live && setJournal({ entries, runs }),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  const insights = useMemo(
    () => (journal ? journalInsights(journal.entries, journal.runs, today, titleOf) : null),
    [journal, today, titleOf],
  );
  if (failed) return { status: 'failed' };
  return insights ? { status: 'ready', insights } : { status: 'loading' };
}
