import { listAllTags } from '../../../db/entries-repository';
import { useLiveData } from '../../../db/live';

/** Every tag used so far, for the filters; none while reading. */
export function useAllTags(): string[] {
  return useLiveData(() => listAllTags()) ?? [];
}
