import { useCallback, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { RunForm } from '../../features/experiments/components/run-form';
import { useRunOnce } from '../../features/experiments/hooks/use-runs';
import { useTrashRun } from '../../features/experiments/hooks/use-trash-run';
import { findExperiment, usePacks } from '../../features/packs/hooks/use-packs';
import { Page } from '../../ui/page';
import { NotFoundRoute } from './not-found';

/**
 * `/experiments/:experimentId/runs/new` picks the run's id up front; once something is
 * written the address becomes `.../runs/<id>` (same route, so the form keeps its place).
 */
export function RunRoute() {
  const { experimentId = '', runId = 'new' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const packs = usePacks();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- location.key is the point: one id per visit
  const freshId = useMemo(() => crypto.randomUUID(), [location.key]);
  const id = runId === 'new' ? freshId : runId;
  const loaded = useRunOnce(id, runId === 'new');
  const trash = useTrashRun();
  // The run this visit created: its address changes, but it was read as "new" (nothing saved yet).
  const [createdId, setCreatedId] = useState<string | null>(null);
  const onCreated = useCallback(() => {
    setCreatedId(id);
    navigate(`/experiments/${experimentId}/runs/${id}`, { replace: true });
  }, [navigate, experimentId, id]);

  if (packs.status === 'loading' || loaded.loading) return null;
  const found = findExperiment(packs.packs, experimentId);
  const run = loaded.run;
  // A new run needs the experiment; a saved one is shown even if the pack dropped it.
  const isNew = runId === 'new' || createdId === id;
  if (!run && (!isNew || !found)) return <NotFoundRoute />;

  const title = found?.experiment.title ?? run?.experimentTitle ?? 'Experiment';
  const identity = {
    id,
    packId: found?.pack.id ?? run?.packId ?? '',
    experimentId,
    experimentTitle: title,
  };
  return (
    <Page title={title} eyebrow={run?.status === 'done' ? 'Your run · done' : 'Your run'}>
      <RunForm
        key={id}
        identity={identity}
        experiment={found?.experiment ?? null}
        run={run}
        onCreated={onCreated}
        onDelete={() => {
          void trash(id);
          navigate(`/experiments/${experimentId}`);
        }}
      />
      <p>
        <Link className="button button--quiet" to={`/experiments/${experimentId}`}>
          Done for now
        </Link>
      </p>
    </Page>
  );
}
