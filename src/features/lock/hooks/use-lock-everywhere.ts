import { useCallback } from 'react';
import { lockEverywhere } from '../../../db/lock-status';
import { useToasts } from '../../../ui/toast-store';

/**
 * Locks the journal in every tab. Words still being saved are waited for, then it locks; words
 * that can't be saved keep the journal open, so they stay on screen, and the person is told.
 */
export function useLockEverywhere(): () => Promise<void> {
  const show = useToasts((state) => state.show);
  return useCallback(async () => {
    const outcome = await lockEverywhere(() => show('Locking as soon as your latest words are saved.'));
    if (outcome === 'encrypting') {
      show('The journal stays open for a moment: it is still being encrypted. You can lock it once that finishes.');
    } else if (outcome === 'not-saved') {
      show(
        "Your journal is still open: your latest words can't be saved just now, so they stay here on screen. You can lock it once they are saved.",
      );
    }
  }, [show]);
}
