import { useCallback } from 'react';
import { listAllTags, restoreEntry, trashEntry } from '../../../db/entries-repository';
import { useReadOnce } from '../../../db/read-once';
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

/**
 * Tags used before, read once when the editor opens: suggestions need not follow every
 * autosave, and re-reading the tag index twice a second while typing is wasted work.
 */
export function useKnownTags(): string[] {
  // No suggestions is fine, while reading or if the read fails; typing a tag still works.
  return useReadOnce(() => listAllTags().catch(() => [])) ?? [];
}
