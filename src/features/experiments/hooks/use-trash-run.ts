import { useCallback } from 'react';
import { restoreRun, trashRun } from '../../../db/run-writes';
import { useToasts } from '../../../ui/toast-store';

/** Moves a run to the trash, with a toast that can undo it. */
export function useTrashRun() {
  const show = useToasts((state) => state.show);
  return useCallback(
    async (runId: string) => {
      try {
        await trashRun(runId);
        show('The run was moved to the trash.', { label: 'Undo', run: () => void restoreRun(runId) });
      } catch {
        show("The run couldn't be deleted just now. It is still in your journal.");
      }
    },
    [show],
  );
}
