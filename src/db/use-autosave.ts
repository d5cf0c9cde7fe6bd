import { useEffect, useEffectEvent, useState } from 'react';
import type { SaveState } from '../domain/save-state';
import { Autosaver, type AutosaverOptions, type NewRecordReason } from './autosaver';
import { screenFollowsUp } from './unsaved-words';

type Options<F> = Omit<AutosaverOptions<F>, 'onState'>;

interface NewRecord {
  id: string;
  reason: NewRecordReason;
}

/**
 * One Autosaver for a form's lifetime (key the form by record id), flushed when the page is
 * hidden, closed or left. The options are read once, when the form opens; `onNewRecord` is
 * always the latest one passed.
 */
export function useAutosave<F>(options: Options<F>) {
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const [newRecord, setNewRecord] = useState<NewRecord | null>(null);
  const [unfollowed] = useState(() => new Set<() => void>());
  const [saver] = useState(
    () =>
      new Autosaver<F>({
        ...options,
        // Told the moment the record exists, before React has rendered anything: from now
        // until the screen has followed (or the form is gone), leaving the page waits.
        onNewRecord: (id, reason) => {
          let followed = () => {};
          screenFollowsUp(new Promise<void>((resolve) => (followed = resolve)));
          unfollowed.add(followed);
          setNewRecord({ id, reason });
        },
        onState: setState,
      }),
  );

  const announce = useEffectEvent((id: string, reason: NewRecordReason) => options.onNewRecord(id, reason));
  useEffect(() => {
    if (!newRecord) return;
    // This record's follow-up, and any of a record it replaced before the screen got to it.
    const due = [...unfollowed];
    void Promise.resolve(announce(newRecord.id, newRecord.reason)).finally(() => {
      for (const followed of due) {
        unfollowed.delete(followed);
        followed();
      }
    });
  }, [newRecord, unfollowed]);

  useEffect(() => {
    saver.register();
    const saveNow = () => void saver.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && saveNow();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', saveNow);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', saveNow);
      // The form is gone, so its screen will follow nothing more; its last save still counts.
      void saver.close().finally(() => {
        for (const followed of unfollowed) followed();
        unfollowed.clear();
      });
    };
  }, [saver, unfollowed]);

  return {
    state,
    forked: newRecord?.reason === 'forked',
    change: saver.change,
    flush: saver.flush,
    willDelete: saver.willDelete,
  };
}
