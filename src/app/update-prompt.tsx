import { useEffect } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';

const OFFLINE_NOTE_MS = 6_000;

/**
 * Tells the person a new version is ready and lets them choose when to load it. The page
 * never reloads on its own: someone may be in the middle of writing.
 */
export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();

  // Good news, briefly: the note about working offline leaves by itself.
  useEffect(() => {
    if (!offlineReady) return;
    const timer = setTimeout(() => setOfflineReady(false), OFFLINE_NOTE_MS);
    return () => clearTimeout(timer);
  }, [offlineReady, setOfflineReady]);

  if (needRefresh) {
    return (
      <div className="toast" role="status">
        <p>A new version of Good Enough is ready. Your writing is saved; load it whenever you like.</p>
        <div className="toast__actions">
          <button type="button" className="button" onClick={() => void updateServiceWorker(true)}>
            Load new version
          </button>
          <button type="button" className="button button--quiet" onClick={() => setNeedRefresh(false)}>
            Later
          </button>
        </div>
      </div>
    );
  }
  if (offlineReady) {
    return (
      <div className="toast" role="status">
        <p>Good Enough now works offline, too.</p>
        <div className="toast__actions">
          <button type="button" className="button button--quiet" onClick={() => setOfflineReady(false)}>
            OK
          </button>
        </div>
      </div>
    );
  }
  return null;
}
