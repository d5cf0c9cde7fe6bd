import { useLiveData } from '../../../db/live';
import { listRunsOfExperiment } from '../../../db/runs-repository';

export function useExperimentRuns(experimentId: string) {
  return useLiveData(() => listRunsOfExperiment(experimentId), [experimentId]);
}
