import { type FormEvent, useState } from 'react';
import { SYNC_PROBLEM_TEXT } from '../../../domain/sync/sync-problems';
import { PassphraseField } from '../../../ui/passphrase-field';
import { isSyncError } from '../couch-client';
import { startSyncing, syncingStarted, syncNow } from '../sync-runner';
import { turnOnSync } from '../sync-setup';

interface Props {
  initial?: { url: string; user: string };
  submitLabel?: string;
}

/** The four things sync needs, the same on every device. Nothing is kept until the server says yes. */
export function SyncSignInForm({ initial, submitLabel = 'Turn on sync' }: Props) {
  const [url, setUrl] = useState(initial?.url ?? '');
  const [user, setUser] = useState(initial?.user ?? '');
  const [password, setPassword] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const ready = url.trim() !== '' && user.trim() !== '' && password !== '' && passphrase.length >= 8;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready || busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await turnOnSync({ url, user: user.trim(), password, passphrase });
      // From now on this page syncs by itself too: after saves, on coming online, and the rest.
      if (syncingStarted()) void syncNow();
      else startSyncing();
    } catch (error) {
      setProblem(
        isSyncError(error)
          ? SYNC_PROBLEM_TEXT[error.problem]
          : "That didn't work. Nothing was changed; please try again.",
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack" onSubmit={(event) => void submit(event)} aria-label="Sync sign-in">
      <div className="field">
        <label htmlFor="sync-url" className="field-label">
          Your database&apos;s address
        </label>
        <p id="sync-url-hint" className="field-hint">
          For example https://couch.example.org/journal. The database must exist already.
        </p>
        <input
          id="sync-url"
          name="sync-url"
          className="input"
          type="url"
          inputMode="url"
          autoComplete="url"
          autoCapitalize="off"
          spellCheck={false}
          maxLength={2000}
          aria-describedby="sync-url-hint"
          value={url}
          onChange={(event) => setUrl(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="sync-user" className="field-label">
          User name
        </label>
        <input
          id="sync-user"
          name="sync-user"
          className="input"
          autoComplete="username"
          autoCapitalize="off"
          spellCheck={false}
          maxLength={200}
          value={user}
          onChange={(event) => setUser(event.target.value)}
        />
      </div>
      <PassphraseField
        label="Password"
        name="sync-password"
        value={password}
        onChange={setPassword}
        autoComplete="current-password"
      />
      <PassphraseField
        label="Sync passphrase"
        name="sync-passphrase"
        value={passphrase}
        onChange={setPassphrase}
        autoComplete="new-password"
        hint="At least 8 characters. The same on every device; it encrypts your journal before it leaves this one. If it is lost, the copy on the server can't be opened."
      />
      {problem ? <p role="alert">{problem}</p> : null}
      <p className="actions">
        <button type="submit" className="button" disabled={!ready || busy} aria-disabled={!ready || busy}>
          {busy ? 'Checking your server…' : submitLabel}
        </button>
      </p>
    </form>
  );
}
