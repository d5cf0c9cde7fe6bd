import { Link } from 'react-router';
import type { LocalDay } from '../../../domain/records';
import { paths } from '../../../ui/paths';
import { useJournalInsights } from '../hooks/use-journal-insights';
import type { ExperimentTitles } from '../insights-api';
import { DaysWrittenSection } from './days-written-section';
import { ExperimentsSection } from './experiments-section';
import { MoodSection } from './mood-section';
import { WritingSection } from './writing-section';

interface InsightsViewProps {
  today: LocalDay;
  /** The packs' titles of experiments by id (a run keeps a title for one the packs lost); undefined while they load. */
  titles: ExperimentTitles | undefined;
}

/** Gentle patterns in the journal, all worked out on this device. */
export function InsightsView({ today, titles }: InsightsViewProps) {
  const state = useJournalInsights(today, titles);
  if (state.status === 'loading') {
    return (
      <p className="quiet" role="status">
        Gathering what you've written...
      </p>
    );
  }
  if (state.status === 'failed') {
    return (
      <p role="alert">
        These patterns could not be gathered just now. Your journal is untouched; try opening this page again.
      </p>
    );
  }
  const { insights } = state;
  if (!insights.hasAnything) return <EmptyInsights />;
  return (
    <div className="insights">
      <p className="lead">
        These are patterns in what you wrote, not a measure of you. Some weeks hold more than others, and every one of
        them counts.
      </p>
      <DaysWrittenSection days={insights.days} />
      <MoodSection periods={insights.mood} moodsGiven={insights.moodsGiven} />
      <ExperimentsSection figures={insights.experiments} />
      <WritingSection questions={insights.questions} words={insights.words} />
    </div>
  );
}

function EmptyInsights() {
  return (
    <div className="stack">
      <p className="tally">Nothing to notice yet, and that's perfectly fine.</p>
      <p>
        As you write, this page will quietly gather what you notice: the days you came back, how your mood moved, and
        what your experiments showed you. All of it stays on this device.
      </p>
      <p className="actions">
        <Link className="button" to={paths.newEntry()}>
          Write something
        </Link>
        <Link className="button button--quiet" to={paths.experiments()}>
          Try an experiment
        </Link>
      </p>
    </div>
  );
}
