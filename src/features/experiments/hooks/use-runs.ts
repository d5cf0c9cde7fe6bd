import { useLiveData } from '../../../db/live';
import { getRun, listAllRuns, listPlannedRuns, listRunsOfExperiment } from '../../../db/runs-repository';
import { useRecordOnce } from '../../../db/use-record-once';

export function useExperimentRuns(experimentId: string) {
  return useLiveData(() => listRunsOfExperiment(experimentId), [experimentId]);
}

export function useAllRuns() {
  return useLiveData(() => listAllRuns());
}

export function usePlannedRuns() {
  return useLiveData(() => listPlannedRuns());
}

/** The run being edited, read once (a new run is ready at once). */
export function useRunOnce(runId: string, isNew: boolean) {
  const loaded = useRecordOnce(runId, isNew, getRun);
  return loaded.loading ? loaded : { loading: false as const, run: loaded.record };
}
