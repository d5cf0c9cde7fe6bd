import { useEffect, useState } from 'react';
import { EntrySaver, type SaveState } from '../entry-saver';

/** An EntrySaver for the editor's lifetime, flushed when the page is hidden, closed or left. */
export function useEntryAutosave(entryId: string, savedRev: number | null, onCreated: () => void) {
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const [created, setCreated] = useState(false);
  const [saver] = useState(() => new EntrySaver(entryId, savedRev, () => setCreated(true), setState));

  useEffect(() => {
    if (created) onCreated();
  }, [created, onCreated]);

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
