import './sync.css';
import { useState } from 'react';
import { useLockMode } from '../../../db/use-lock-mode';
import { useToasts } from '../../../ui/toast-store';
import { useSyncConfig } from '../hooks/use-sync-config';
import { syncNow } from '../sync-runner';
import { turnOffSync } from '../turn-off';
import { SyncSignInForm } from './sync-sign-in-form';
import { SyncStatusLine } from './sync-status-line';

/** Settings: sync with the person's own server, turning it on, its status, and leaving. */
export function SyncSettings() {
  const config = useSyncConfig();
  const mode = useLockMode();
  if (config === undefined) return null;
  return (
    <section aria-labelledby="sync-heading" className="stack sync-section">
      <h2 id="sync-heading" className="section-title">
        Sync between your devices
      </h2>
      <p>
        Keep this journal on your other phones and computers through a CouchDB database of your own. Everything is
        encrypted on this device before it leaves, so your server stores nothing it can read. Sync is not a backup: keep
        making backups too.
      </p>
      {config === null ? (
        <SyncSignInForm />
      ) : config.signInAgain && mode !== 'locked' ? (
        <>
          <p>Your passphrase lock changed, so sync needs your password and sync passphrase once more.</p>
          <SyncSignInForm initial={config} submitLabel="Carry on syncing" />
          <TurnOff />
        </>
      ) : (
        <>
          <p className="quiet">
            Syncing with {config.url} as {config.user}.
          </p>
          <SyncStatusLine notes={config.notes} />
          <SyncActions url={config.url} user={config.user} />
        </>
      )}
    </section>
  );
}

function SyncActions({ url, user }: { url: string; user: string }) {
  const show = useToasts((state) => state.show);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(`Address: ${url}\nUser name: ${user}`);
      show('Copied the address and user name. Your password and passphrase are never copied.');
    } catch {
      show("This browser didn't allow copying. The address and user name are shown above.");
    }
  };
  return (
    <>
      <p className="actions">
        <button type="button" className="button" onClick={() => void syncNow()}>
          Sync now
        </button>
        <button type="button" className="button button--quiet" onClick={() => void copy()}>
          Copy setup details
        </button>
      </p>
      <TurnOff />
    </>
  );
}

function TurnOff() {
  const [asking, setAsking] = useState(false);
  const [alsoServer, setAlsoServer] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const show = useToasts((state) => state.show);
  if (!asking)
    return (
      <p className="actions">
        <button type="button" className="button button--quiet" onClick={() => setAsking(true)}>
          Turn off sync
        </button>
      </p>
    );
  const confirm = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await turnOffSync({ deleteServerCopy: alsoServer });
      show(
        alsoServer
          ? 'Sync is off, and the copy on your server is deleted.'
          : 'Sync is off. Everything stays on this device.',
      );
    } catch {
      setProblem("That didn't finish. Sync is still on; nothing on this device was changed.");
      setBusy(false);
    }
  };
  return (
    <div className="stack" role="group" aria-labelledby="sync-off-heading">
      <h3 id="sync-off-heading">Turn off sync?</h3>
      <p>Everything stays on this device. Your other devices keep their copies too.</p>
      <label className="sync-check">
        <input type="checkbox" checked={alsoServer} onChange={(event) => setAlsoServer(event.target.checked)} /> Also
        delete the copy on the server
      </label>
      {alsoServer ? (
        <p className="quiet">
          Turn sync off on your other devices first, or they will send everything back. This can&apos;t be undone on the
          server.
        </p>
      ) : null}
      {problem ? <p role="alert">{problem}</p> : null}
      <p className="actions">
        <button
          type="button"
          className={`button${alsoServer ? ' button--danger' : ''}`}
          disabled={busy}
          onClick={() => void confirm()}
        >
          {busy ? 'Turning off…' : alsoServer ? 'Turn off and delete the server copy' : 'Turn off sync'}
        </button>
        <button type="button" className="button button--quiet" disabled={busy} onClick={() => setAsking(false)}>
          Keep syncing
        </button>
      </p>
    </div>
  );
}
