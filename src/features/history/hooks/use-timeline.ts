import { useMemo, useState } from 'react';
import { countLiveEntries, listLatestDays } from '../../../db/entries-repository';
import { useLiveData } from '../../../db/live';
import { listAllRuns } from '../../../db/runs-repository';
import { entryItem, runItems, toRows, type TimelineRow } from '../../../domain/history/timeline';

const PAGE = 60;

/**
 * Entries are read newest day first, whole days at a time as the person scrolls; runs (a few
 * hundred at most) are read whole and woven in for the days already loaded.
 */
export function useTimeline(): { rows: TimelineRow[] | undefined; hasMore: boolean; loadMore: () => void } {
  const [limit, setLimit] = useState(PAGE);
  const entries = useLiveData(() => listLatestDays(limit), [limit]);
  const total = useLiveData(() => countLiveEntries());
  const runs = useLiveData(() => listAllRuns());

  // A page shorter than asked for was the end. Without that check, an entry back from the
  // trash (counted at once, listed a moment later) looked like more to load, and asking for
  // the next page before the last one arrived never let the list catch up.
  const hasMore = entries !== undefined && total !== undefined && entries.length >= limit && entries.length < total;
  const rows = useMemo(() => {
    if (!entries || !runs) return undefined;
    // listLatestDays ends on its oldest day, whole. Days compare as text; '' is before them all.
    const oldestDay = hasMore ? (entries.at(-1)?.day ?? '') : '';
    const runEvents = runs.flatMap(runItems).filter((item) => item.day >= oldestDay);
    return toRows([...entries.map(entryItem), ...runEvents]);
  }, [entries, runs, hasMore]);

  return { rows, hasMore, loadMore: () => setLimit((current) => current + PAGE) };
}
