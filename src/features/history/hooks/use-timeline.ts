import { useMemo, useState } from 'react';
import { countLiveEntries, listLatestDays } from '../../../db/entries-repository';
import { useLiveData } from '../../../db/live';
import { listRunsForHistory } from '../../../db/runs-repository';
import { entryItem, runItems, toRows, type TimelineRow, unopenableItem } from '../../../domain/history/timeline';

const PAGE = 60;

/**
 * Entries are read newest day first, whole days at a time as the person scrolls; runs (a few
 * hundred at most) are read whole and woven in for the days already loaded.
 */
export function useTimeline(): { rows: TimelineRow[] | undefined; hasMore: boolean; loadMore: () => void } {
  const [limit, setLimit] = useState(PAGE);
  const page = useLiveData(() => listLatestDays(limit), [limit]);
  const total = useLiveData(() => countLiveEntries());
  const runs = useLiveData(() => listRunsForHistory());

  // Damaged entries count as read: they are in the page too, shown as such. A page shorter than
  // asked for was the end. Without that check, an entry back from the trash (counted at once,
  // listed a moment later) looked like more to load, and asking for the next page before the
  // last one arrived never let the list catch up.
  const read = page ? page.entries.length + page.unopenable.length : 0;
  const hasMore = page !== undefined && total !== undefined && read >= limit && read < total;
  const rows = useMemo(() => {
    if (!page || !runs) return undefined;
    const entryItems = [
      ...page.entries.map(entryItem),
      ...page.unopenable.map((record) => unopenableItem(record, 'entry')),
    ];
    // listLatestDays ends on its oldest day, whole. Days compare as text; '' is before them all.
    const oldestDay = hasMore
      ? entryItems.reduce((oldest, item) => (item.day < oldest ? item.day : oldest), '9999')
      : '';
    const runEvents = [
      ...runs.runs.flatMap(runItems),
      ...runs.unopenable.map((record) => unopenableItem(record, 'run')),
    ].filter((item) => item.day >= oldestDay);
    return toRows([...entryItems, ...runEvents]);
  }, [page, runs, hasMore]);

  return { rows, hasMore, loadMore: () => setLimit((current) => current + PAGE) };
}
