import { useCallback } from 'react';
import { listAllTags, restoreEntry, trashEntry } from '../../../db/entries-repository';
import { useLiveData } from '../../../db/live';
import { useToasts } from '../../../ui/toast-store';

/** Moves an entry to the trash, with a toast that can undo it. */
export function useTrashEntry() {
  const show = useToasts((state) => state.show);
  return useCallback(
    async (entryId: string) => {
      try {
        await trashEntry(entryId);
        show('The entry was moved to the trash.', { label: 'Undo', run: () => void restoreEntry(entryId) });
      } catch {
        show("The entry couldn't be moved to the trash just now. It is still in your journal.");
      }
    },
    [show],
  );
}

export function useKnownTags(): string[] {
  return useLiveData(() => listAllTags()) ?? [];
}
