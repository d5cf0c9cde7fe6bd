import { type FormEvent, useState } from 'react';
import { changePassphrase, turnOffLock, turnOnLock } from '../../../db/lock-repository';
import { isDataError } from '../../../domain/data-error';
import { MIN_PASSPHRASE_LENGTH, passphraseStrength, STRENGTH_WORDS } from '../../../domain/lock/passphrase-strength';
import { useToasts } from '../../../ui/toast-store';
import { PassphraseField } from '../../../ui/passphrase-field';
import { ResealProgressLine, useResealProgress } from './reseal-progress';

type Done = { onDone: () => void };

function problemWords(error: unknown): string {
  if (isDataError(error, 'wrong-passphrase')) return "That isn't your current passphrase. Nothing was changed.";
  if (isDataError(error, 'storage-full'))
    return 'This device is out of space. Nothing was lost; please free some room.';
  return "That didn't finish. Nothing was lost; it carries on the next time the journal opens.";
}

/** A new passphrase typed twice, with a gentle strength hint. Returns null while it isn't ready. */
function useNewPassphrase() {
  const [first, setFirst] = useState('');
  const [again, setAgain] = useState('');
  const strength = passphraseStrength(first);
  const ready = strength !== 'too-short' && first === again;
  const fields = (
    <>
      <PassphraseField
        label="New passphrase"
        name="new-passphrase"
        autoComplete="new-password"
        value={first}
        onChange={setFirst}
        hint={
          first
            ? STRENGTH_WORDS[strength]
            : `At least ${MIN_PASSPHRASE_LENGTH} characters. A few unrelated words work well.`
        }
      />
      <PassphraseField
        label="The same passphrase again"
        name="confirm-passphrase"
        autoComplete="new-password"
        value={again}
        onChange={setAgain}
        hint={again && again !== first ? "These two don't match yet." : undefined}
      />
    </>
  );
  return { passphrase: ready ? first : null, fields };
}

function useLockAction(onDone: () => void, label: string, success: string) {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { progress, track } = useResealProgress();
  const show = useToasts((state) => state.show);
  const run = async (work: (onProgress: (done: number, total: number) => void) => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await track(work, false, label);
      show(success);
      onDone();
    } catch (error) {
      setProblem(problemWords(error));
    } finally {
      setBusy(false);
    }
  };
  const status = (
    <>
      {progress ? <ResealProgressLine progress={progress} /> : null}
      {problem ? <p role="alert">{problem}</p> : null}
    </>
  );
  return { busy, run, status };
}

export function TurnOnForm({ onDone }: Done) {
  const { passphrase, fields } = useNewPassphrase();
  const { busy, run, status } = useLockAction(
    onDone,
    'Encrypting your journal',
    'Your journal is now locked with your passphrase.',
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase) void run((onProgress) => turnOnLock(passphrase, onProgress));
  };
  return (
    <form className="stack" onSubmit={submit} aria-label="Set a passphrase">
      <div className="notice notice--warm">
        <p>
          <strong>Please read this first.</strong> If you forget this passphrase, nobody can open your journal: not us,
          not anyone. Making a backup first is wise, and so is writing the passphrase down somewhere safe.
        </p>
        <p>
          What you wrote before now is encrypted too, but the browser may keep old copies in its own files until it
          tidies them away, on its own schedule. For a completely clean start: make a backup, clear this site's data in
          your browser's settings (that deletes the journal here), then open Good Enough again, set your passphrase and
          bring the backup back in.
        </p>
      </div>
      {fields}
      <p className="actions">
        <button type="submit" className="button" disabled={!passphrase || busy}>
          {busy ? 'Encrypting...' : 'Lock my journal with this passphrase'}
        </button>
        <button type="button" className="button button--quiet" onClick={onDone} disabled={busy}>
          Not now
        </button>
      </p>
      {status}
    </form>
  );
}

export function ChangePassphraseForm({ onDone }: Done) {
  const [current, setCurrent] = useState('');
  const { passphrase, fields } = useNewPassphrase();
  const { busy, run, status } = useLockAction(onDone, 'Changing your passphrase', 'Your passphrase is changed.');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase && current) void run((onProgress) => changePassphrase(current, passphrase, onProgress));
  };
  return (
    <form className="stack" onSubmit={submit} aria-label="Change passphrase">
      <PassphraseField
        label="Current passphrase"
        name="current-passphrase"
        autoComplete="current-password"
        value={current}
        onChange={setCurrent}
      />
      {fields}
      <p className="actions">
        <button type="submit" className="button" disabled={!passphrase || !current || busy}>
          {busy ? 'Changing...' : 'Change passphrase'}
        </button>
        <button type="button" className="button button--quiet" onClick={onDone} disabled={busy}>
          Cancel
        </button>
      </p>
      {status}
    </form>
  );
}

export function RemoveLockForm({ onDone }: Done) {
  const [current, setCurrent] = useState('');
  const { busy, run, status } = useLockAction(
    onDone,
    'Removing the encryption',
    'Your journal no longer has a passphrase.',
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (current) void run((onProgress) => turnOffLock(current, onProgress));
  };
  return (
    <form className="stack" onSubmit={submit} aria-label="Remove the passphrase">
      <p>
        Without a passphrase your journal is stored unencrypted on this device, and opens without asking. You can set a
        new passphrase at any time.
      </p>
      <PassphraseField
        label="Current passphrase"
        name="current-passphrase"
        autoComplete="current-password"
        value={current}
        onChange={setCurrent}
      />
      <p className="actions">
        <button type="submit" className="button button--danger" disabled={!current || busy}>
          {busy ? 'Removing...' : 'Remove the passphrase'}
        </button>
        <button type="button" className="button button--quiet" onClick={onDone} disabled={busy}>
          Cancel
        </button>
      </p>
      {status}
    </form>
  );
}
