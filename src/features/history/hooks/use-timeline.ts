import { useMemo, useState } from 'react';
import { countLiveEntries, listRecentEntries } from '../../../db/entries-repository';
import { useLiveData } from '../../../db/live';
import { listAllRuns } from '../../../db/runs-repository';
import { entryItem, runItems, toRows, type TimelineRow } from '../../../domain/history/timeline';

const PAGE = 60;

/**
 * Entries are read newest first, a page at a time as the person scrolls; runs (a few hundred
 * at most) are read whole and woven in for the stretch of time already loaded.
 */
export function useTimeline(): { rows: TimelineRow[] | undefined; hasMore: boolean; loadMore: () => void } {
  const [limit, setLimit] = useState(PAGE);
  const entries = useLiveData(() => listRecentEntries(limit), [limit]);
  const total = useLiveData(() => countLiveEntries());
  const runs = useLiveData(() => listAllRuns());

  const hasMore = entries !== undefined && total !== undefined && entries.length < total;
  const rows = useMemo(() => {
    if (!entries || !runs) return undefined;
    const oldestLoaded = hasMore ? (entries[entries.length - 1]?.createdAt ?? 0) : -Infinity;
    const runEvents = runs.flatMap(runItems).filter((item) => item.at >= oldestLoaded);
    return toRows([...entries.map(entryItem), ...runEvents]);
  }, [entries, runs, hasMore]);

  return { rows, hasMore, loadMore: () => setLimit((current) => current + PAGE) };
}
