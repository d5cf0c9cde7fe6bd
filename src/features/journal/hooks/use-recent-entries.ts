import { useLiveData } from '../../../db/live';
import { listRecentEntries } from '../../../db/entries-repository';

export function useRecentEntries(limit = 50) {
  return useLiveData(() => listRecentEntries(limit), [limit]);
}
