import { useMemo } from 'react';
import { Link } from 'react-router';
import { localDayOf } from '../../domain/dates';
import { InsightsView } from '../../features/insights/components/insights-view';
import { usePacks } from '../../features/packs/hooks/use-packs';
import { Page } from '../../ui/page';
import { paths } from '../../ui/paths';

export function InsightsRoute() {
  // The day this visit began: figures are worked out once per visit.
  const today = useMemo(() => localDayOf(new Date()), []);
  const packs = usePacks();
  const ready = packs.status === 'ready' ? packs.packs : null;
  // Experiments are named as the pack names them now (the first pack that has one, as
  // findExperiment does); runs keep a title for any the pack lost.
  const titles = useMemo(() => {
    if (!ready) return undefined;
    const byId: Record<string, string> = {};
    for (const pack of ready) for (const { id, title } of pack.experiments) byId[id] ??= title;
    return byId;
  }, [ready]);
  return (
    <Page title="What you've noticed" eyebrow="Insights, worked out on this device">
      <InsightsView today={today} titles={titles} />
      <p>
        <Link to={paths.journal()}>Back to your journal</Link>
      </p>
    </Page>
  );
}
