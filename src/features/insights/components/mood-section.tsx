import { type MoodPeriod, periodLabel, periodShortLabel } from '../../../domain/insights/mood-over-time';
import { LineChart } from '../../../ui/line-chart';

const MOOD_SCALE = { min: 1, max: 5, ticks: [1, 2, 3, 4, 5] };

/** The average mood of each week or month; a period without a mood is a gap, not a low. */
export function MoodSection({ periods, moodsGiven }: { periods: MoodPeriod[]; moodsGiven: number }) {
  const byWeek = periods[0]?.grouping === 'week';
  return (
    <section aria-labelledby="insights-mood" className="stack">
      <h2 id="insights-mood" className="section-title">
        Mood over time
      </h2>
      {moodsGiven === 0 ? (
        <p>If you add a mood to an entry, how it moves over the weeks will show here. It is always optional.</p>
      ) : (
        <>
          <p>
            Each point is the average mood of your entries that {byWeek ? 'week' : 'month'}, from 1 (very low) to 5
            (very good). Gaps are {byWeek ? 'weeks' : 'months'} without a mood, which is fine.
          </p>
          <LineChart
            title={byWeek ? 'Your mood, the last 12 weeks' : 'Your mood, the last 12 months'}
            xLabels={periods.map(periodLabel)}
            xTicks={periods.map(periodShortLabel)}
            xTitle={byWeek ? 'Week' : 'Month'}
            first={{ label: 'Average mood', values: periods.map((period) => period.average) }}
            scale={MOOD_SCALE}
            missing="no mood given"
          />
        </>
      )}
    </section>
  );
}
