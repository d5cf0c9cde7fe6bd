import { Link, useParams } from 'react-router';
import { EarlierExperiments } from '../../features/experiments/components/earlier-experiments';
import { ExperimentDetail } from '../../features/experiments/components/experiment-detail';
import { ExperimentList } from '../../features/experiments/components/experiment-list';
import { ExperimentRuns } from '../../features/experiments/components/experiment-runs';
import { OwnExperimentDetail } from '../../features/experiments/components/own-experiment-detail';
import { useExperimentRuns } from '../../features/experiments/hooks/use-runs';
import { isOwnExperiment } from '../../features/experiments/own-experiment';
import { PacksReady } from '../../features/packs/components/packs-ready';
import { findExperiment, usePacks } from '../../features/packs/hooks/use-packs';
import { Page } from '../../ui/page';
import { paths } from '../../ui/paths';
import { NotFoundRoute } from './not-found';

export function ExperimentsRoute() {
  return (
    <Page title="Experiments">
      <PacksReady>
        {(packs) => (
          <>
            <ExperimentList packs={packs} />
            <EarlierExperiments packs={packs} />
          </>
        )}
      </PacksReady>
    </Page>
  );
}

export function ExperimentRoute() {
  const { experimentId = '' } = useParams();
  if (isOwnExperiment(experimentId)) {
    return (
      <Page title="Design your own experiment">
        <OwnExperimentDetail />
      </Page>
    );
  }
  return <PackExperimentRoute experimentId={experimentId} />;
}

function PackExperimentRoute({ experimentId }: { experimentId: string }) {
  const state = usePacks();
  const found = state.status === 'ready' ? findExperiment(state.packs, experimentId) : undefined;
  if (state.status === 'ready' && !found) return <EarlierExperimentRoute experimentId={experimentId} />;
  return (
    <Page title={found?.experiment.title ?? 'Experiment'} eyebrow={found?.pack.title}>
      <PacksReady>{() => (found ? <ExperimentDetail experiment={found.experiment} /> : null)}</PacksReady>
      <p>
        <Link to={paths.insights()}>What all your experiments have shown, together</Link>
      </p>
    </Page>
  );
}

/** An experiment no pack has any more: its runs stay reachable under their stored title. */
function EarlierExperimentRoute({ experimentId }: { experimentId: string }) {
  const runs = useExperimentRuns(experimentId);
  if (runs === undefined) return null;
  if (runs.length === 0) return <NotFoundRoute />;
  return (
    <Page title={runs[runs.length - 1]?.experimentTitle || 'An earlier experiment'} eyebrow="Earlier experiment">
      <p className="quiet">This experiment is no longer in the guided pack. Your runs of it are kept here.</p>
      <ExperimentRuns experimentId={experimentId} runs={runs} />
    </Page>
  );
}
