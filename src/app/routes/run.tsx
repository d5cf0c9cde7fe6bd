import { useCallback } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { RunForm } from '../../features/experiments/components/run-form';
import { useRunOnce } from '../../features/experiments/hooks/use-runs';
import { useTrashRun } from '../../features/experiments/hooks/use-trash-run';
import { isOwnExperiment, OWN_EXPERIMENT, OWN_PACK_ID } from '../../features/experiments/own-experiment';
import { findExperiment, usePacks } from '../../features/packs/hooks/use-packs';
import { Page } from '../../ui/page';
import { NEW_RECORD_ID, paths } from '../../ui/paths';
import { NotFoundRoute } from './not-found';
import { useEditorSession } from './use-editor-session';

/**
 * `/experiments/:experimentId/runs/new` picks the run's id up front; once something is
 * written the address becomes `.../runs/<id>`. The form stays put through that change (and
 * through a copy being made after a conflict): it is keyed by the run it was opened for.
 */
export function RunRoute() {
  const { experimentId = '', runId = NEW_RECORD_ID } = useParams();
  const packs = usePacks();
  const navigate = useNavigate();
  const pathOf = useCallback((savedId: string) => paths.run(experimentId, savedId), [experimentId]);
  const session = useEditorSession(runId, pathOf);
  const loaded = useRunOnce(session.openedAs, session.isNew);
  const trash = useTrashRun();

  if (packs.status === 'loading' || loaded.loading) return null;
  const found =
    findExperiment(packs.packs, experimentId) ??
    (isOwnExperiment(experimentId) ? { pack: { id: OWN_PACK_ID, title: '' }, experiment: OWN_EXPERIMENT } : undefined);
  const run = loaded.run;
  // A new run needs the experiment; a saved one is shown even if the pack dropped it.
  if (!run && (!session.isNew || !found)) return <NotFoundRoute />;

  const title = found?.experiment.title ?? run?.experimentTitle ?? 'Experiment';
  const identity = {
    id: session.openedAs,
    packId: found?.pack.id ?? run?.packId ?? '',
    experimentId,
    experimentTitle: title,
  };
  return (
    <Page title={title} eyebrow={run?.status === 'done' ? 'Your run · done' : 'Your run'}>
      <RunForm
        key={session.openedAs}
        identity={identity}
        experiment={found?.experiment ?? null}
        run={run}
        onNewRecord={session.onNewRecord}
        onDelete={() => {
          if (session.current) void trash(session.current);
          navigate(paths.experiment(experimentId));
        }}
      />
      <p>
        <Link className="button button--quiet" to={paths.experiment(experimentId)}>
          Done for now
        </Link>
      </p>
    </Page>
  );
}
