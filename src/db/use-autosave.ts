import { useEffect, useEffectEvent, useState } from 'react';
import type { SaveState } from '../domain/save-state';
import { Autosaver, type AutosaverOptions, type NewRecordReason } from './autosaver';

type Options<F> = Omit<AutosaverOptions<F>, 'onState'>;

/**
 * One Autosaver for a form's lifetime (key the form by record id), flushed when the page is
 * hidden, closed or left. The options are read once, when the form opens; `onNewRecord` is
 * always the latest one passed.
 */
export function useAutosave<F>(options: Options<F>) {
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const [newRecord, setNewRecord] = useState<{ id: string; reason: NewRecordReason } | null>(null);
  const [saver] = useState(
    () =>
      new Autosaver<F>({
        ...options,
        onNewRecord: (id, reason) => setNewRecord({ id, reason }),
        onState: setState,
      }),
  );

  const announce = useEffectEvent((id: string, reason: NewRecordReason) => options.onNewRecord(id, reason));
  useEffect(() => {
    if (newRecord) announce(newRecord.id, newRecord.reason);
  }, [newRecord]);

  useEffect(() => {
    saver.register();
    const saveNow = () => void saver.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && saveNow();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', saveNow);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', saveNow);
      void saver.close();
    };
  }, [saver]);

  return {
    state,
    forked: newRecord?.reason === 'forked',
    change: saver.change,
    flush: saver.flush,
    willDelete: saver.willDelete,
  };
}
