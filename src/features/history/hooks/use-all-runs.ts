import { useLiveData } from '../../../db/live';
import { listAllRuns } from '../../../db/runs-repository';

/** Every experiment run; undefined while reading. */
export function useAllRuns() {
  return useLiveData(() => listAllRuns());
}
