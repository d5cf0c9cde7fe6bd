import './database-notice.css';
import { useState, useSyncExternalStore } from 'react';
import { useConnectionState } from '../db/connection-status';
import { anyUnsavedWords, onSaveSettled } from '../db/unsaved-words';
import { HelpButton } from '../features/care/components/help-button';

/**
 * What a tab says when another tab runs a different version of the app on the same journal
 * (see makeWayForNewerVersions in src/db/database.ts). Never a blank page, never a lost word.
 */
export function DatabaseNotice() {
  const state = useConnectionState((status) => status.state);
  if (state === 'waiting-for-older-tab') {
    return (
      <main className="unlock">
        <div className="unlock__main">
          <h1 className="unlock__title">Good Enough is open in another tab</h1>
          <p role="status">
            Good Enough is open in another tab with an older version: close it or reload it, and this one will open by
            itself. Nothing in your journal is lost meanwhile.
          </p>
          <HelpButton />
        </div>
      </main>
    );
  }
  if (state === 'stepping-back') {
    return (
      <div className="database-notice" role="status">
        <p>
          A newer version of Good Enough was opened in another tab. This tab is saving your latest words first; if that
          takes a while, the note under your writing says why.
        </p>
      </div>
    );
  }
  if (state === 'closed-for-newer-version' || state === 'deleted-elsewhere') return <ReloadNotice state={state} />;
  return null;
}

function ReloadNotice({ state }: { state: 'closed-for-newer-version' | 'deleted-elsewhere' }) {
  const unsaved = useSyncExternalStore(onSaveSettled, anyUnsavedWords);
  const [copied, setCopied] = useState(false);
  return (
    <section className="database-notice" role="alert" aria-labelledby="database-notice-title">
      <h2 id="database-notice-title" className="database-notice__title">
        {state === 'deleted-elsewhere' ? 'Your journal was deleted in another tab' : 'A newer version is open'}
      </h2>
      <p>
        {state === 'deleted-elsewhere'
          ? 'Everything was deleted from another tab, so this tab has stopped saving.'
          : 'Good Enough was opened in another tab with a newer version, so this tab has stepped back and stopped saving. Everything saved here is safe in your journal.'}{' '}
        Reload this tab when you are ready.
      </p>
      {unsaved ? (
        <p>
          Your latest words here couldn&apos;t be saved, and can&apos;t be now. They are still on screen below; you can
          copy them, reload, and paste them back in.
        </p>
      ) : null}
      <div className="toast__actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload
        </button>
        {unsaved ? (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => void navigator.clipboard.writeText(wordsOnScreen()).then(() => setCopied(true))}
          >
            {copied ? 'Copied' : 'Copy my words'}
          </button>
        ) : null}
      </div>
    </section>
  );
}

/** The words in the open form, as the person sees them: each filled field, in order. */
function wordsOnScreen(): string {
  const fields = document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
    'main textarea, main input[type="text"], main input:not([type])',
  );
  return [...fields]
    .map((field) => field.value.trim())
    .filter(Boolean)
    .join('\n\n');
}
