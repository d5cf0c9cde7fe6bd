import { format } from 'date-fns';
import { useId, useState } from 'react';
import { useBackupActions, useLastBackupAt } from '../hooks/use-backup-actions';
import { ProtectBackupChoice } from './backup-passphrase';
import { ImportSteps } from './import-steps';
import { SuggestionToggle } from './suggestion-toggle';

/** Make a backup, see when the last one was made, and bring one (or another journal) in. */
export function BackupPanel({ questionText }: { questionText: (questionId: string) => string | null }) {
  const lastBackupAt = useLastBackupAt();
  const { busy, message, prepared, progress, backUp, exportMarkdown, choose, openWithPassphrase, confirm, cancel } =
    useBackupActions();
  const fileId = useId();
  // null: a plain backup; '': protected but the passphrase isn't ready yet.
  const [backupPassphrase, setBackupPassphrase] = useState<string | null>(null);

  return (
    <section aria-labelledby="backup-heading" className="stack">
      <h2 id="backup-heading" className="section-title">
        Backup
      </h2>
      <p>
        A backup is one file with everything in your journal. Keep it somewhere safe; it brings your journal back on a
        new phone or after a reset.
      </p>
      <p className="quiet" data-testid="last-backup">
        {lastBackupAt === undefined
          ? ''
          : lastBackupAt === null
            ? 'No backup made yet.'
            : `Last backup: ${format(lastBackupAt, 'd MMMM yyyy, HH:mm')}.`}
      </p>
      <SuggestionToggle />
      <ProtectBackupChoice onChange={setBackupPassphrase} />
      <p className="actions">
        <button
          type="button"
          className="button"
          onClick={() => void backUp(backupPassphrase ?? undefined)}
          disabled={busy !== null || backupPassphrase === ''}
        >
          {busy === 'exporting' ? 'Making your backup...' : 'Make a backup'}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => void exportMarkdown(questionText)}
          disabled={busy !== null}
        >
          {busy === 'markdown' ? 'Making the files...' : 'Export as Markdown'}
        </button>
      </p>
      <div className="field">
        <label htmlFor={fileId} className="field-label">
          Bring in a backup, or a Day One or jrnl export
        </label>
        <input
          id={fileId}
          className="input"
          type="file"
          accept=".json,.zip,application/json,application/zip"
          disabled={busy !== null}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void choose(file);
          }}
        />
      </div>
      {busy === 'reading' ? (
        <div className="stack" role="status">
          <p className="quiet">
            {progress
              ? `Checking the file: ${progress.checked.toLocaleString()} of ${progress.total.toLocaleString()} records.`
              : 'Reading the file...'}
          </p>
          {progress ? (
            <progress
              className="progress"
              max={progress.total}
              value={progress.checked}
              aria-label="Checking the file"
            />
          ) : null}
        </div>
      ) : null}
      <ImportSteps {...{ busy, message, prepared, openWithPassphrase, confirm, cancel }} />
    </section>
  );
}
