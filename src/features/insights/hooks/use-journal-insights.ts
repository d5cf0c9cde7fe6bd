import { useMemo } from 'react';
import { listAllLiveEntries } from '../../../db/entries-repository';
import { useReadOnce } from '../../../db/read-once';
import { listAllRuns } from '../../../db/runs-repository';
import { type JournalInsights, journalInsights } from '../../../domain/insights/journal-insights';
import type { LocalDay } from '../../../domain/records';

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
  const journal = useReadOnce(() =>
    Promise.all([listAllLiveEntries(), listAllRuns()]).then(
      ([entries, runs]) => ({ entries, runs }),
      () => 'failed' as const,
    ),
  );

  const insights = useMemo(
    () => (journal && journal !== 'failed' ? journalInsights(journal.entries, journal.runs, today, titleOf) : null),
    [journal, today, titleOf],
  );
  if (journal === 'failed') return { status: 'failed' };
  return insights ? { status: 'ready', insights } : { status: 'loading' };
}
