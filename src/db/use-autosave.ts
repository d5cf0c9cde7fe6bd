import { useEffect, useEffectEvent, useState } from 'react';
import type { SaveState } from '../domain/save-state';
import { Autosaver, type AutosaverOptions } from './autosaver';

type Options<F> = Omit<AutosaverOptions<F>, 'onCreated' | 'onState'> & { onCreated: () => void };

/**
 * One Autosaver for a form's lifetime (key the form by record id), flushed when the page is
 * hidden, closed or left. The options are read once, when the form opens.
 */
export function useAutosave<F>(options: Options<F>) {
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const [created, setCreated] = useState(false);
  const [saver] = useState(
    () => new Autosaver<F>({ ...options, onCreated: () => setCreated(true), onState: setState }),
  );
  // Called once, when the record is first created, whatever callback the latest render passed.
  const announceCreated = useEffectEvent(() => options.onCreated());
  useEffect(() => {
    if (created) announceCreated();
  }, [created]);

  useEffect(() => {
    const saveNow = () => void saver.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && saveNow();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', saveNow);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', saveNow);
      saveNow();
    };
  }, [saver]);

  return { state, change: saver.change, flush: saver.flush };
}
