import { useLiveData } from '../../../db/live';
import { getRun, listAllRuns, listPlannedRuns, listRunsOfExperiment } from '../../../db/runs-repository';
import { useRecordOnce } from '../../../db/use-record-once';

export function useExperimentRuns(experimentId: string) {
  return useLiveData(() => listRunsOfExperiment(experimentId), [experimentId]);
}

export function useAllRuns() {
  return useLiveData(() => listAllRuns());
}

/** The experiments someone has started at least once (planned or done): undefined while reading. */
export function useTriedExperimentIds(): ReadonlySet<string> | undefined {
  const runs = useAllRuns();
  return runs && new Set(runs.map((run) => run.experimentId));
}

export function usePlannedRuns() {
  return useLiveData(() => listPlannedRuns());
}

/** The run being edited, read once (a new run is ready at once). */
export function useRunOnce(runId: string, isNew: boolean) {
  const loaded = useRecordOnce(runId, isNew, getRun);
  return loaded.loading ? loaded : { loading: false as const, run: loaded.record };
}
