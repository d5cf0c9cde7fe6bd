import { useRef } from 'react';
import { ImportSteps } from '../../features/backup/components/import-steps';
import { useBackupActions } from '../../features/backup/hooks/use-backup-actions';

/**
 * The Home Screen app on iPhone and iPad, opened with an empty journal: it keeps its own
 * storage, apart from Safari's, so a journal written in Safari is brought in from the file
 * made there. The backup feature's own import does the work: preview, passphrase, all or nothing.
 */
export default function BringInFromSafari() {
  const { busy, message, prepared, choose, openWithPassphrase, confirm, cancel } = useBackupActions();
  const picker = useRef<HTMLInputElement>(null);
  return (
    <section aria-labelledby="bring-in-heading" className="notice notice--calm stack" data-journal-move="bring-in">
      <h2 id="bring-in-heading" className="notice__title">
        Wrote in Safari before?
      </h2>
      <p>
        This app keeps its own journal, apart from Safari&apos;s, so it starts empty. If you made a file of your journal
        in Safari, you can bring it in here.
      </p>
      <p className="actions">
        <button type="button" className="button" onClick={() => picker.current?.click()} disabled={busy !== null}>
          Bring in your journal from Safari
        </button>
      </p>
      <input
        ref={picker}
        type="file"
        accept=".json,application/json"
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void choose(file);
        }}
      />
      {busy === 'reading' ? <p role="status">Reading the file...</p> : null}
      <ImportSteps {...{ busy, message, prepared, openWithPassphrase, confirm, cancel }} />
    </section>
  );
}
