import { lazy, Suspense } from 'react';
import { usePlannedRuns } from '../hooks/use-runs';

// Its cards' dates need date-fns (about 20 kB minified): fetched only when a run is waiting,
// so Today's first screen does without it.
const WaitingRunsList = lazy(async () => ({ default: (await import('./waiting-runs-list')).WaitingRunsList }));

/** Planned runs not yet finished, oldest first, so the person can come back and close the loop. */
export function WaitingRuns({ now }: { now: Date }) {
  const runs = usePlannedRuns();
  if (!runs || runs.length === 0) return null;
  return (
    <section aria-labelledby="waiting-heading">
      <h2 id="waiting-heading" className="section-title">
        Waiting for you
      </h2>
      <Suspense fallback={null}>
        <WaitingRunsList runs={runs} now={now} />
      </Suspense>
    </section>
  );
}
