import { useEffect, useEffectEvent, useState } from 'react';
import { anyUnsavedWords, onSaveSettled, saveEverythingBeforeLeaving } from '../db/unsaved-words';
import {
  dismissOfflineNote,
  putOffNewVersion,
  startServiceWorker,
  switchToNewVersion,
  useServiceWorkerStatus,
} from './service-worker';

const OFFLINE_NOTE_MS = 6_000;

/**
 * Tells the person a new version is ready and lets them choose when to load it. The page
 * never reloads on its own: someone may be in the middle of writing.
 */
export function UpdatePrompt() {
  const needRefresh = useServiceWorkerStatus((status) => status.newVersionWaiting);
  const offlineReady = useServiceWorkerStatus((status) => status.offlineReady);
  const reloadHeld = useServiceWorkerStatus((status) => status.reloadHeld);
  const [held, setHeld] = useState(false);

  useEffect(startServiceWorker, []);

  // Loading the new version reloads the page: whatever is being typed is saved first, and if
  // it can't be (a full disk, a locked journal), the page stays as it is.
  const loadNewVersion = async () => {
    setHeld(false);
    performance.mark('update: saving before loading the new version');
    if (!(await saveEverythingBeforeLeaving())) {
      performance.mark('update: held back by unsaved words');
      setHeld(true);
      return;
    }
    await switchToNewVersion();
  };

  // Held back by words not yet saved: goes ahead by itself once they are, as the note says
  // (the editor keeps retrying its save; a tap on the button tries again at once).
  const tryAgain = useEffectEvent(() => void loadNewVersion());
  useEffect(() => {
    if (!held) return;
    return onSaveSettled(() => {
      if (!anyUnsavedWords()) tryAgain();
    });
  }, [held]);

  // Good news, briefly: the note about working offline leaves by itself.
  useEffect(() => {
    if (!offlineReady) return;
    const timer = setTimeout(dismissOfflineNote, OFFLINE_NOTE_MS);
    return () => clearTimeout(timer);
  }, [offlineReady]);

  if (reloadHeld) {
    return (
      <div className="toast" role="status">
        <p>
          The new version of Good Enough is ready, and this tab will switch to it once your latest words are saved; the
          note under your writing says why.
        </p>
      </div>
    );
  }
  if (needRefresh) {
    return (
      <div className="toast" role="status">
        <p>
          {held
            ? 'The new version will wait until your latest words are saved; the note under your writing says why.'
            : "A new version of Good Enough is ready. Load it whenever you like: anything you're writing is saved first."}
        </p>
        <div className="toast__actions">
          <button type="button" className="button" onClick={() => void loadNewVersion()}>
            Load new version
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              setHeld(false);
              putOffNewVersion();
            }}
          >
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
          <button type="button" className="button button--quiet" onClick={dismissOfflineNote}>
            OK
          </button>
        </div>
      </div>
    );
  }
  return null;
}
