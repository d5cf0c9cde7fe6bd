import { type FormEvent, useState } from 'react';
import { changePassphrase, turnOffLock, turnOnLock } from '../../../db/lock-repository';
import { isDataError } from '../../../domain/data-error';
import { useToasts } from '../../../ui/toast-store';
import { AT_LEAST, useNewPassphrase } from '../../../ui/new-passphrase';
import { PassphraseField } from '../../../ui/passphrase-field';
import { ResealProgressLine, useResealProgress } from './reseal-progress';

type Done = { onDone: () => void };

function problemWords(error: unknown): string {
  if (isDataError(error, 'wrong-passphrase')) return "That isn't your current passphrase. Nothing was changed.";
  if (isDataError(error, 'storage-full'))
    return 'This device is out of space. Nothing was lost; please free some room.';
  return "That didn't finish. Nothing was lost; it carries on the next time the journal opens.";
}

const NEW_PASSPHRASE = {
  label: 'New passphrase',
  againLabel: 'The same passphrase again',
  name: 'new-passphrase',
  againName: 'confirm-passphrase',
  emptyHint: `${AT_LEAST} A few unrelated words work well.`,
};

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

interface ActionsProps {
  busy: boolean;
  ready: boolean;
  onCancel: () => void;
  working: string;
  cancel?: string;
  danger?: boolean;
  children: string;
}

/** Submit (with a busy label while it works) and cancel, both held while the work runs. */
function Actions({ busy, ready, onCancel, working, cancel = 'Cancel', danger = false, children }: ActionsProps) {
  return (
    <p className="actions">
      <button type="submit" className={danger ? 'button button--danger' : 'button'} disabled={!ready || busy}>
        {busy ? working : children}
      </button>
      <button type="button" className="button button--quiet" onClick={onCancel} disabled={busy}>
        {cancel}
      </button>
    </p>
  );
}

export function TurnOnForm({ onDone }: Done) {
  const { passphrase, fields } = useNewPassphrase(NEW_PASSPHRASE);
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
      <Actions busy={busy} ready={!!passphrase} onCancel={onDone} cancel="Not now" working="Encrypting...">
        Lock my journal with this passphrase
      </Actions>
      {status}
    </form>
  );
}

export function ChangePassphraseForm({ onDone }: Done) {
  const [current, setCurrent] = useState('');
  const { passphrase, fields } = useNewPassphrase(NEW_PASSPHRASE);
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
      <Actions busy={busy} ready={!!passphrase && !!current} onCancel={onDone} working="Changing...">
        Change passphrase
      </Actions>
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
      <Actions busy={busy} ready={!!current} onCancel={onDone} working="Removing..." danger>
        Remove the passphrase
      </Actions>
      {status}
    </form>
  );
}
