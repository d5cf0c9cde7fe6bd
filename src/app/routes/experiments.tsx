import { useParams } from 'react-router';
import { ExperimentDetail } from '../../features/experiments/components/experiment-detail';
import { ExperimentList } from '../../features/experiments/components/experiment-list';
import { PacksReady } from '../../features/packs/components/packs-ready';
import { findExperiment, usePacks } from '../../features/packs/hooks/use-packs';
import { Page } from '../../ui/page';
import { NotFoundRoute } from './not-found';

export function ExperimentsRoute() {
  return (
    <Page title="Experiments">
      <PacksReady>{(packs) => <ExperimentList packs={packs} />}</PacksReady>
    </Page>
  );
}

export function ExperimentRoute() {
  const { experimentId = '' } = useParams();
  const state = usePacks();
  const found = state.status === 'ready' ? findExperiment(state.packs, experimentId) : undefined;
  if (state.status === 'ready' && !found) return <NotFoundRoute />;
  return (
    <Page title={found?.experiment.title ?? 'Experiment'} eyebrow={found?.pack.title}>
      <PacksReady>{() => (found ? <ExperimentDetail experiment={found.experiment} /> : null)}</PacksReady>
    </Page>
  );
}
