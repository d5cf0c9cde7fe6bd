import { getEntry } from '../../../db/entries-repository';
import { useRecordOnce } from '../../../db/use-record-once';

/** The entry being edited, read once (a new entry is ready at once). */
export function useEntryOnce(entryId: string, isNew: boolean) {
  const loaded = useRecordOnce(entryId, isNew, getEntry);
  return loaded.loading ? loaded : { loading: false as const, entry: loaded.record };
}
