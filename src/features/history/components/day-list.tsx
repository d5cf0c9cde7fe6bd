import { entryItem, runItems } from '../../../domain/history/timeline';
import { Notice } from '../../../ui/notice';
import { useAllRuns } from '../hooks/use-all-runs';
import { useEntriesOnDays } from '../hooks/use-entries';
import { TimelineCard } from './timeline-card';

/** Everything written on one day, newest first. */
export function DayList({ day }: { day: string }) {
  const entries = useEntriesOnDays([day]);
  const runs = useAllRuns();
  if (!entries || !runs) return null;
  const items = [...entries.map(entryItem), ...runs.flatMap(runItems).filter((item) => item.day === day)].sort(
    (a, b) => b.at - a.at,
  );
  if (items.length === 0) {
    return (
      <Notice>
        <p>Nothing was written on this day.</p>
      </Notice>
    );
  }
  return (
    <ul className="card-list">
      {items.map((item) => (
        <li key={item.key}>
          <TimelineCard item={item} />
        </li>
      ))}
    </ul>
  );
}
