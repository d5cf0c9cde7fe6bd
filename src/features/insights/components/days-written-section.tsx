import type { DaysWritten } from '../../../domain/insights/days-written';
import { describeAllDays, describeDays } from '../../../domain/insights/describe-insights';

/** The days someone came back: counted up, never a streak that can break. */
export function DaysWrittenSection({ days }: { days: DaysWritten }) {
  return (
    <section aria-labelledby="insights-days" className="stack">
      <h2 id="insights-days" className="section-title">
        Days you wrote
      </h2>
      <p className="tally">{describeDays(days)}</p>
      <p className="quiet">{describeAllDays(days)}</p>
    </section>
  );
}
