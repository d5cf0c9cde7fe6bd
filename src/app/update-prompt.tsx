import { useRegisterSW } from 'virtual:pwa-register/react';

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
