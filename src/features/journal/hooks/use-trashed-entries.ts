import { listTrashedEntries } from '../../../db/entries-repository';
import { useLiveData } from '../../../db/live';

/** Entries in the trash, newest first; undefined while reading. */
export function useTrashedEntries() {
  return useLiveData(() => listTrashedEntries());
}
