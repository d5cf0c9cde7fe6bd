import { useState } from 'react';
import { ProtectBackupChoice } from '../../features/backup/components/backup-passphrase';
import { useBackupActions } from '../../features/backup/hooks/use-backup-actions';
import { useJournalMove } from '../../features/install/hooks/use-journal-move';

export const MOVE_LABEL = 'Move your journal into the Home Screen app';

/**
 * Safari on iPhone and iPad, holding a journal: the Home Screen app will open empty, so this
 * makes a backup file of the journal (encrypted if the person wants) and hands it to the share
 * sheet (a download where there is none), with the steps that bring it into the app.
 */
export function MoveJournalOut() {
  const move = useJournalMove();
  const { busy, message, backUp } = useBackupActions();
  // null: a plain file; '': protected, but the passphrase isn't ready yet.
  const [passphrase, setPassphrase] = useState<string | null>(null);
  if (move === undefined) return null;
  // Said plainly for tests and tools: the journal was counted and there is nothing to move.
  if (move !== 'move-out') return <div hidden data-journal-move={move} />;
  return (
    <div className="stack" data-journal-move={move}>
      <h3 className="field-label">Your journal from Safari</h3>
      <p>You have written here in Safari. To take it with you into the Home Screen app:</p>
      <ol className="install-steps">
        <li>
          Tap <strong>{MOVE_LABEL}</strong> below, then <strong>Save to Files</strong>.
        </li>
        <li>Add Good Enough to your Home Screen (the steps above) and open it from its icon.</li>
        <li>
          On its welcome, tap <strong>Bring in your journal from Safari</strong> and choose the file in Files. (Later,
          Settings has the same under Backup.)
        </li>
      </ol>
      <ProtectBackupChoice onChange={setPassphrase} />
      <p className="actions">
        <button
          type="button"
          className="button"
          onClick={() => void backUp(passphrase ?? undefined)}
          disabled={busy !== null || passphrase === ''}
        >
          {busy === 'exporting' ? 'Making the file...' : MOVE_LABEL}
        </button>
      </p>
      {message ? <p role="status">{message}</p> : null}
      <p className="quiet">Your journal stays here in Safari too, as it is.</p>
    </div>
  );
}
