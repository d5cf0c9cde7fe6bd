import { type FormEvent, useEffect, useEffectEvent, useState } from 'react';
import { useLockMode } from '../../../db/use-lock-mode';
import { AT_LEAST, useNewPassphrase } from '../../../ui/new-passphrase';
import { PassphraseField } from '../../../ui/passphrase-field';

/**
 * "Protect this backup with a passphrase": on by default when the journal itself has one,
 * since a plain backup would undo the lock's protection wherever the file is kept.
 */
export function ProtectBackupChoice({ onChange }: { onChange: (passphrase: string | null) => void }) {
  const lockMode = useLockMode();
  const [wanted, setWanted] = useState<boolean | null>(null);
  const { passphrase, fields } = useNewPassphrase({
    label: 'Backup passphrase',
    againLabel: 'Backup passphrase again',
    name: 'backup-passphrase',
    againName: 'backup-passphrase-again',
    emptyHint: AT_LEAST,
  });
  const protect = wanted ?? lockMode !== 'off';

  // null: a plain backup; '': protected, passphrase not ready yet.
  const chosen = protect ? (passphrase ?? '') : null;
  const report = useEffectEvent((value: string | null) => onChange(value));
  useEffect(() => report(chosen), [chosen]);

  return (
    <div className="stack">
      <label className="choice">
        <input type="checkbox" checked={protect} onChange={(event) => setWanted(event.target.checked)} />
        <span>Protect the backup with a passphrase</span>
      </label>
      {protect ? (
        <>
          <p className="quiet">
            The file is encrypted, so only someone with this passphrase can read it. It can be your journal's passphrase
            or another one. Nobody can recover it if it is forgotten.
          </p>
          {fields}
        </>
      ) : null}
    </div>
  );
}

/** Asks for the passphrase of an encrypted backup that was chosen for import. */
export function OpenBackupForm({
  problem,
  busy,
  onOpen,
  onCancel,
}: {
  problem: string;
  busy: boolean;
  onOpen: (passphrase: string) => void;
  onCancel: () => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase) onOpen(passphrase);
  };
  return (
    <form className="stack notice notice--calm" onSubmit={submit} aria-label="Open the encrypted backup">
      <p role="status">{problem}</p>
      <PassphraseField
        label="The backup's passphrase"
        name="open-backup-passphrase"
        autoComplete="current-password"
        value={passphrase}
        onChange={setPassphrase}
      />
      <p className="actions">
        <button type="submit" className="button" disabled={!passphrase || busy}>
          {busy ? 'Opening...' : 'Open the backup'}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Not now
        </button>
      </p>
    </form>
  );
}
