import './history.css';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { format } from 'date-fns';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { dayToDate } from '../../../domain/dates';
import { Notice } from '../../../ui/notice';
import { useTimeline } from '../hooks/use-timeline';
import { TimelineCard } from './timeline-card';

/**
 * Everything written, newest first, grouped by day. Only the rows on screen are in the page
 * (the list stays smooth with ten thousand entries), and more are read as the end nears.
 */
export function Timeline() {
  const { rows, hasMore, loadMore } = useTimeline();
  const listRef = useRef<HTMLDivElement>(null);
  // Where the list starts on the page, so window scrolling lines up with the rows.
  const [scrollMargin, setScrollMargin] = useState(0);
  const loaded = rows !== undefined;
  useLayoutEffect(() => setScrollMargin(listRef.current?.offsetTop ?? 0), [loaded]);
  const virtualizer = useWindowVirtualizer({
    count: rows?.length ?? 0,
    estimateSize: (index) => (rows?.[index]?.type === 'day' ? 52 : 128),
    overscan: 8,
    scrollMargin,
  });
  const items = virtualizer.getVirtualItems();
  const lastShown = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (rows && hasMore && lastShown >= rows.length - 10) loadMore();
  }, [rows, hasMore, lastShown, loadMore]);

  if (rows === undefined) return null;
  if (rows.length === 0) {
    return (
      <Notice title="Nothing here yet">
        <p>Your entries, answers and experiments will gather here, newest first. Everything stays on this device.</p>
      </Notice>
    );
  }
  return (
    <div ref={listRef} className="timeline" style={{ height: virtualizer.getTotalSize() }}>
      {items.map((virtual) => {
        const row = rows[virtual.index];
        if (!row) return null;
        return (
          <div
            key={row.type === 'day' ? `day:${row.day}` : row.item.key}
            data-index={virtual.index}
            ref={virtualizer.measureElement}
            className="timeline__row"
            style={{ transform: `translateY(${virtual.start - scrollMargin}px)` }}
          >
            {row.type === 'day' ? (
              <h2 className="timeline__day">{format(dayToDate(row.day), 'EEEE d MMMM yyyy')}</h2>
            ) : (
              <TimelineCard item={row.item} />
            )}
          </div>
        );
      })}
    </div>
  );
}
