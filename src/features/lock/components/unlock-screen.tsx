import './lock.css';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { unlock } from '../../../db/lock-repository';
import { readLockStatus } from '../../../db/lock-status';
import { isDataError } from '../../../domain/data-error';

interface UnlockScreenProps {
  care?: ReactNode;
  forgotten?: ReactNode;
  /** Locked while words typed here weren't saved yet: they are kept, hidden, until it opens. */
  keepingWords?: boolean;
}

/**
 * Shown instead of the whole app while the journal is locked: nothing of the journal is
 * read or rendered until the passphrase opens its keys.
 */
export function UnlockScreen({ care, forgotten, keepingWords = false }: UnlockScreenProps) {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const waitMs = useWait(problem);
  const field = useRef<HTMLInputElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  // After a wrong try the cursor goes back to the (emptied) field, ready for the next one.
  useEffect(() => {
    if (problem && !busy) field.current?.focus();
  }, [problem, busy]);
  // Locked mid-sentence: the next keys typed must not land in the passphrase field (and be
  // sent as a wrong try with Enter), so the cursor waits on the heading until it is moved.
  useEffect(() => {
    if (keepingWords) title.current?.focus();
    else field.current?.focus();
  }, [keepingWords]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || waitMs > 0 || passphrase === '') return;
    setBusy(true);
    setProblem(null);
    try {
      await unlock(passphrase);
      // The app replaces this screen now.
    } catch (error) {
      setPassphrase('');
      setProblem(
        isDataError(error, 'wrong-passphrase')
          ? "That passphrase didn't open your journal. Take your time and try again; capitals and spaces count."
          : isDataError(error, 'wait')
            ? 'Several tries in a row, so the next one waits a little. Nothing has changed in your journal.'
            : "Your journal couldn't be opened just now. Nothing has changed; please try again.",
      );
      setBusy(false);
    }
  };

  return (
    <div className="unlock">
      <main className="unlock__main" id="main">
        <h1 className="unlock__title" ref={title} tabIndex={-1}>
          Good Enough
        </h1>
        <p>Your journal is locked. Type your passphrase to open it.</p>
        {keepingWords ? (
          <p className="notice notice--warm" role="status">
            What you were just writing isn&apos;t saved yet. It is kept here, out of sight, and is saved as soon as you
            unlock.
          </p>
        ) : null}
        <form className="stack" onSubmit={(event) => void submit(event)}>
          <div className="field">
            <label htmlFor="unlock-passphrase" className="field-label">
              Passphrase
            </label>
            <input
              ref={field}
              id="unlock-passphrase"
              name="passphrase"
              className="input"
              type="password"
              autoComplete="current-password"
              autoCapitalize="off"
              value={passphrase}
              aria-describedby={problem ? 'unlock-problem' : undefined}
              onChange={(event) => setPassphrase(event.target.value)}
            />
          </div>
          <p className="actions">
            <button type="submit" className="button" disabled={busy || waitMs > 0}>
              {busy ? 'Opening...' : 'Unlock'}
            </button>
          </p>
          {problem ? (
            <p id="unlock-problem" className="unlock__problem" role="alert">
              {problem}
            </p>
          ) : null}
          {waitMs > 0 ? (
            <p className="quiet" role="status">
              You can try again in {Math.ceil(waitMs / 1000)} seconds.
            </p>
          ) : null}
        </form>
        <details className="unlock__forgot">
          <summary>Forgot your passphrase?</summary>
          <p>
            Nobody can recover it: not us, not anyone. That is what keeps your journal private. If it is truly gone, you
            can start again with an empty journal, and bring back a backup if you have one.
          </p>
          {forgotten}
        </details>
        {care}
      </main>
    </div>
  );
}

/** How long until the next try is allowed, counting down once a second. */
function useWait(problem: string | null): number {
  const [waitMs, setWaitMs] = useState(0);
  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;
    let cancelled = false;
    void readLockStatus()
      .then((status) => {
        if (cancelled || status.waitMs <= 0) return;
        const until = Date.now() + status.waitMs;
        setWaitMs(status.waitMs);
        timer = setInterval(() => {
          const left = Math.max(0, until - Date.now());
          setWaitMs(left);
          if (left === 0) clearInterval(timer);
        }, 1000);
      })
      .catch(() => {});
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [problem]);
  return waitMs;
}
